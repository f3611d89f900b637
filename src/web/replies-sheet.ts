/**
 * The replies page as plain HTML: a progress bar per day, then each booked session with every invitee's answer.
 * The filters are links and a GET form that carry the link's signed part, so they work without JavaScript.
 */
import { plural } from '../domain/shared/index.js';
import { html, type SafeHtml } from './html.js';
import { ANSWER_WORDS, ANSWERS, filterReplies, type Replies, type RepliesDay, type RepliesFilters, type RepliesSession, type Tally } from './replies-layout.js';
import { REPLIES_CSS } from './replies-styles.js';
import { TIMETABLE_CSS } from './timetable-styles.js';
import { htmlDocument } from './timetable-page.js';

/** The signed part of a link's query, kept in every link and form of the page so that it stays open. */
export interface SignedQuery {
  for: string;
  exp: string;
  sig: string;
}

/** `?for=…&exp=…&sig=…&day=…`: relative, so the page never needs to know its own address. */
export const filterHref = (signed: SignedQuery, filters: RepliesFilters): string => {
  const query = new URLSearchParams({ for: signed.for, exp: signed.exp, sig: signed.sig });
  for (const [name, value] of Object.entries(filters)) if (value) query.set(name, value);
  return `?${query}`;
};

export const repliesDocument = (replies: Replies, filters: RepliesFilters, signed: SignedQuery): string => {
  const href = (f: RepliesFilters) => filterHref(signed, f);
  const days = filterReplies(replies, filters);
  const body =
    replies.sessionCount === 0
      ? html`<p class="nothing">No session is booked yet. Once the project team confirms a programme, every invitee's answer shows here.</p>`
      : html`${progress(replies.tally, 'Every booked session')}${filterBar(replies, filters, signed, href)}${activeFilters(replies, filters, href)}
  ${days.length === 0 ? html`<p class="nothing">No replies match these filters. <a class="no-print" href="${href({})}">Show every reply</a></p>` : days.map((day) => daySection(day, filters, href))}
  <p class="foot">Answers given in Outlook are included.<span class="no-print"> A name shows that person's replies alone.</span></p>`;
  return htmlDocument(
    `Replies · ${replies.reviewName}`,
    html`<main class="sheet replies">
  <header class="sheet-head">
    <div><p class="eyebrow">${replies.reviewName} · Replies</p><h1>Replies to the invitations</h1></div>
    <div class="day-meta">${plural(replies.sessionCount, 'session')} booked<br>${replies.tally.answered} of ${plural(replies.tally.total, 'invitation')} answered</div>
  </header>
  ${body}
</main>`,
    TIMETABLE_CSS + REPLIES_CSS,
  );
};

/** The answers as a bar and as words: the numbers are text, so the bar needs no colour to be read. */
const progress = (tally: Tally, label: string) => html`
  <div class="progress">
    <p class="progress-label">${label}: <strong>${tally.answered} of ${tally.total} answered</strong></p>
    <div class="bar" aria-hidden="true">${ANSWERS.filter((a) => tally[a] > 0).map(
      (a) => html`<span class="seg seg-${a}" style="width: ${((tally[a] / tally.total) * 100).toFixed(2)}%" title="${ANSWER_WORDS[a]}: ${tally[a]}">${tally[a]}</span>`,
    )}</div>
    <ul class="legend">${ANSWERS.map((a) => html`<li><span class="swatch seg-${a}"></span>${ANSWER_WORDS[a]}: ${tally[a]}</li>`)}</ul>
  </div>`;

const chip = (label: string, target: string, current: boolean) =>
  html`<a class="chip" href="${target}"${current ? html` aria-current="true"` : ''}>${label}</a>`;

