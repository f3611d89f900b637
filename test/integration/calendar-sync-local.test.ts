/**
 * The calendar sync on the local calendar (no Microsoft tenant), through the services as the composition root wires
 * them: changes made to the calendar outside Convene (here in the database by hand) reach the programme, the answers,
 * the cards and the project team, each once; Convene's own changes, repeats and full syncs tell nobody anything.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { LocalCalendar } from '../../src/graph/local/local-calendar.js';
import { syncCalendars, syncOrganiser, type CalendarSyncDeps } from '../../src/services/calendar-sync/index.js';
import type { UtcInterval } from '../../src/domain/shared/index.js';
import type { Booking, CalendarChanges, StoredMessage } from '../../src/services/ports/index.js';
import type { Database } from '../../src/store/schema.js';
import { describeEachDatabase, type DatabaseContext } from '../support/databases.js';
import { northshire } from '../support/northshire.js';
import { nobodyReachable, openTestOutbox, type TestOutbox } from '../support/test-outbox.js';

const TEAM = ['lead@council.example', 'second@council.example'];
const hour = (h: number, m = 0) => `2026-01-14T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00.000Z`;

interface Booked {
  organiser: string;
  reviewId: string;
  bookings: Booking[];
}

describeEachDatabase('following changes made to the local calendar', (context: DatabaseContext) => {
  let calendar: LocalCalendar;
  let sending: TestOutbox;
  let deps: CalendarSyncDeps;
  const logged: { level: string; fields: Record<string, unknown>; message: string }[] = [];
  const log = {
    info: (fields: Record<string, unknown>, message: string) => logged.push({ level: 'info', fields, message }),
    warn: (fields: Record<string, unknown>, message: string) => logged.push({ level: 'warn', fields, message }),
    error: (fields: Record<string, unknown>, message: string) => logged.push({ level: 'error', fields, message }),
  };

  beforeAll(async () => {
    calendar = new LocalCalendar(context.db);
    sending = await openTestOutbox(context.store, calendar, nobodyReachable);
    deps = { store: context.store, calendar, outbox: sending.outbox, log, now: () => new Date().toISOString() };
  });
  afterAll(async () => sending?.close());

  /** A review of its own organiser, one case review a start hour, booked in the local calendar; everyone has a chat and an invite card. */
  const book = async (hours: number[]): Promise<Booked> => {
    const organiser = `organiser-${randomUUID()}@council.example`;
    const { id: reviewId } = await context.store.reviews.save({ ...northshire(), key: randomUUID(), organiser, projectTeam: TEAM }, TEAM[0]!);
    const proposal = await context.store.proposals.create({ revision: 1, reviewId, kind: 'caseReviews', plan: { placed: [], unplaced: [] }, createdBy: TEAM[0]! });
    const bookings: Booking[] = [];
    for (const h of hours) {
      const attendees = [`peer-${h}@other.example`, `worker-${h}@council.example`];
      const intent = { reviewId, proposalId: proposal.id, sessionId: `C${h}`, kind: 'caseReview', transactionId: randomUUID(), subject: `Case review C${h}`, start: hour(h), end: hour(h + 1), attendees, online: true };
      const [booking] = await context.store.bookings.recordIntents([intent]);
      await context.store.bookings.markBooked(booking!.id, await calendar.createEvent(organiser, { ...intent, body: '' }));
      for (const invitation of await context.store.invitations.ensure(reviewId, booking!.id, attendees)) {
        await context.store.people.saveConversation(invitation.email, { conversation: { id: `chat-${invitation.email}` } });
        await context.store.invitations.markCardSent(invitation.id, hour(8), `card-${invitation.id}`);
      }
      bookings.push((await context.store.bookings.get(booking!.id))!);
    }
    return { organiser, reviewId, bookings };
  };

  const messages = async (reviewId: string, kind?: StoredMessage['payload']['kind']) =>
    (await context.store.messages.forReview(reviewId)).filter((m) => !kind || m.payload.kind === kind);
  const synced = (answers: number, moved: number, cancelled: number) => ({ kind: 'synced', answers, moved, cancelled });

  it('follows a move, a cancellation and a decline made outside Convene, each once', async () => {
    const { organiser, reviewId, bookings } = await book([9, 10, 11, 12]);
    const [declinedOn, moved, cancelled] = bookings;
    expect(await syncOrganiser(deps, organiser)).toEqual(synced(0, 0, 0));
    expect(await messages(reviewId)).toEqual([]);

    await sql`update local_events set start_at = ${hour(10, 30)}, end_at = ${hour(11, 30)} where id = ${moved!.eventId}`.execute(context.db);
    await sql`update local_events set cancelled_at = now() where id = ${cancelled!.eventId}`.execute(context.db);
    await calendar.respond('worker-9@council.example', declinedOn!.iCalUId!, 'declined');
    expect(await syncOrganiser(deps, organiser)).toEqual(synced(1, 1, 1));

    expect(await context.store.bookings.get(moved!.id)).toMatchObject({ status: 'booked', start: hour(10, 30), end: hour(11, 30) });
    const askedAgain = await context.store.invitations.forBookings([moved!.id]);
    expect(askedAgain.map((i) => [i.rsvp, i.movedFrom])).toEqual([
      ['pending', { start: hour(10), end: hour(11) }],
      ['pending', { start: hour(10), end: hour(11) }],
    ]);
    expect((await context.store.bookings.get(cancelled!.id))?.status).toBe('cancelled');
    const decliner = (await context.store.invitations.forEmail(reviewId, 'worker-9@council.example'))[0]!;
    expect(decliner).toMatchObject({ rsvp: 'declined' });

    const told = await messages(reviewId, 'changedInOutlook');
    expect(told.map((m) => [m.recipient, m.payload]).sort()).toEqual(
      [
        ...TEAM.map((member) => [member, { kind: 'changedInOutlook', bookingId: moved!.id, change: { kind: 'moved', from: { start: hour(10), end: hour(11) }, to: { start: hour(10, 30), end: hour(11, 30) } } }]),
        ...TEAM.map((member) => [member, { kind: 'changedInOutlook', bookingId: cancelled!.id, change: { kind: 'cancelled' } }]),
      ].sort(),
    );
    expect((await messages(reviewId, 'decline')).map((m) => [m.recipient, m.payload])).toEqual(TEAM.map((member) => [member, { kind: 'decline', invitationId: decliner.id }]));
    // Each card drawn again in place: the two asked again, the two on the cancelled session, and the decliner's.
    const redrawn = (await messages(reviewId, 'answerCard')).map((m) => (m.payload.kind === 'answerCard' ? m.payload.activityId : '')).sort();
    const cardsOf = async (booking: Booking) => (await context.store.invitations.forBookings([booking.id])).map((i) => i.cardActivityId);
    expect(redrawn).toEqual([...(await cardsOf(moved!)), ...(await cardsOf(cancelled!)), decliner.cardActivityId].sort());

    const before = (await messages(reviewId)).length;
    expect(await syncOrganiser(deps, organiser)).toEqual(synced(0, 0, 0));
    expect(await syncOrganiser(deps, organiser, { resync: true })).toEqual(synced(0, 0, 0));
    expect(await messages(reviewId)).toHaveLength(before);
    expect(JSON.stringify(logged)).not.toMatch(/@/);
  });

  it('tells nobody of a change Convene made itself, which comes back in the changes', async () => {
    const { organiser, reviewId, bookings } = await book([9, 10, 11]);
    expect(await syncOrganiser(deps, organiser)).toEqual(synced(0, 0, 0));
    const [, replanned] = bookings;
    const to = { start: hour(10, 15), end: hour(11, 15) };
    await calendar.updateEvent(organiser, replanned!.eventId!, { time: to });
    const { sessionId, subject, attendees, online } = replanned!;
    await context.store.bookings.applyUpdate(replanned!.id, { sessionId, subject, attendees, online, ...to }, new Date().toISOString());

    expect(await syncOrganiser(deps, organiser)).toEqual(synced(0, 0, 0));
    expect(await messages(reviewId)).toEqual([]);
  });

  it('syncs each mailbox once at a time, and one that fails stops neither the others nor the tick', async () => {
    const working = await book([9]);
    const failing = await book([9]);
    const release = (await context.store.runs.tryLock(`calendar-sync:${working.organiser}`))!;
    expect(await syncOrganiser(deps, working.organiser)).toEqual({ kind: 'busy' });
    await release();

    await calendar.respond('peer-9@other.example', working.bookings[0]!.iCalUId!, 'accepted');
    logged.length = 0;
    expect(await syncCalendars({ ...deps, calendar: new FailingFor(context.db, failing.organiser) })).toBe(1);
    expect((await context.store.invitations.forEmail(working.reviewId, 'peer-9@other.example'))[0]?.rsvp).toBe('accepted');
    expect(logged.filter((line) => line.level === 'warn')).toEqual([{ level: 'warn', fields: { reviews: [failing.reviewId], err: 'Error: Graph answered 503' }, message: 'calendar not synced: tried again on the next tick' }]);
    expect(JSON.stringify(logged)).not.toMatch(/@/);
  });
});

/** The local calendar, but one organiser's mailbox cannot be read. */
class FailingFor extends LocalCalendar {
  constructor(
    db: Kysely<Database>,
    private readonly failing: string,
  ) {
    super(db);
  }

  override changesSince(organiser: string, window: UtcInterval, token?: string): Promise<CalendarChanges> {
    return organiser === this.failing ? Promise.reject(new Error('Graph answered 503')) : super.changesSince(organiser, window, token);
  }
}
