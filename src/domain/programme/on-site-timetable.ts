/**
 * The on-site week as a plain-text timetable shaped like the manual's Appendix 7: per day, a row per band with a
 * column per stream (Team A, Team B, ...) and the peers' initials in each cell; fixed items span the row. A cell's
 * text wraps within its column, so the timetable fits LINE_WIDTH and no title is cut short. Then a key to the
 * initials, what was not placed, and the coverage report.
 */
import { DateTime } from 'luxon';
import type { OnSitePlan } from '../on-site/index.js';
import { readOnSite } from '../on-site/index.js';
import { timesAre, type Review } from '../shared/index.js';
import { timetableGrid, type GridCell, type GridPeer, type GridRow, type TimetableGrid } from './timetable-grid.js';
import { hanging, LINE_WIDTH, padTo, sideBySide, textWidth, wrap } from './text-layout.js';

/** "10:30–12:00". */
const TIME = 11;
const GAP = '  ';

/** Every stream as wide as the others, the time column and the gaps taken off. */
const columnWidth = (streams: number): number => Math.max(1, Math.floor((LINE_WIDTH - TIME - GAP.length * streams) / streams));

/** The title, the session's own time when it is not the band's (travel), then its crew kept together if it fits. */
const cellLines = (cell: GridCell, bandStart: string, width: number): string[] => {
  if (cell.kind === 'empty') return [];
  const own = cell.start !== bandStart ? [cell.time] : [];
  const crew = cell.peers.length > 0 ? [`[${cell.peers.map((p) => p.initials).join(', ')}]`] : [];
  return wrap([...cell.title.split(' '), ...own, ...crew], width);
};

const rowLines = (row: GridRow, widths: number[]): string[] => {
  if (row.kind === 'band') return sideBySide([[row.time], ...row.cells.map((c, k) => cellLines(c, row.start, widths[k + 1]!))], widths, GAP);
  const who = row.allPeers ? ' (all peers)' : row.attendees.length > 0 ? ` (${row.attendees.map((a) => a.name).join(', ')})` : '';
  return hanging(padTo(row.time, TIME) + GAP, `${row.item.title}${who}`);
};

/** Each peer shown by initials in a cell, by initials; an email stands for itself (someone the review has no name for). */
const initialsKey = (grid: TimetableGrid): string[] => {
  const shown = new Map<string, GridPeer>();
  for (const row of grid.days.flatMap((d) => d.rows)) {
    if (row.kind !== 'band') continue;
    for (const cell of row.cells) if (cell.kind === 'session') for (const p of cell.peers) if (p.initials !== p.email) shown.set(p.email, p);
  }
  const peers = [...shown.values()].sort((a, b) => a.initials.localeCompare(b.initials) || a.name.localeCompare(b.name));
  if (peers.length === 0) return [];
  const width = Math.max(...peers.map((p) => textWidth(p.initials)));
  return ['', 'Key to initials', ...peers.flatMap((p) => hanging(`  ${padTo(p.initials, width)}  `, p.name))];
};

export const formatOnSiteTimetable = (review: Review, plan: OnSitePlan): string => {
  const onSite = readOnSite(review);
  if (!onSite) return '';
  const grid = timetableGrid(review, onSite, plan);
  const widths = [TIME, ...grid.streams.map(() => columnWidth(grid.streams.length))];
  const header = sideBySide([['Time'], ...grid.streams.map((name, k) => wrap(name, widths[k + 1]!))], widths, GAP);
  // Where a zone's name changes with summer time ("CET", "CEST"), the heading gives the first day's.
  const firstNoon = DateTime.fromISO(`${grid.days[0]?.date ?? onSite.days[0]?.date}T12:00`, { zone: review.timeZone }).toUTC().toISO() ?? '';
  const lines = ['On-site programme', timesAre(review.timeZone, firstNoon)];
  for (const day of grid.days) {
    const heading = DateTime.fromISO(day.date, { zone: review.timeZone }).setLocale('en-GB').toFormat('cccc d LLLL yyyy');
    lines.push('', heading, ...header, ...day.rows.flatMap((row) => rowLines(row, widths)));
  }
  lines.push(...initialsKey(grid), '');
  if (plan.unplaced.length === 0) lines.push('Every on-site session is placed.');
  else lines.push(`Not placed (${plan.unplaced.length})`, ...plan.unplaced.flatMap((u) => hanging('  ', `${u.sessionId}: ${u.reason}`, '    ')));
  const { themesUncovered, essentialVisits } = plan.coverage;
  lines.push('', 'Coverage');
  lines.push(...(themesUncovered.length === 0 ? ['  Every theme has a session.'] : hanging('  ', `Themes with no session: ${themesUncovered.join(', ')}`, '    ')));
  for (const v of essentialVisits) lines.push(...hanging(`  ${v.present ? '✓' : '✗ missing:'} `, v.need, '    '));
  return lines.join('\n');
};
