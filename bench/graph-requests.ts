/** The Graph-compatible server's request log, counted by kind, and the meeting mail it sent, counted by kind. */
import type { LoggedRequest, MeetingNotice } from '../test/support/graph-server.js';

/** `METHOD shape`, with the mailbox and the event id left out: `GET /users/{}/events/{}`, `POST /$batch`. */
export const kindOf = (request: Pick<LoggedRequest, 'method' | 'path'>): string =>
  `${request.method} ${request.path.replace(/^\/users\/[^/]+/, '/users/{}').replace(/\/events\/[^/]+/, '/events/{}')}`;

const tally = (keys: string[]): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const key of [...keys].sort()) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
};

export interface RequestCounts {
  /** What went over the wire: a `$batch` counts once. */
  sent: number;
  byKind: Record<string, number>;
  /** The requests inside the `$batch`es, by kind. */
  inBatches: Record<string, number>;
  /** Calls that Graph answered with anything but 2xx. */
  failed: number;
}

export const countRequests = (requests: readonly LoggedRequest[]): RequestCounts => {
  const outer = requests.filter((r) => !r.inBatch);
  return {
    sent: outer.length,
    byKind: tally(outer.map(kindOf)),
    inBatches: tally(requests.filter((r) => r.inBatch).map(kindOf)),
    failed: requests.filter((r) => r.status < 200 || r.status >= 300).length,
  };
};

/** The fields each PATCH sent, e.g. `attendees` or `body,end,start`: what tells who Graph wrote to. */
export const patchFields = (requests: readonly LoggedRequest[]): Record<string, number> =>
  tally(requests.filter((r) => r.method === 'PATCH').map((r) => Object.keys((r.body ?? {}) as object).sort().join(',')));

export const countNotices = (notices: readonly MeetingNotice[]) => ({
  sent: notices.length,
  byKind: tally(notices.map((n) => n.kind)),
  people: new Set(notices.map((n) => n.to)).size,
});

/** From now on, when the server last logged a request (performance.now()): when the calendar's part was done. */
export const lastRequestAt = (requests: LoggedRequest[]): (() => number) => {
  let at = performance.now();
  const push = requests.push.bind(requests);
  requests.push = (...items: LoggedRequest[]) => {
    at = performance.now();
    return push(...items);
  };
  return () => at;
};
