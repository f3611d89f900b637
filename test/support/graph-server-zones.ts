/**
 * The time zones Graph takes in a dateTimeTimeZone, as its v1.0 docs describe them (resources/datetimetimezone):
 * any zone Windows supports, and a fixed list of "additional" IANA names; create and update may take fewer. Anything
 * else is refused with 400 `TimeZoneNotSupportedException` (microsoftgraph/microsoft-graph-docs#4758). So
 * `Europe/London` works while `Europe/Dublin`, `Europe/Amsterdam` or `America/Toronto` do not.
 */
import type { DateTimeTimeZone } from '@microsoft/microsoft-graph-types';
import type { GraphReply } from './graph-server-reply.js';

/** Graph takes every Windows zone id; this server knows these few, each with the IANA zone that computes it. */
const WINDOWS_ZONES: Readonly<Record<string, string>> = {
  UTC: 'UTC',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Romance Standard Time': 'Europe/Paris',
  'Eastern Standard Time': 'America/New_York',
  'Pacific Standard Time': 'America/Los_Angeles',
};

/** A few of the IANA names on Graph's documented list of additional zones. */
const GRAPH_IANA_ZONES: ReadonlySet<string> = new Set(['Etc/GMT', 'Europe/London', 'Europe/Berlin', 'Europe/Paris', 'America/New_York']);

/** The IANA zone that computes a zone Graph takes, or undefined for one it refuses. */
export const ianaZoneOf = (zone: string): string | undefined => WINDOWS_ZONES[zone] ?? (GRAPH_IANA_ZONES.has(zone) ? zone : undefined);

/** Graph's refusal of the first value whose zone it does not support; undefined when all are supported. */
export const unsupportedZone = (...values: (DateTimeTimeZone | null | undefined)[]): GraphReply | undefined => {
  const zone = values.map((value) => value?.timeZone ?? 'UTC').find((name) => ianaZoneOf(name) === undefined);
  if (zone === undefined) return undefined;
  const message = `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${zone}'.`;
  // Built here rather than with graphError: graph-server-reply reads its zones from this file.
  return { status: 400, body: { error: { code: 'TimeZoneNotSupportedException', message } } };
};
