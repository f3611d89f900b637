import { beforeAll, describe, expect, it } from 'vitest';
import type { RsvpAnswer } from '../../src/domain/invitations/index.js';
import type { UtcInterval } from '../../src/domain/shared/review.js';
import type { CalendarChanges, CalendarPort, EventChange } from '../../src/services/ports/index.js';
import { cast, covers, EVENT_TIME, newEvent, responsesIn, WINDOW, type Cast } from './calendar-cast.js';
import type { CalendarUnderTest } from './calendar-contract.js';

/** Changes made outside Convene: in Outlook (Graph), or in the database by hand (the local calendar). */
export interface OutsideChanges {
  /** The organiser moves the event. */
  move(organiser: string, eventId: string, time: UtcInterval): Promise<void>;
  /** The organiser cancels the event. */
  cancel(organiser: string, eventId: string): Promise<void>;
  /** The attendee answers the invitation. */
  answer(attendee: string, iCalUId: string, rsvp: RsvpAnswer): Promise<void>;
}

const LATER: UtcInterval = { start: '2026-06-15T14:00:00.000Z', end: '2026-06-15T15:30:00.000Z' };

/**
 * What every CalendarPort adapter must do with events already booked: update, cancel, and report what changed since
 * a token. Part of calendarContract, on its adapter (`current`, set up in its beforeAll). Each test has its own
 * people, so it sees only its own events.
 */
