import type { DateTimeTimeZone, PublicError } from '@microsoft/microsoft-graph-types';
import { DateTime } from 'luxon';
import { ianaZoneOf } from './graph-server-zones.js';

/** One Graph call as the handlers see it: a top-level request or a `$batch` sub-request. */
export interface GraphCall {
  method: string;
  /** Decoded path after the version, e.g. `/users/ana@example.org/events`. */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: unknown;
  /** `http://127.0.0.1:PORT`, for absolute `@odata.nextLink`s. */
  origin: string;
}

export interface GraphReply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface GraphErrorBody {
  error: PublicError;
}

export const graphError = (status: number, code: string, message: string): GraphReply => ({
  status,
  body: { error: { code, message } } satisfies GraphErrorBody,
});

export const json = (body: unknown, status = 200): GraphReply => ({ status, body });

/** Graph writes times with seven fractional digits and no offset; the zone is beside them, named as asked. */
export const graphTime = (instant: DateTime, zone: string): DateTimeTimeZone => ({
  dateTime: instant.setZone(ianaZoneOf(zone) ?? zone).toFormat("yyyy-MM-dd'T'HH:mm:ss.SSS'0000'"),
  timeZone: zone,
});

/** Reads Graph's date-time shape; undefined for a zone Graph does not take (see graph-server-zones). */
export const instantOf = (value: DateTimeTimeZone | null | undefined): DateTime | undefined => {
  const zone = ianaZoneOf(value?.timeZone ?? 'UTC');
  if (!value?.dateTime || !zone) return undefined;
  const parsed = DateTime.fromISO(value.dateTime, { zone });
  return parsed.isValid ? parsed.toUTC() : undefined;
};

/** The zone of `Prefer: outlook.timezone="..."`; Graph answers in UTC without it. */
export const preferredZone = (headers: Record<string, string>): string =>
  /outlook\.timezone="([^"]+)"/.exec(headers.prefer ?? '')?.[1] ?? 'UTC';

/** Graph's `$select`: the listed properties, and always the id. */
export const project = <T extends object>(item: T, query: URLSearchParams): Partial<T> => {
  const select = query.get('$select');
  if (!select) return item;
  const keep = new Set(['id', ...select.split(',').map((name) => name.trim())]);
  return Object.fromEntries(Object.entries(item).filter(([key]) => keep.has(key))) as Partial<T>;
};

/** A URL path with each segment decoded: `/users/ana%40x.example/events` → `/users/ana@x.example/events`. */
export const decodePath = (path: string): string => path.split('/').map(decodeURIComponent).join('/');
