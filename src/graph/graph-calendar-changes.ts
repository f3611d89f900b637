/**
 * The organiser's changes through Graph's calendarView/delta (event-delta docs; delta-query-events): a first round
 * with the window gives every event in it, later rounds from the kept deltaLink what changed. A round may take many
 * pages (`Prefer: odata.maxpagesize`, `@odata.nextLink`) and ends with the `@odata.deltaLink` to keep. The call takes
 * no `$select` or `$filter`. An expired token comes back as 410 Gone, or a 4xx with `syncStateNotFound` (the
 * delta-query overview, "Synchronization reset", "Token duration").
 */
import type { Client } from '@microsoft/microsoft-graph-client';
import type { Event } from '@microsoft/microsoft-graph-types';
import type { UtcInterval } from '../domain/shared/index.js';
import type { CalendarChanges, EventChange } from '../services/ports/index.js';
import { changeToken, positionOf } from './change-rules.js';
import { pathOfLink, responsesOf, userPath, utcIso } from './graph-mapping.js';

type DeltaEntry = Event & { '@removed'?: { reason?: string } };

interface DeltaPage {
  value: DeltaEntry[];
  '@odata.nextLink'?: string;
  '@odata.deltaLink'?: string;
}

export interface DeltaSource {
  client: Client;
  /** Events a page. */
  pageSize: number;
  /** Runs one request in the organiser's mailbox, when it has room. */
  inMailbox<T>(request: () => Promise<T>): Promise<T>;
}

const RESYNC: CalendarChanges = { kind: 'resync' };
const RESYNC_CODES = new Set(['syncstatenotfound', 'resyncrequired']);

export const graphChangesSince = async (
  source: DeltaSource,
  organiser: string,
  window: UtcInterval,
  token?: string,
): Promise<CalendarChanges> => {
  let link = token === undefined ? undefined : positionOf(token, organiser, window);
  if (token !== undefined && link === undefined) return RESYNC;
  // By id, the last word kept: an event can come more than once in a round (delta-query overview).
  const changes = new Map<string, EventChange>();
  for (;;) {
    const request =
      link === undefined
        ? source.client.api(`${userPath(organiser)}/calendarView/delta`).query({ startDateTime: window.start, endDateTime: window.end })
        : source.client.api(link);
    let page: DeltaPage;
    try {
      page = await source.inMailbox(() => request.header('Prefer', `odata.maxpagesize=${source.pageSize}, outlook.timezone="UTC"`).get());
    } catch (error) {
      if (mustResync(error)) return RESYNC;
      throw error;
    }
    for (const entry of page.value) {
      const change = changeOf(entry);
      if (!change) continue;
      changes.delete(change.id);
      changes.set(change.id, change);
    }
    const next = page['@odata.nextLink'];
    if (next) {
      link = pathOfLink(next);
      continue;
    }
    const delta = page['@odata.deltaLink'];
    if (!delta) throw new Error('Graph ended a page of changes with neither a nextLink nor a deltaLink');
    return { kind: 'changes', changes: [...changes.values()], token: changeToken(organiser, window, pathOfLink(delta)) };
  }
};

const mustResync = (error: unknown): boolean => {
  const { statusCode, code } = error as { statusCode?: number; code?: string | null };
  return statusCode === 410 || RESYNC_CODES.has(code?.toLowerCase() ?? '');
};

/** Undefined for an invitation from someone else in the organiser's calendar: not one of Convene's events. */
const changeOf = (entry: DeltaEntry): EventChange | undefined => {
  if (!entry.id) return undefined;
  if (entry['@removed'] || entry.isCancelled) return { kind: 'removed', id: entry.id };
  if (entry.isOrganizer === false) return undefined;
  if (!entry.iCalUId) throw new Error('Graph reported a changed event without an iCalUId');
  return {
    kind: 'changed',
    id: entry.id,
    iCalUId: entry.iCalUId,
    subject: entry.subject ?? '',
    start: utcIso(entry.start),
    end: utcIso(entry.end),
    responses: responsesOf(entry.attendees),
  };
};