export const describeChanges = (current: () => CalendarUnderTest): void => {
  describe('events already booked', () => {
    let subject: CalendarUnderTest;
    let calendar: CalendarPort;

    beforeAll(() => {
      subject = current();
      calendar = subject.calendar;
    });

    const responsesOf = async (organiser: string, iCalUId: string) =>
      (await responsesIn(calendar, organiser, WINDOW)).find((entry) => entry.iCalUId === iCalUId)?.responses;

    it('moves an event: busy at the new time only, and everyone is asked again', async () => {
      const people = cast();
      const created = await calendar.createEvent(people.organiser, newEvent(people));
      await calendar.respond(people.peer, created.iCalUId, 'accepted');

      const updated = await calendar.updateEvent(people.organiser, created.id, { time: LATER });
      expect(updated).toEqual(created);
      const busy = (await calendar.getBusy(people.organiser, [people.peer], WINDOW)).get(people.peer) ?? [];
      expect(covers(busy, LATER)).toBe(true);
      expect(covers(busy, EVENT_TIME)).toBe(false);
      expect(await responsesOf(people.organiser, created.iCalUId)).toEqual(
        expect.arrayContaining([
          { email: people.peer, rsvp: 'pending' },
          { email: people.caseWorker, rsvp: 'pending' },
        ]),
      );
      const first = changesOf(await calendar.changesSince(people.organiser, WINDOW));
      expect(first.find((change) => change.id === created.id)).toMatchObject({ kind: 'changed', ...instants(LATER) });
    });

    it('adds and removes attendees, and those who stay keep their answers', async () => {
      const people = cast();
      const created = await calendar.createEvent(people.organiser, newEvent(people));
      await calendar.respond(people.peer, created.iCalUId, 'tentative');

      await calendar.updateEvent(people.organiser, created.id, { addAttendees: [people.stranger.toUpperCase()], removeAttendees: [people.caseWorker] });
      const responses = await responsesOf(people.organiser, created.iCalUId);
      expect(responses).toHaveLength(2);
      expect(responses).toEqual(
        expect.arrayContaining([
          { email: people.peer, rsvp: 'tentative' },
          { email: people.stranger, rsvp: 'pending' },
        ]),
      );
      const busy = await calendar.getBusy(people.organiser, [people.caseWorker, people.stranger], WINDOW);
      expect(busy.get(people.caseWorker)).toEqual([]);
      expect(covers(busy.get(people.stranger) ?? [], EVENT_TIME)).toBe(true);
    });

    it('applies the same update twice as once: the second changes nothing', async () => {
      const people = cast();
      const created = await calendar.createEvent(people.organiser, newEvent(people, { online: false, location: 'Shirehall' }));
      const update = {
        time: LATER,
        addAttendees: [people.stranger],
        removeAttendees: [people.caseWorker],
        subject: 'Case review: case 7 (moved)',
        body: 'Moved to the afternoon.',
        location: 'Guildhall, Room 1',
      };
      const once = await calendar.updateEvent(people.organiser, created.id, update);
      await calendar.respond(people.stranger, created.iCalUId, 'accepted');
      const { token } = changed(await calendar.changesSince(people.organiser, WINDOW));

      const twice = await calendar.updateEvent(people.organiser, created.id, update);
      expect(twice).toEqual(once);
      expect(changesOf(await calendar.changesSince(people.organiser, WINDOW, token))).toEqual([]);
      // Had it been written again, the time change would have asked the stranger again.
      expect(await responsesOf(people.organiser, created.iCalUId)).toContainEqual({ email: people.stranger, rsvp: 'accepted' });
      const [entry] = changesOf(await calendar.changesSince(people.organiser, WINDOW));
      expect(entry).toMatchObject({ kind: 'changed', subject: 'Case review: case 7 (moved)', ...instants(LATER) });
    });

    it('takes an event online, and it keeps its join link', async () => {
      const people = cast();
      const created = await calendar.createEvent(people.organiser, newEvent(people, { online: false, location: 'Shirehall' }));
      expect(created.joinUrl).toBeUndefined();
      const online = await calendar.updateEvent(people.organiser, created.id, { online: true, location: '' });
      expect(online?.joinUrl).toMatch(/^https:\/\//);
      expect(await calendar.updateEvent(people.organiser, created.id, { online: true })).toEqual(online);
    });

    it('cancels an event, and a second cancel is no error', async () => {
      const people = cast();
      const created = await calendar.createEvent(people.organiser, newEvent(people));
      const kept = await calendar.createEvent(people.organiser, newEvent(people, { start: LATER.start, end: LATER.end }));

      await calendar.cancelEvent(people.organiser, created.id, 'The visit is called off.');
      await calendar.cancelEvent(people.organiser, created.id, 'The visit is called off.');
      const listed = (await responsesIn(calendar, people.organiser, WINDOW)).map((entry) => entry.iCalUId);
      expect(listed).toEqual([kept.iCalUId]);
      const busy = (await calendar.getBusy(people.organiser, [people.peer], WINDOW)).get(people.peer) ?? [];
      expect(covers(busy, EVENT_TIME)).toBe(false);
      expect(covers(busy, LATER)).toBe(true);
      expect(await calendar.updateEvent(people.organiser, created.id, { subject: 'Too late' })).toBeUndefined();
      expect(changesOf(await calendar.changesSince(people.organiser, WINDOW)).map((change) => change.id)).toEqual([kept.id]);
    });

    it('reports what changed since a token: a move, a cancellation and an answer made outside, nothing else', async () => {
      const people = cast();
      const [moved, cancelled, answered, untouched] = await createAt(calendar, people, [9, 10, 11, 12]);
      const first = changed(await calendar.changesSince(people.organiser, WINDOW));
      expect(ids(first.changes)).toEqual(ids([moved, cancelled, answered, untouched]));
      expect(first.changes.every((change) => change.kind === 'changed')).toBe(true);

      await subject.outside.move(people.organiser, moved.id, LATER);
      await subject.outside.cancel(people.organiser, cancelled.id);
      await subject.outside.answer(people.caseWorker, answered.iCalUId, 'declined');
      const next = changed(await calendar.changesSince(people.organiser, WINDOW, first.token));
      expect(ids(next.changes)).toEqual(ids([moved, cancelled, answered]));
      expect(next.changes.find((change) => change.id === moved.id)).toMatchObject({ kind: 'changed', iCalUId: moved.iCalUId, ...instants(LATER) });
      expect(next.changes.find((change) => change.id === cancelled.id)).toEqual({ kind: 'removed', id: cancelled.id });
      const answer = next.changes.find((change) => change.id === answered.id);
      expect(answer?.kind === 'changed' && answer.responses).toEqual(expect.arrayContaining([{ email: people.caseWorker, rsvp: 'declined' }]));

      expect(changed(await calendar.changesSince(people.organiser, WINDOW, next.token)).changes).toEqual([]);
      // A token can be used again: the same changes since it, for a caller that lost the answer.
      expect(ids(changesOf(await calendar.changesSince(people.organiser, WINDOW, first.token)))).toEqual(ids(next.changes));
    });

    it('reports an event moved out of the window as removed', async () => {
      const people = cast();
      const [event] = await createAt(calendar, people, [9]);
      const { token } = changed(await calendar.changesSince(people.organiser, WINDOW));
      await calendar.updateEvent(people.organiser, event!.id, { time: { start: '2026-06-16T09:00:00.000Z', end: '2026-06-16T10:00:00.000Z' } });
      expect(changesOf(await calendar.changesSince(people.organiser, WINDOW, token))).toEqual([{ kind: 'removed', id: event!.id }]);
    });

    it('gives every event in the window on a first sync, however many pages it takes', async () => {
      const people = cast();
      const inWindow = await createAt(calendar, people, [8, 9, 10, 11, 13]);
      await calendar.createEvent(people.organiser, newEvent(people, { start: '2026-06-16T09:00:00.000Z', end: '2026-06-16T10:00:00.000Z' }));
      const first = changed(await calendar.changesSince(people.organiser, WINDOW));
      expect(ids(first.changes)).toEqual(ids(inWindow));
      const [earliest] = first.changes.filter((change) => change.id === inWindow[0]!.id);
      expect(earliest).toMatchObject({ kind: 'changed', iCalUId: inWindow[0]!.iCalUId, subject: 'Case review: case 7', ...instants(hourOf(8)) });
    });

    it('reads one event as it is now: where it is, or cancelled or gone', async () => {
      const people = cast();
      const [moved, cancelled] = await createAt(calendar, people, [9, 10]);
      expect(await calendar.eventState(people.organiser, moved!.id)).toMatchObject({ kind: 'scheduled', ...instants(hourOf(9)) });
      await subject.outside.move(people.organiser, moved!.id, { start: '2026-06-16T09:00:00.000Z', end: '2026-06-16T10:00:00.000Z' });
      expect(await calendar.eventState(people.organiser, moved!.id)).toMatchObject({ kind: 'scheduled', ...instants({ start: '2026-06-16T09:00:00.000Z', end: '2026-06-16T10:00:00.000Z' }) });

      await subject.outside.cancel(people.organiser, cancelled!.id);
      // Graph no longer finds an event its organiser cancelled (it went to Deleted Items); the local calendar keeps its row.
      expect(['cancelled', 'gone']).toContain((await calendar.eventState(people.organiser, cancelled!.id)).kind);
      expect(await calendar.eventState(people.organiser, 'AAMkADnever-there')).toEqual({ kind: 'gone' });
      expect(await calendar.eventState(people.peer, moved!.id)).toEqual({ kind: 'gone' });
    });

    it('refuses a token it cannot use (unknown, or made for another window or organiser): the caller syncs again', async () => {
      const people = cast();
      await createAt(calendar, people, [9]);
      const { token } = changed(await calendar.changesSince(people.organiser, WINDOW));
      const otherWindow = { start: WINDOW.start, end: '2026-06-17T00:00:00.000Z' };
      expect(await calendar.changesSince(people.organiser, otherWindow, token)).toEqual({ kind: 'resync' });
      expect(await calendar.changesSince(people.peer, WINDOW, token)).toEqual({ kind: 'resync' });
      expect(await calendar.changesSince(people.organiser, WINDOW, 'not-a-token')).toEqual({ kind: 'resync' });
      expect(changed(await calendar.changesSince(people.organiser.toUpperCase(), WINDOW, token)).changes).toEqual([]);
    });
  });
};

const hourOf = (hour: number): UtcInterval => ({
  start: `2026-06-15T${String(hour).padStart(2, '0')}:00:00.000Z`,
  end: `2026-06-15T${String(hour).padStart(2, '0')}:45:00.000Z`,
});

/** One event a start hour, on the window's day. */
const createAt = (calendar: CalendarPort, people: Cast, hours: number[]) =>
  Promise.all(hours.map((hour) => calendar.createEvent(people.organiser, newEvent(people, hourOf(hour)))));

const changed = (changes: CalendarChanges): Extract<CalendarChanges, { kind: 'changes' }> => {
  if (changes.kind !== 'changes') throw new Error('expected changes, got a resync');
  return changes;
};

const changesOf = (changes: CalendarChanges): EventChange[] => changed(changes).changes;

const ids = (events: { id: string }[]): string[] => events.map((event) => event.id).sort();

/** Start and end compared as instants. */
const instants = (interval: UtcInterval) => ({
  start: expect.toSatisfy((start: string) => Date.parse(start) === Date.parse(interval.start)),
  end: expect.toSatisfy((end: string) => Date.parse(end) === Date.parse(interval.end)),
});
