/** Interval maths over UTC intervals (ISO strings), the way free/busy is reasoned about everywhere else. */
import { DateTime } from 'luxon';
import type { BusyByPerson, DayWindow, Review, UtcInterval } from './review.js';

const ms = (iso: string): number => DateTime.fromISO(iso, { zone: 'utc' }).toMillis();
const iso = (millis: number): string => DateTime.fromMillis(millis, { zone: 'utc' }).toISO()!;

export const overlaps = (a: UtcInterval, b: UtcInterval): boolean => ms(a.start) < ms(b.end) && ms(b.start) < ms(a.end);

/** Sorted, with overlapping and touching intervals joined. Does not change its argument. */
export const mergeIntervals = (intervals: readonly UtcInterval[]): UtcInterval[] => {
  const sorted = intervals.map((i) => [ms(i.start), ms(i.end)] as const).filter(([s, e]) => s < e).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged.map(([start, end]) => ({ start: iso(start), end: iso(end) }));
};

/** The parts of `from` not covered by any of `remove`. */
export const subtractIntervals = (from: readonly UtcInterval[], remove: readonly UtcInterval[]): UtcInterval[] => {
  const cuts = mergeIntervals(remove);
  const result: UtcInterval[] = [];
  for (const interval of mergeIntervals(from)) {
    let cursor = ms(interval.start);
    const end = ms(interval.end);
    for (const cut of cuts) {
      const [cs, ce] = [ms(cut.start), ms(cut.end)];
      if (ce <= cursor || cs >= end) continue;
      if (cs > cursor) result.push({ start: iso(cursor), end: iso(cs) });
      cursor = Math.max(cursor, ce);
    }
    if (cursor < end) result.push({ start: iso(cursor), end: iso(end) });
  }
  return result;
};

/** Where both lists are covered. */
export const intersectIntervals = (a: readonly UtcInterval[], b: readonly UtcInterval[]): UtcInterval[] => {
  const result: UtcInterval[] = [];
  for (const x of mergeIntervals(a)) {
    for (const y of mergeIntervals(b)) {
      const start = Math.max(ms(x.start), ms(y.start));
      const end = Math.min(ms(x.end), ms(y.end));
      if (start < end) result.push({ start: iso(start), end: iso(end) });
    }
  }
  return mergeIntervals(result);
};

export const isFree = (slot: UtcInterval, busy: readonly UtcInterval[] | undefined): boolean =>
  !(busy ?? []).some((b) => overlaps(slot, b));

/** A local working day (date, HH:mm to HH:mm in `zone`) as a UTC interval; the offset is the one in force that day. */
export const dayWindow = (day: DayWindow, zone: string): UtcInterval => ({
  start: localToUtc(`${day.date}T${day.start}`, zone),
  end: localToUtc(`${day.date}T${day.end}`, zone),
});

/** `2026-03-30T09:00` in Europe/London → `2026-03-30T08:00:00.000Z`. */
export const localToUtc = (local: string, zone: string): string =>
  DateTime.fromISO(local, { zone }).toUTC().toISO()!;

/** The file's own busy times, in UTC. */
export const fileBusy = (review: Review): BusyByPerson =>
  new Map(
    Object.entries(review.busy).map(([email, times]) => [
      email,
      times.map((t) => ({ start: localToUtc(t.start, review.timeZone), end: localToUtc(t.end, review.timeZone) })),
    ]),
  );

/** Every person's busy times from several sources, merged. */
export const mergeBusy = (...sources: BusyByPerson[]): BusyByPerson => {
  const all = new Map<string, UtcInterval[]>();
  for (const source of sources) {
    for (const [email, intervals] of source) all.set(email, [...(all.get(email) ?? []), ...intervals]);
  }
  return new Map([...all].map(([email, intervals]) => [email, mergeIntervals(intervals)]));
};
