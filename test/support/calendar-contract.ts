import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalendarPort } from '../../src/services/ports/index.js';
import { cast, covers, EVENT_TIME, newEvent, responsesIn, WINDOW } from './calendar-cast.js';
import { describeChanges, type OutsideChanges } from './calendar-changes-contract.js';

export interface CalendarUnderTest {
  calendar: CalendarPort;
  /** Changes made to the adapter's calendar other than through it. */
  outside: OutsideChanges;
  cleanup(): Promise<void>;
}

/**
 * What every CalendarPort adapter must do. `setup` runs once for the suite; each test uses its own people
 * and transactionIds, so the tests do not see each other's events.
 */
export const calendarContract = (name: string, setup: () => Promise<CalendarUnderTest>): void => {
  describe(`CalendarPort contract: ${name}`, () => {
    let subject: CalendarUnderTest;
    let calendar: CalendarPort;

    beforeAll(async () => {
      subject = await setup();
      calendar = subject.calendar;
    });
    afterAll(async () => {
      await subject?.cleanup();
    });

    it('creates an online event with a join link', async () => {
      const people = cast();
      const created = await calendar.createEvent(people.organiser, newEvent(people));
      expect(created.id).not.toBe('');
      expect(created.iCalUId).not.toBe('');
      expect(created.joinUrl).toMatch(/^https:\/\//);
    });

    it('creates an in-person event without a join link', async () => {
      const people = cast();
      const created = await calendar.createEvent(
        people.organiser,
        newEvent(people, { online: false, location: 'Shirehall, Room 2' }),
      );
      expect(created.iCalUId).not.toBe('');
      expect(created.joinUrl).toBeUndefined();
    });

    it('returns the same event when a create is repeated with the same transactionId', async () => {
      const people = cast();
      const event = newEvent(people);
      const first = await calendar.createEvent(people.organiser, event);
      const second = await calendar.createEvent(people.organiser, event);
      expect(second.id).toBe(first.id);
      expect(second.iCalUId).toBe(first.iCalUId);
      const listed = await responsesIn(calendar, people.organiser, WINDOW);
      expect(listed.filter((entry) => entry.iCalUId === first.iCalUId)).toHaveLength(1);
    });

    it('creates many events in one call, in order, and a repeated transactionId returns the first event', async () => {
      const people = cast();
      const repeated = newEvent(people, { subject: 'Focus group of SENCOs' });
      const first = await calendar.createEvent(people.organiser, repeated);
      const events = [
        newEvent(people, { subject: 'Meeting with the DCS' }),
        repeated,
        newEvent(people, { subject: 'Visit to a special school', online: false, location: 'Severn Academy' }),
        ...Array.from({ length: 6 }, (_, n) => newEvent(people, { subject: `Interview ${n}` })),
      ];
      const created = await calendar.createEvents(people.organiser, events);

      expect(created).toHaveLength(events.length);
      const ok = created.filter((entry) => !(entry instanceof Error));
      expect(ok).toHaveLength(events.length);
      expect(created[1]).toMatchObject({ id: first.id, iCalUId: first.iCalUId });
      expect(created[0]).toMatchObject({ joinUrl: expect.stringMatching(/^https:\/\//) });
      expect((created[2] as { joinUrl?: string }).joinUrl).toBeUndefined();
      // The first single create and the nine in the call make nine events, not ten.
      const uids = new Set(ok.map((event) => (event as { iCalUId: string }).iCalUId));
      expect(uids.size).toBe(events.length);
      const busy = await calendar.getBusy(people.organiser, [people.caseWorker], WINDOW);
      expect(busy.get(people.caseWorker)).toHaveLength(events.length);
      expect(await calendar.createEvents(people.organiser, [])).toEqual([]);
    });

    it('shows the event as busy for the organiser and the attendees, and nobody else', async () => {
      const people = cast();
      await calendar.createEvent(people.organiser, newEvent(people));
      const asked = [people.organiser, people.peer.toUpperCase(), people.caseWorker, people.stranger];
      const busy = await calendar.getBusy(people.organiser, asked, WINDOW);

      expect([...busy.keys()].sort()).toEqual(
        [people.organiser, people.peer, people.caseWorker, people.stranger].sort(),
      );
      for (const email of [people.organiser, people.peer, people.caseWorker]) {
        expect(covers(busy.get(email) ?? [], EVENT_TIME), email).toBe(true);
      }
      expect(busy.get(people.stranger)).toEqual([]);
    });

    it('lists the answers attendees gave', async () => {
      const people = cast();
      const attendees = [people.peer, people.caseWorker, people.stranger];
      const created = await calendar.createEvent(people.organiser, newEvent(people, { attendees }));
      await calendar.respond(people.peer, created.iCalUId, 'accepted', 'See you there');
      await calendar.respond(people.caseWorker, created.iCalUId, 'tentative');

      const listed = await responsesIn(calendar, people.organiser, WINDOW);
      const entry = listed.find((candidate) => candidate.iCalUId === created.iCalUId);
      expect(entry?.responses).toEqual(
        expect.arrayContaining([
          { email: people.peer, rsvp: 'accepted' },
          { email: people.caseWorker, rsvp: 'tentative' },
          { email: people.stranger, rsvp: 'pending' },
        ]),
      );
    });

    it('frees an attendee who declined', async () => {
      const people = cast();
      const created = await calendar.createEvent(people.organiser, newEvent(people));
      await calendar.respond(people.caseWorker, created.iCalUId, 'declined', 'On leave');

      const busy = await calendar.getBusy(people.organiser, [people.peer, people.caseWorker], WINDOW);
      expect(covers(busy.get(people.peer) ?? [], EVENT_TIME)).toBe(true);
      expect(covers(busy.get(people.caseWorker) ?? [], EVENT_TIME)).toBe(false);
      const listed = await responsesIn(calendar, people.organiser, WINDOW);
      expect(listed.find((entry) => entry.iCalUId === created.iCalUId)?.responses).toContainEqual({
        email: people.caseWorker,
        rsvp: 'declined',
      });
    });

    it('rejects an answer from someone who was not invited', async () => {
      const people = cast();
      const created = await calendar.createEvent(people.organiser, newEvent(people));
      await expect(calendar.respond(people.stranger, created.iCalUId, 'accepted')).rejects.toThrow();
    });

    describeChanges(() => subject);
  });
};
