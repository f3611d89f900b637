/** The timetable page: the review's on-site programme as plain HTML, a sheet per day, then what is missing. */
import type { OnSite, OnSitePlan } from '../domain/on-site/index.js';
import type { Review } from '../domain/shared/index.js';
import type { ProposalStatus } from '../services/ports/index.js';
import { html, raw, type SafeHtml } from './html.js';
import { kindLabel, timetableLayout, type Timetable, type TimetableCell, type TimetableDay, type TimetableRow } from './timetable-layout.js';
import { TIMETABLE_CSS } from './timetable-styles.js';

const STATUS: Record<ProposalStatus, string> = {
  proposed: 'Proposed: not booked yet',
  booking: 'Being booked',
  booked: 'Booked',
  cancelled: 'Cancelled',
};

/** A whole HTML document around the given body; the timetable's stylesheet unless given another. */
export const htmlDocument = (title: string, body: SafeHtml, css = TIMETABLE_CSS): string =>
  html`<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${title}</title>
<style>${raw(css)}</style>
</head>
<body>
${body}
</body>
</html>
`.text;

export const timetablePage = (review: Review, onSite: OnSite | undefined, plan: OnSitePlan, status: ProposalStatus): string => {
  const table = timetableLayout(review, onSite, plan);
  const sheets = table.days.map((day, i) => daySheet(table, day, `Day ${i + 1} of ${table.days.length}`, status));
  return htmlDocument(`On-site timetable · ${review.name}`, html`${sheets}${summarySheet(table)}`);
};

const daySheet = (table: Timetable, day: TimetableDay, ordinal: string, status: ProposalStatus) => html`
<section class="sheet day" data-date="${day.date}">
  <header class="sheet-head">
    <div><p class="eyebrow">${table.reviewName} · On-site programme</p><h1>${day.heading}</h1></div>
    <div class="day-meta">${ordinal} · Base: ${table.base}<br>${day.timesAre}<br>
      <span class="status status-${status}">${STATUS[status]}</span></div>
  </header>
  ${day.rows.length === 0 ? html`<p class="nothing">Nothing is placed on this day yet.</p>` : dayTable(table.streams, day.rows)}
</section>`;

/** Past this many rows or streams a day is set tighter in print, so that it still fits one A4 page. */
const DENSE_ROWS = 12;
const DENSE_STREAMS = 4;

const dayTable = (streams: string[], rows: TimetableRow[]) => html`
  <table class="grid${rows.length > DENSE_ROWS || streams.length >= DENSE_STREAMS ? ' dense' : ''}">
    <colgroup><col class="time">${streams.map(() => html`<col>`)}</colgroup>
    <thead><tr><th scope="col">Time</th>${streams.map((name) => html`<th scope="col">${name}</th>`)}</tr></thead>
    <tbody>${rows.map((row) => (row.type === 'band' ? bandRow(row) : fixedRow(row, streams.length)))}
    </tbody>
  </table>`;

const bandRow = (row: Extract<TimetableRow, { type: 'band' }>) => html`
      <tr class="band"><th scope="row">${row.time}</th>${row.cells.map((cell) => (cell ? sessionCell(cell) : html`<td class="empty"></td>`))}</tr>`;

const sessionCell = (cell: TimetableCell) => html`<td class="session kind-${cell.kind}">
        <span class="title">${cell.title}</span>
        <span class="what"><span class="kind-label">${kindLabel(cell.kind)}</span>${cell.time ? html` · ${cell.kind === 'siteVisit' ? 'on site ' : ''}${cell.time}` : ''} · ${cell.where}</span>
        ${cell.note ? html`<span class="note">${cell.note}</span>` : ''}
        <span class="peers">Peers: ${cell.peers.length > 0 ? cell.peers.join(', ') : 'none'}</span></td>`;

const fixedRow = (row: Extract<TimetableRow, { type: 'fixed' }>, span: number) => html`
      <tr class="fixed kind-${row.kind}"><th scope="row">${row.time}</th><td colspan="${span}">
        <span class="title">${row.title}</span>
        <span class="what"> · ${kindLabel(row.kind)}${row.where ? html` · ${row.where}` : ''}${row.who ? html` · ${row.who}` : ''}</span></td></tr>`;

const summarySheet = (table: Timetable) => html`
<section class="sheet summary">
  <header class="sheet-head">
    <div><p class="eyebrow">${table.reviewName} · On-site programme</p><h1>Not placed, and coverage</h1></div>
    <div class="day-meta">${table.placedCount} of ${table.sessionCount} sessions placed</div>
  </header>
  <h2>Sessions not placed</h2>
  ${
    table.unplaced.length === 0
      ? html`<p class="nothing">Every session is placed.</p>`
      : html`<table><colgroup><col style="width:32%"><col style="width:14%"><col></colgroup>
    <thead><tr><th scope="col">Session</th><th scope="col">Kind</th><th scope="col">Why not</th></tr></thead>
    <tbody>${table.unplaced.map((u) => html`<tr><td>${u.title}</td><td>${kindLabel(u.kind)}</td><td>${u.reason}</td></tr>`)}</tbody></table>`
  }
  <h2>Themes</h2>
  ${
    table.themesUncovered.length === 0
      ? html`<p class="present">Every theme has at least one placed session.</p>`
      : html`<p>No placed session covers:</p><ul>${table.themesUncovered.map((t) => html`<li class="missing">${t}</li>`)}</ul>`
  }
  <h2>Essential site visits (Appendix 6)</h2>
  <ul>${table.essentialVisits.map((v) => html`<li class="${v.present ? 'present' : 'missing'}">${v.need}${v.present ? '' : ': missing'}</li>`)}</ul>
  <p class="foot">Coverage is shown to help the project team; it never stops the programme.</p>
</section>`;
