/** The on-site plan as the card's day tables: bands as rows, streams as columns, fixed items as full-width rows. */
import { DateTime } from 'luxon';
import type { OnSite, OnSitePlan } from '../../domain/on-site/index.js';
import { timetableGrid, type GridCell } from '../../domain/programme/index.js';
import type { Review } from '../../domain/shared/index.js';

export type DaySegment =
  | { kind: 'fixed'; text: string }
  | { kind: 'bands'; columns: { width: number | string }[]; header: string[]; rows: { cells: string[] }[] };

export interface DayTable {
  date: string;
  heading: string;
  segments: DaySegment[];
}

/** "IB Isla Brook · RO Rhys Owen": the key to the initials the tables use. */
export const peerKey = (review: Review, onSite: OnSite | undefined, plan: OnSitePlan): string => {
  const grid = timetableGrid(review, onSite, plan);
  const peers = new Map<string, string>();
  for (const day of grid.days) {
    for (const row of day.rows) {
      if (row.kind !== 'band') continue;
      for (const cell of row.cells) if (cell.kind === 'session') for (const p of cell.peers) peers.set(p.initials, p.name);
    }
  }
  return [...peers].sort(([a], [b]) => a.localeCompare(b)).map(([initials, name]) => `${initials} ${name}`).join(' · ');
};

const cellText = (cell: GridCell): string => {
  if (cell.kind === 'empty') return ' ';
  const peers = cell.peers.map((p) => p.initials).join(', ');
  const travel = cell.session && cell.session.travelMinutes > 0 ? ` · on site ${cell.time}` : '';
  return `${cell.title} (${peers})${travel}`;
};

const TIME_COLUMN = '64px';

export const dayTables = (review: Review, onSite: OnSite | undefined, plan: OnSitePlan): DayTable[] => {
  const grid = timetableGrid(review, onSite, plan);
  const header = ['Time', ...grid.streams];
  // The time column is fixed, wide enough for "09:30–" on a line: a share of four streams would split "09:30".
  const columns = [{ width: TIME_COLUMN }, ...grid.streams.map(() => ({ width: 1 }))];
  return grid.days.map((day) => {
    const segments: DaySegment[] = [];
    for (const row of day.rows) {
      if (row.kind === 'fixed') {
        segments.push({ kind: 'fixed', text: `**${row.time}** · ${row.item.title}` });
        continue;
      }
      const cells = { cells: [row.time, ...row.cells.map(cellText)] };
      const last = segments.at(-1);
      if (last?.kind === 'bands') last.rows.push(cells);
      else segments.push({ kind: 'bands', columns, header, rows: [cells] });
    }
    return { date: day.date, heading: DateTime.fromISO(day.date, { zone: review.timeZone }).setLocale('en-GB').toFormat('cccc d LLLL'), segments };
  });
};
