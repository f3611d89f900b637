/** The on-site plan as the card's day tables: bands as rows, streams as columns, fixed items as full-width rows. */
import { DateTime } from 'luxon';
import type { OnSite, OnSitePlan } from '../../domain/on-site/index.js';
import { timetableGrid, type GridCell } from '../../domain/programme/index.js';
import type { Review } from '../../domain/shared/index.js';

export type DaySegment =
  | { kind: 'fixed'; text: string }
  | { kind: 'bands'; columns: { width: number }[]; header: string[]; rows: { cells: string[] }[] };

export interface DayTable {
  date: string;
  heading: string;
  segments: DaySegment[];
}

const cellText = (cell: GridCell): string => {
  if (cell.kind === 'empty') return ' ';
  const peers = cell.peers.map((p) => p.initials).join(', ');
  const travel = cell.session && cell.session.travelMinutes > 0 ? ` · on site ${cell.time}` : '';
  return `${cell.title} (${peers})${travel}`;
};

export const dayTables = (review: Review, onSite: OnSite | undefined, plan: OnSitePlan): DayTable[] => {
  const grid = timetableGrid(review, onSite, plan);
  const header = ['Time', ...grid.streams];
  const columns = [{ width: 2 }, ...grid.streams.map(() => ({ width: 4 }))];
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
    return { date: day.date, heading: DateTime.fromISO(day.date, { zone: review.timeZone }).toFormat('cccc d LLLL'), segments };
  });
};
