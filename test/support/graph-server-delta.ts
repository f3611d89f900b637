/**
 * `GET /users/{id}/calendarView/delta` as Graph answers it (event-delta docs, delta-query-events): a first round
 * with startDateTime and endDateTime gives every event in the window; `@odata.nextLink` (`$skiptoken`) pages it by
 * `Prefer: odata.maxpagesize`, and the last page carries `@odata.deltaLink` (`$deltatoken`). A later round from that
 * link gives the events that changed, and `{ id, @removed: { reason: 'deleted' } }` for each one gone from the window
 * (deleted, cancelled, or moved out). No `$select`, `$filter`, `$expand`, `$orderby` or `$search`. A token the server
 * no longer knows is answered as an expired one (410 Gone, or what a test chose).
 *
 * Each token keeps a snapshot of the window as the round began; the next round is the difference from it.
 */
import { randomUUID } from 'node:crypto';
import type { Event } from '@microsoft/microsoft-graph-types';
import type { DateTime } from 'luxon';
import type { GraphMailboxes } from './graph-server-mailboxes.js';
import { graphError, graphTime, instantOf, json, preferredZone, type GraphCall, type GraphReply } from './graph-server-reply.js';

interface Round {
  mailbox: string;
  start: DateTime;
  end: DateTime;
  /** Each event in the window by id, as JSON, when the round began. */
  snapshot: Map<string, string>;
}

/** The rest of a round not yet paged, and the round the deltaLink at its end continues. */
interface Paging {
  entries: unknown[];
  next: Round;
}

export interface ExpiredAnswer {
  status: number;
  code: string;
}

const DEFAULT_PAGE_SIZE = 10;
const UNSUPPORTED = ['$select', '$filter', '$expand', '$orderby', '$search'];

export class DeltaRounds {
  private readonly rounds = new Map<string, Round>();
  private readonly pagings = new Map<string, Paging>();
  private expired: ExpiredAnswer = { status: 410, code: 'syncStateNotFound' };

  /** Forgets every token handed out; using one is then answered as `answer`. */
  expire(answer: ExpiredAnswer = { status: 410, code: 'syncStateNotFound' }): void {
    this.rounds.clear();
    this.pagings.clear();
    this.expired = answer;
  }

  answer(mailboxes: GraphMailboxes, mailboxInPath: string, call: GraphCall): GraphReply {
    const mailbox = mailboxInPath.toLowerCase();
    const skipToken = call.query.get('$skiptoken');
    const deltaToken = call.query.get('$deltatoken');
    if (skipToken) {
      const paging = this.pagings.get(skipToken);
      return paging ? this.page(paging, mailbox, call) : this.expiredReply();
    }
    let round: Round | undefined;
    if (deltaToken) {
      round = this.rounds.get(deltaToken);
      if (round?.mailbox !== mailbox) return this.expiredReply();
    } else {
      const refused = UNSUPPORTED.filter((name) => call.query.has(name));
      if (refused.length > 0) {
        const message = `The following parameters are not supported with change tracking over the 'Events' resource: '${refused.join(', ')}'.`;
        return graphError(400, 'ErrorInvalidUrl', message);
      }
      const start = instantOf({ dateTime: call.query.get('startDateTime') ?? '', timeZone: 'UTC' });
      const end = instantOf({ dateTime: call.query.get('endDateTime') ?? '', timeZone: 'UTC' });
      if (!start || !end) {
        const message = 'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.';
        return graphError(400, 'ErrorInvalidParameter', message);
      }
      round = { mailbox, start, end, snapshot: new Map() };
    }
    const now = inWindow(mailboxes, round);
    const zone = preferredZone(call.headers);
    const entries: unknown[] = [...now.values()]
      .filter((event) => round.snapshot.get(event.id) !== JSON.stringify(event))
      .map((event) => inZone(event, zone));
    for (const id of round.snapshot.keys()) if (!now.has(id)) entries.push({ id, '@removed': { reason: 'deleted' } });
    const snapshot = new Map([...now].map(([id, event]) => [id, JSON.stringify(event)]));
    return this.page({ entries, next: { ...round, snapshot } }, mailbox, call);
  }

  private page(paging: Paging, mailbox: string, call: GraphCall): GraphReply {
    const size = Number(/odata\.maxpagesize=(\d+)/.exec(call.headers.prefer ?? '')?.[1] ?? DEFAULT_PAGE_SIZE);
    const value = paging.entries.slice(0, size);
    const rest = paging.entries.slice(size);
    const link = (name: string, token: string) =>
      `${call.origin}/v1.0/users/${encodeURIComponent(mailbox)}/calendarView/delta?${name}=${token}`;
    const token = randomUUID().replace(/-/g, '');
    if (rest.length > 0) {
      this.pagings.set(token, { entries: rest, next: paging.next });
      return json({ value, '@odata.nextLink': link('$skiptoken', token) });
    }
    this.rounds.set(token, paging.next);
    return json({ value, '@odata.deltaLink': link('$deltatoken', token) });
  }

  private expiredReply(): GraphReply {
    const { status, code } = this.expired;
    return graphError(status, code, 'The sync state generation is not found or has expired. Start a full sync again.');
  }
}

/** The mailbox's events overlapping the round's window, by start. */
const inWindow = (mailboxes: GraphMailboxes, round: Round): Map<string, Event & { id: string }> => {
  const events = mailboxes
    .events(round.mailbox)
    .filter((event) => (instantOf(event.start) ?? round.end) < round.end && (instantOf(event.end) ?? round.start) > round.start)
    .sort((a, b) => (instantOf(a.start)?.toMillis() ?? 0) - (instantOf(b.start)?.toMillis() ?? 0));
  return new Map(events.map((event) => [event.id as string, { ...event, id: event.id as string }]));
};

/** Start and end in the zone the caller prefers (`Prefer: outlook.timezone`), as Graph answers. */
const inZone = (event: Event, zone: string): Event => {
  const start = instantOf(event.start);
  const end = instantOf(event.end);
  return start && end ? { ...event, start: graphTime(start, zone), end: graphTime(end, zone) } : event;
};
