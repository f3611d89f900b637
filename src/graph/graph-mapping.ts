import type { Attendee, DateTimeTimeZone, FreeBusyStatus, ItemBody, ResponseType } from '@microsoft/microsoft-graph-types';
import { DateTime } from 'luxon';
import type { Rsvp } from '../domain/invitations/index.js';

/**
 * Graph's date-time shape for an instant, always in UTC: Graph takes Windows zone names and only a fixed list of
 * IANA ones (its dateTimeTimeZone docs), refusing e.g. `Europe/Dublin` with TimeZoneNotSupportedException, while
 * `UTC` it always takes. Outlook shows each person the time in their own zone; our cards show the review's.
 */
export const graphUtc = (utcIso: string): DateTimeTimeZone => {
  const instant = DateTime.fromISO(utcIso, { zone: 'utc' });
  if (!instant.isValid) throw new Error(`Not an instant: ${utcIso}`);
  return { dateTime: instant.toFormat("yyyy-MM-dd'T'HH:mm:ss"), timeZone: 'UTC' };
};

/** A UTC ISO instant from Graph's date-time shape (we ask for UTC, so the zone is normally `UTC`). */
export const utcIso = (value: DateTimeTimeZone | null | undefined): string => {
  const parsed = DateTime.fromISO(value?.dateTime ?? '', { zone: value?.timeZone ?? 'utc' });
  if (!parsed.isValid) throw new Error(`Graph returned an unreadable time: ${JSON.stringify(value)}`);
  return parsed.toUTC().toISO();
};

const BUSY_STATUSES: ReadonlySet<FreeBusyStatus> = new Set<FreeBusyStatus>([
  'busy',
  'oof',
  'tentative',
  'workingElsewhere',
]);

export const isBusyStatus = (status: FreeBusyStatus | null | undefined): boolean =>
  status != null && BUSY_STATUSES.has(status);

/** An attendee's answer as the organiser's copy reports it. */
export const rsvpOf = (response: ResponseType | null | undefined): Rsvp => {
  switch (response) {
    case 'accepted':
      return 'accepted';
    case 'tentativelyAccepted':
      return 'tentative';
    case 'declined':
      return 'declined';
    default:
      return 'pending';
  }
};

/** Each attendee's answer, as the organiser's copy of an event reports them (attendees without an address left out). */
export const responsesOf = (attendees: Attendee[] | null | undefined): { email: string; rsvp: Rsvp }[] =>
  (attendees ?? []).flatMap((attendee) => {
    const address = attendee.emailAddress?.address;
    return address ? [{ email: address.toLowerCase(), rsvp: rsvpOf(attendee.status?.response) }] : [];
  });

/** An event's body: HTML when the text has tags. */
export const itemBody = (content: string): ItemBody => ({ contentType: /<[a-z][^>]*>/i.test(content) ? 'html' : 'text', content });

/** The Graph action that records an answer. */
export const responseAction = {
  accepted: 'accept',
  tentative: 'tentativelyAccept',
  declined: 'decline',
} as const;

/** `@odata.nextLink` as a path the client accepts: it parses absolute URLs only for https hosts. */
export const pathOfLink = (link: string): string => {
  const url = new URL(link);
  return url.pathname.replace(/^\/(v1\.0|beta)(?=\/)/, '') + url.search;
};

export const userPath = (email: string): string => `/users/${encodeURIComponent(email.toLowerCase())}`;

/** OData string literal: single quotes doubled. */
export const odataString = (value: string): string => `'${value.replace(/'/g, "''")}'`;

export const chunk = <T>(items: readonly T[], size: number): T[][] => {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
};
