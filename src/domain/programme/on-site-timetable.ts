/**
 * The on-site week as a plain-text timetable shaped like the manual's Appendix 7: per day, a row per band with a
 * column per stream (Team A, Team B, ...) and the peers' initials in each cell; fixed items span the row.
 * Then what was not placed, and the coverage report.
 */
import { DateTime } from 'luxon';
import type { OnSitePlan } from '../on-site/index.js';
import { readOnSite } from '../on-site/index.js';
import type { Review } from '../shared/index.js';
import { timetableGrid, type GridCell, type GridRow } from './timetable-grid.js';

const CELL = 46;
const TIME = 13;

const padTo = (text: string, width: number) => (text.length <= width ? text.padEnd(width) : `${text.slice(0, width - 1)}…`);

const cellText = (cell: GridCell, bandStart: string): string => {
  if (cell.kind === 'empty') return padTo('', CELL);
  const there = cell.start !== bandStart ? ` ${cell.time}` : '';
  const crew = ` [${cell.peers.map((p) => p.initials).join(', ')}]`;
  return `${padTo(cell.title, CELL - crew.length - there.length - 1).trimEnd()}${there}${crew} `;
};

const rowText = (row: GridRow): string => {
  if (row.kind === 'band') return `${padTo(row.time, TIME)}${row.cells.map((c) => cellText(c, row.start).padEnd(CELL)).join('')}`.trimEnd();
  const who = row.allPeers ? ' (all peers)' : row.attendees.length > 0 ? ` (${row.attendees.map((a) => a.name).join(', ')})` : '';
  return `${padTo(row.time, TIME)}${row.item.title}${who}`;
};

export const formatOnSiteTimetable = (review: Review, plan: OnSitePlan): string => {
  const onSite = readOnSite(review);
  if (!onSite) return '';
  const grid = timetableGrid(review, onSite, plan);
  const header = [padTo('Time', TIME), ...grid.streams.map((name) => padTo(name, CELL))].join('').trimEnd();
  const lines = ['On-site programme', `Times in ${review.timeZone}`];
  for (const day of grid.days) {
    const heading = DateTime.fromISO(day.date, { zone: review.timeZone }).setLocale('en-GB').toFormat('cccc d LLLL yyyy');
    lines.push('', heading, header, ...day.rows.map(rowText));
  }
  lines.push('');
  if (plan.unplaced.length === 0) lines.push('Every on-site session is placed.');
  else lines.push(`Not placed (${plan.unplaced.length})`, ...plan.unplaced.map((u) => `  ${u.sessionId}: ${u.reason}`));
  const { themesUncovered, essentialVisits } = plan.coverage;
  lines.push('', 'Coverage');
  lines.push(themesUncovered.length === 0 ? '  Every theme has a session.' : `  Themes with no session: ${themesUncovered.join(', ')}`);
  for (const v of essentialVisits) lines.push(`  ${v.present ? '✓' : '✗ missing:'} ${v.need}`);
  return lines.join('\n');
};