const filterBar = (replies: Replies, filters: RepliesFilters, signed: SignedQuery, href: (f: RepliesFilters) => string) => html`
  <nav class="filters no-print" aria-label="Filters">
    <div class="filter-row"><span class="filter-name">Day</span>
      ${chip('Every day', href({ ...filters, day: undefined }), !filters.day)}
      ${replies.days.map((d) => chip(d.short, href({ ...filters, day: d.date }), filters.day === d.date))}</div>
    <div class="filter-row"><span class="filter-name">Answer</span>
      ${chip('Any answer', href({ ...filters, answer: undefined }), !filters.answer)}
      ${ANSWERS.map((a) => chip(ANSWER_WORDS[a], href({ ...filters, answer: a }), filters.answer === a))}</div>
    <form class="filter-row" method="get" action="">
      <input type="hidden" name="for" value="${signed.for}"><input type="hidden" name="exp" value="${signed.exp}"><input type="hidden" name="sig" value="${signed.sig}">
      ${filters.day ? html`<input type="hidden" name="day" value="${filters.day}">` : ''}${filters.answer ? html`<input type="hidden" name="answer" value="${filters.answer}">` : ''}
      <label class="filter-name" for="person">Person</label>
      <select id="person" name="person"><option value="">Everyone</option>${replies.people.map(
        (p) => html`<option value="${p.email}"${filters.person === p.email ? html` selected` : ''}>${p.name}</option>`,
      )}</select>
      <button type="submit">Show</button>
    </form>
  </nav>`;

/** What the page is narrowed to, in words that also print; each part can be taken off on its own. */
const activeFilters = (replies: Replies, filters: RepliesFilters, href: (f: RepliesFilters) => string) => {
  const parts: [keyof RepliesFilters, string, string][] = [];
  if (filters.day) parts.push(['day', 'Day', replies.days.find((d) => d.date === filters.day)?.short ?? filters.day]);
  if (filters.answer) parts.push(['answer', 'Answer', ANSWER_WORDS[filters.answer]]);
  if (filters.person) parts.push(['person', 'Person', replies.people.find((p) => p.email === filters.person)?.name ?? filters.person]);
  if (parts.length === 0) return html`<p class="active">Showing every reply.</p>`;
  const shown = parts.map(
    ([name, label, value]) =>
      html`<span class="filter-on">${label}: <strong>${value}</strong> <a class="remove no-print" href="${href({ ...filters, [name]: undefined })}" aria-label="Remove the ${name} filter" title="Remove this filter">✕</a></span>`,
  );
  return html`<p class="active">Showing only: ${shown.flatMap((part, i) => (i === 0 ? [part] : [' · ', part]))} <a class="no-print" href="${href({})}">Clear all filters</a></p>`;
};

const daySection = (day: RepliesDay, filters: RepliesFilters, href: (f: RepliesFilters) => string) => html`
  <section class="day" data-date="${day.date}">
    <header class="day-head"><h2>${day.heading}</h2><span class="day-meta">${plural(day.sessions.length, 'session')}${filters.answer || filters.person ? ' shown' : ''} · Times are ${day.zone}.</span></header>
    ${progress(day.tally, 'This day')}
    ${day.sessions.map((s) => sessionBlock(s, filters, href))}
  </section>`;

const sessionBlock = (session: RepliesSession, filters: RepliesFilters, href: (f: RepliesFilters) => string): SafeHtml => html`
    <article class="slot">
      <h3><time>${session.time}</time><span class="title">${session.title}</span></h3>
      <p class="slot-tally">${session.tally.answered} of ${session.tally.total} answered · ${ANSWERS.map((a) => `${ANSWER_WORDS[a]} ${session.tally[a]}`).join(' · ')}</p>
      <table class="answers">
        <colgroup><col class="person"><col class="answer"><col></colgroup>
        <thead><tr><th scope="col">Person</th><th scope="col">Answer</th><th scope="col">Reason</th></tr></thead>
        <tbody>${session.rows.map(
          (row) => html`
          <tr><td><a href="${href({ ...filters, person: row.email })}">${row.name}</a></td><td><span class="answer answer-${row.answer}">${ANSWER_WORDS[row.answer]}</span></td><td>${row.reason ?? ''}</td></tr>`,
        )}
        </tbody>
      </table>
    </article>`;
