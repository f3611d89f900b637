/** The little interval arithmetic a revision needs over UTC ISO strings (stored forms may differ: compare instants). */
import { DateTime } from 'luxon';
import type { UtcInterval } from '../shared/index.js';

const MINUTE = 60_000;

const ms = (iso: string): number => DateTime.fromISO(iso, { zone: 'utc' }).toMillis();

export const shifted = (iso: string, minutes: number): string => DateTime.fromISO(iso, { zone: 'utc' }).plus({ minutes }).toISO()!;

export const sameInterval = (a: UtcInterval, b: UtcInterval): boolean => ms(a.start) === ms(b.start) && ms(a.end) === ms(b.end);

export const minutesOf = (interval: UtcInterval): number => Math.round((ms(interval.end) - ms(interval.start)) / MINUTE);

export const within = (inner: UtcInterval, outer: UtcInterval): boolean => ms(inner.start) >= ms(outer.start) && ms(inner.end) <= ms(outer.end);

/** The interval with `minutes` more on both sides: a site visit with its travel there and back. */
export const widened = (interval: UtcInterval, minutes: number): UtcInterval =>
  minutes === 0 ? interval : { start: shifted(interval.start, -minutes), end: shifted(interval.end, minutes) };
