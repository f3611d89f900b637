/** People, events and intervals for the CalendarPort contract (calendar-contract.ts and calendar-changes-contract.ts). */
import { randomUUID } from 'node:crypto';
import type { UtcInterval } from '../../src/domain/shared/review.js';
import type { AttendeeResponse, CalendarPort, NewEvent } from '../../src/services/ports/index.js';

/** The day every contract event is on. */
export const WINDOW: UtcInterval = { start: '2026-06-15T00:00:00.000Z', end: '2026-06-16T00:00:00.000Z' };

export const EVENT_TIME: UtcInterval = { start: '2026-06-15T09:00:00.000Z', end: '2026-06-15T10:00:00.000Z' };

export interface Cast {
  organiser: string;
  peer: string;
  caseWorker: string;
  stranger: string;
}

/** Fresh people for one test. */
export const cast = (): Cast => {
  const tag = randomUUID().slice(0, 8);
  return {
    organiser: `peerreview-${tag}@shropshire.example`,
    peer: `peer-${tag}@telford.example`,
    caseWorker: `caseworker-${tag}@shropshire.example`,
    stranger: `stranger-${tag}@shropshire.example`,
  };
};

export const newEvent = (people: Cast, overrides: Partial<NewEvent> = {}): NewEvent => ({
  transactionId: randomUUID(),
  subject: 'Case review: case 7',
  body: '<p>Case review call for the local area SEND peer challenge.</p>',
  start: EVENT_TIME.start,
  end: EVENT_TIME.end,
  attendees: [people.peer, people.caseWorker],
  online: true,
  ...overrides,
});

/** Whether the intervals cover the whole of `target` (instants compared, not strings). */
export const covers = (intervals: UtcInterval[], target: UtcInterval): boolean =>
  intervals.some(
    (interval) =>
      Date.parse(interval.start) <= Date.parse(target.start) && Date.parse(interval.end) >= Date.parse(target.end),
  );

/**
 * The organiser's events in the window with each attendee's response, read as the calendar sync reads them: changes
 * since no token, a full read. Only events still in the window are in one, so every entry is `changed`.
 */
export const responsesIn = async (calendar: CalendarPort, organiser: string, window: UtcInterval): Promise<{ iCalUId: string; responses: AttendeeResponse[] }[]> => {
  const read = await calendar.changesSince(organiser, window);
  if (read.kind !== 'changes') throw new Error('A read with no token was answered with a resync');
  return read.changes.map((change) => {
    if (change.kind !== 'changed') throw new Error(`A full read reported event ${change.id} as removed`);
    return { iCalUId: change.iCalUId, responses: change.responses };
  });
};
