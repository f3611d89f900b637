/** The on-site plan as the card's day tables: bands as rows, streams as columns, fixed items as full-width rows. */
import { DateTime } from 'luxon';
import type { OnSite, OnSitePlan, PlacedFixed, PlacedSession } from '../../domain/on-site/index.js';
import type { Review } from '../../domain/shared/index.js';

export type DaySegment =
  | { kind: 'fixed'; text: string }
  | { kind: 'bands'; columns: { width: number }[]; header: string[]; rows: { cells: string[] }[] };

export interface DayTable {
  date: string;
  heading: string;
  segments: DaySegment[];
}

type Item = { start: string; fixed: PlacedFixed } | { start: string; band: PlacedSession[] };

const local = (iso: string, zone: string) => DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone);
const hours = (start: string, end: string, zone: string) => `${local(start, zone).toFormat('HH:mm')}–${local(end, zone).toFormat('HH:mm')}`;

/** "Morgan Hale" → "MH"; the peer's email when the review gives no name. */
export const initialsOf = (review: Review, email: string): string => {
  const name = review.peers.find((p) => p.email === email)?.name;
  return name ? name.split(/\s+/).map((word) => word[0]?.toUpperCase() ?? '').join('') : email;
};

export const streamName = (n: number): string => String.fromCharCode('A'.charCodeAt(0) + n);

export const dayTables = (review: Review, onSite: OnSite | undefined, plan: OnSitePlan): DayTable[] => {
  const zone = review.timeZone;
  const titles = new Map((onSite?.sessions ?? []).map((s) => [s.id, s]));
  const streams = Math.max(onSite?.streams ?? 1, ...plan.placed.map((p) => p.stream.charCodeAt(0) - 64));
  const header = ['Time', ...Array.from({ length: streams }, (_, n) => `Team ${streamName(n)}`)];
  const columns = [{ width: 2 }, ...Array.from({ length: streams }, () => ({ width: 4 }))];
  const dateOf = (iso: string) => local(iso, zone).toISODate()!;

  const bands = new Map<string, PlacedSession[]>();
  for (const placed of plan.placed) bands.set(placed.band.start, [...(bands.get(placed.band.start) ?? []), placed]);
  const items: Item[] = [
    ...plan.fixed.map((fixed) => ({ start: fixed.start, fixed })),
    ...[...bands].map(([start, band]) => ({ start, band })),
  ].sort((a, b) => a.start.localeCompare(b.start) || ('fixed' in a ? -1 : 1));

  const cell = (placed: PlacedSession | undefined): string => {
    if (!placed) return ' ';
    const session = titles.get(placed.sessionId);
    const peers = placed.peers.map((email) => initialsOf(review, email)).join(', ');
    const travel = session && session.travelMinutes > 0 ? ` · on site ${hours(placed.start, placed.end, zone)}` : '';
    return `${session?.title ?? placed.sessionId} (${peers})${travel}`;
  };

  const dates = [...new Set([...(onSite?.days ?? []).map((d) => d.date), ...items.map((item) => dateOf(item.start))])].sort();
  return dates.map((date) => {
    const segments: DaySegment[] = [];
    for (const item of items.filter((i) => dateOf(i.start) === date)) {
      if ('fixed' in item) {
        const { fixed } = item;
        segments.push({ kind: 'fixed', text: `**${hours(fixed.start, fixed.end, zone)}** · ${fixed.title}` });
        continue;
      }
      const band = item.band;
      const time = hours(band[0]!.band.start, band[0]!.band.end, zone);
      const row = { cells: [time, ...header.slice(1).map((_, n) => cell(band.find((p) => p.stream === streamName(n))))] };
      const last = segments.at(-1);
      if (last?.kind === 'bands') last.rows.push(row);
      else segments.push({ kind: 'bands', columns, header, rows: [row] });
    }
    return { date, heading: DateTime.fromISO(date, { zone }).toFormat('cccc d LLLL'), segments };
  });
};
