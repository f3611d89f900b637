import { DateTime } from 'luxon';

/** Times are stored in UTC and shown in the review's zone. */
const local = (iso: string, zone: string) => DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone);

/** "Wed 14 Jan, 09:00–10:00" */
export const sessionTime = (start: string, end: string, zone: string): string =>
  `${local(start, zone).toFormat('ccc d LLL, HH:mm')}–${local(end, zone).toFormat('HH:mm')}`;

/** "Wed 14 Jan 2026, 09:00–10:00 (UK time)" for invitations, which people read out of context. */
export const invitationTime = (start: string, end: string, zone: string): string =>
  `${local(start, zone).toFormat('cccc d LLLL yyyy, HH:mm')}–${local(end, zone).toFormat('HH:mm')} (${zoneLabel(zone, start)})`;

const zoneLabel = (zone: string, at: string): string =>
  zone === 'Europe/London' ? 'UK time' : local(at, zone).toFormat('ZZZZ');

/** "Wed 14 Jan 2026, 09:05 (UK time)": one moment, such as when a concern was raised. */
export const localDateTime = (iso: string, zone: string): string =>
  `${local(iso, zone).toFormat('ccc d LLL yyyy, HH:mm')} (${zoneLabel(zone, iso)})`;

/** "Wed 14 Jan 2026": the day only, as a concern is listed. */
export const localDay = (iso: string, zone: string): string => local(iso, zone).toFormat('ccc d LLL yyyy');

/** "10:15": the start of a session, as people name it ("your 10:15 session"). */
export const clockTime = (iso: string, zone: string): string => local(iso, zone).toFormat('HH:mm');
