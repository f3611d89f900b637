/**
 * Times as people read them: stored in UTC, shown in the review's zone, in one wording everywhere
 * (docs/cards.md): "Tue 3 Feb, 09:00–10:00 (UK time)", or the date once per group and "09:00–10:00" under it.
 */
import { DateTime } from 'luxon';

/** How many zoned moments are kept: a review's sessions several times over. */
const KEPT = 5_000;
const kept = new Map<string, DateTime>();

/**
 * A moment in the review's zone. Cards show the same session times again and again, and building a zoned
 * DateTime is half of what drawing one costs; a DateTime never changes, so each is built once and reused.
 */
const local = (iso: string, zone: string): DateTime => {
  const key = `${zone} ${iso}`;
  const found = kept.get(key);
  if (found) return found;
  const made = DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone).setLocale('en-GB');
  if (kept.size >= KEPT) kept.delete(kept.keys().next().value!);
  kept.set(key, made);
  return made;
};

/** How a zone is named to people: "UK time" for Europe/London, else its short name at that moment ("CET"). */
export const zoneLabel = (zone: string, at: string): string =>
  zone === 'Europe/London' ? 'UK time' : local(at, zone).toFormat('ZZZZ');

/** "Tue 3 Feb, 09:00–10:00 (UK time)": one session, read on its own. */
export const sessionTime = (start: string, end: string, zone: string): string =>
  `${local(start, zone).toFormat('ccc d LLL')}, ${clockSpan(start, end, zone)} (${zoneLabel(zone, start)})`;

/** "09:00–10:00": a session under a heading that gives its day, on a card that gives the zone once. */
export const clockSpan = (start: string, end: string, zone: string): string =>
  `${local(start, zone).toFormat('HH:mm')}–${local(end, zone).toFormat('HH:mm')}`;

/** "Tue 3 Feb, 09:05 (UK time)": one moment, such as when a concern was raised. */
export const localDateTime = (iso: string, zone: string): string =>
  `${local(iso, zone).toFormat('ccc d LLL, HH:mm')} (${zoneLabel(zone, iso)})`;

/** "Tue 3 Feb": the day only, as a concern is listed or a table's rows are grouped. */
export const localDay = (iso: string, zone: string): string => local(iso, zone).toFormat('ccc d LLL');

/** "Tue 3 Feb" for a yyyy-MM-dd already in the review's zone. */
export const dateLabel = (date: string): string => DateTime.fromISO(date).setLocale('en-GB').toFormat('ccc d LLL');

/** "yyyy-MM-dd" of a moment in the review's zone: the key that groups sessions by day. */
export const localDate = (iso: string, zone: string): string => local(iso, zone).toISODate() ?? iso.slice(0, 10);

/** "10:15": the start of a session, as people name it ("your 10:15 session"). */
export const clockTime = (iso: string, zone: string): string => local(iso, zone).toFormat('HH:mm');

/** "Times are UK time.": said once on a card whose rows give the clock only. */
export const timesAre = (zone: string, at: string): string => `Times are ${zoneLabel(zone, at)}.`;
