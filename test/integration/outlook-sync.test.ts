/**
 * Outlook is truth too, continuously: the demo's case reviews booked through the bot's endpoint into the Graph test
 * server, then changed in "Outlook" (straight on the server): a session moved, one cancelled, an invitation declined.
 * The timer's work alone, with nobody asking, brings them to `status`, the cards and the project team, each once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERBS } from '../../src/cards/shared/verbs.js';
import { createGraphClient } from '../../src/graph/graph-client.js';
import { GraphCalendar } from '../../src/graph/graph-calendar.js';
import type { Booking, Invitation } from '../../src/services/ports/index.js';
import { startBotHarness, type BotHarness } from '../support/bot-harness.js';
import type { Recorded } from '../support/connector-server.js';
import { addEveryone, everyoneAs, installEveryone } from '../support/demo-everyone.js';
import { alex as demoAlex, DEMO } from '../support/demo-people.js';
import { staticCredential } from '../support/graph-server-credential.js';
import { startGraphServer, type GraphServer } from '../support/graph-server.js';
import { askForPlan } from '../support/proposals.js';
import { cardOf, cardText } from '../support/teams-client.js';

const ORGANISER = 'peerreview@shropshire.example';
const PROJECT_TEAM = ['alex.rowan@shropshire.example', 'priya.nandra@shropshire.example'];
const LEWIS = 'lewis.fairbairn@shropshire.example';
// A Saturday before the case-review day: no reminder, digest or prompt is due, so whatever the tick sends is the sync's.
const NOW = '2026-01-10T12:00:00.000Z';
const alex = everyoneAs(demoAlex.email);
const sam = everyoneAs('sam.lindqvist@shropshire.example');
const HOUR = 3_600_000;
const later = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * HOUR).toISOString();

describe('changes made in Outlook reach status, the cards and the project team without anyone asking', () => {
  let graph: GraphServer;
  let h: BotHarness;
  let reviewId: string;
  let session: (caseId: string) => Booking;
  let moved: Booking;
  let cancelled: Booking;
  let declined: Booking;

  const since = (from: number) => h.connector.recorded.slice(from);
  const sentTo = (recorded: Recorded[], email: string) => recorded.filter((r) => r.kind !== 'update' && r.conversationId === h.client.conversationOf(everyoneAs(email)));
  const invitationsOf = (booking: Booking) => h.convene.store.invitations.forBookings([booking.id]);

  beforeAll(async () => {
    graph = await startGraphServer();
    const calendar = new GraphCalendar(createGraphClient({ baseUrl: graph.baseUrl, credential: staticCredential() }));
    h = await startBotHarness([], { TICK_SECONDS: '0' }, { calendar, now: () => NOW });
    addEveryone(h);
    await installEveryone(h.client);
    await h.client.say(alex, `import\n${DEMO}`);
    const plan = await askForPlan(h, alex, 'schedule case reviews');
    await h.client.press(alex, plan.activity.activityId, VERBS.confirmProposal, { proposalId: plan.proposalId });
    await h.convene.idle();
    reviewId = (await h.convene.store.reviews.latest())!.id;
    const bookings = await h.convene.store.bookings.forReview(reviewId);
    session = (caseId) => bookings.find((b) => b.sessionId === caseId)!;
    [moved, cancelled, declined] = [session('C02'), session('C03'), session('C07')];
    // Sam accepts C02 on his card: the move will ask him again.
    const samsC02 = (await invitationsOf(moved)).find((i) => i.email === sam.email)!;
    await h.client.press(sam, samsC02.cardActivityId!, VERBS.answerInvitation, { invitationId: samsC02.id, answer: 'accepted', view: 'invite' });
    await h.convene.idle();
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    await graph?.close();
  });

  it('takes the first sync of what Convene booked as it is: nothing changes, nobody is told', async () => {
    const before = h.connector.recorded.length;
    expect((await h.convene.tick()).calendarChanges).toBe(0);
    expect(since(before)).toEqual([]);
    expect(graph.requests.filter((r) => r.path === `/users/${ORGANISER}/calendarView/delta`)).not.toEqual([]);
  });

  it('follows a move, a cancellation and a decline made in Outlook on the next tick', async () => {
    const to = { start: later(moved.start, 0.5), end: later(moved.end, 0.5) };
    graph.outlook.move(ORGANISER, moved.eventId!, to);
    graph.outlook.cancel(ORGANISER, cancelled.eventId!, 'The case is closed.');
    graph.outlook.answer(LEWIS, declined.iCalUId!, 'declined');
    const cardsBefore = new Map<string, Invitation[]>();
    for (const booking of [moved, cancelled, declined]) cardsBefore.set(booking.id, await invitationsOf(booking));
    const before = h.connector.recorded.length;

    expect((await h.convene.tick()).calendarChanges).toBe(3);
    const activity = since(before);

    // The programme and the answers follow.
    expect(await h.convene.store.bookings.get(moved.id)).toMatchObject({ status: 'booked', ...to });
    expect((await invitationsOf(moved)).map((i) => [i.rsvp, i.movedFrom])).toEqual([
      ['pending', { start: moved.start, end: moved.end }],
      ['pending', { start: moved.start, end: moved.end }],
    ]);
    expect((await h.convene.store.bookings.get(cancelled.id))?.status).toBe('cancelled');
    expect((await invitationsOf(declined)).find((i) => i.email === LEWIS)?.rsvp).toBe('declined');

    // Each of the project team told once of each: the move, the cancellation, the decline.
    for (const member of PROJECT_TEAM) {
      const texts = sentTo(activity, member).map((r) => cardText(cardOf(r)));
      expect(texts).toHaveLength(3);
      expect(texts.filter((t) => /^Shropshire SEND Peer Challenge 2026\nMoved in Outlook: Case review C02/.test(t))).toHaveLength(1);
      expect(texts.filter((t) => /Cancelled in Outlook: Case review C03/.test(t))).toHaveLength(1);
      expect(texts.filter((t) => /Declined: Case review C07/.test(t) && /Who: Lewis Fairbairn/.test(t))).toHaveLength(1);
    }
    // Every card of the people on the moved and the cancelled sessions, and Lewis's, drawn again in place; nothing else.
    const redrawn = activity.filter((r) => r.kind === 'update').map((r) => r.activityId).sort();
    const cards = [...(cardsBefore.get(moved.id) ?? []), ...(cardsBefore.get(cancelled.id) ?? []), ...(cardsBefore.get(declined.id) ?? []).filter((i) => i.email === LEWIS)];
    expect(redrawn).toEqual(cards.map((i) => i.cardActivityId).sort());
    expect(activity.filter((r) => r.kind !== 'update')).toHaveLength(PROJECT_TEAM.length * 3);
  });

  it('shows it in status: the session at its new time with its answers pending, the cancelled one gone, the decline', async () => {
    const reply = (await h.client.say(alex, 'status')).find((r) => cardOf(r))!;
    const text = cardText(cardOf(reply));
    expect(text).toMatch(/15 sessions booked; 1 of 30 invitations answered\./);
    expect(text).toMatch(/\*\*Case review C07\*\*, Wed 14 Jan, .*\nDeclined: Lewis Fairbairn/);
    const page = await (await fetch(repliesLink(cardOf(reply)))).text();
    const times = [...page.matchAll(/<time>(.*?)<\/time><span class="title">(.*?)<\/span>/g)].map((m) => `${m[2]} ${m[1]}`);
    expect(times).toContain(`Case review C02 ${clock(later(moved.start, 0.5))}–${clock(later(moved.end, 0.5))}`);
    expect(times.filter((t) => t.startsWith('Case review C03'))).toEqual([]);
  });

  it('sends nothing more on the next tick, nor after a full sync when Graph lets the token expire', async () => {
    const before = h.connector.recorded.length;
    const messages = (await h.convene.store.messages.forReview(reviewId)).length;
    expect((await h.convene.tick()).calendarChanges).toBe(0);

    graph.expireDeltaTokens();
    expect((await h.convene.tick()).calendarChanges).toBe(0);
    const rounds = graph.requests.filter((r) => r.path === `/users/${ORGANISER}/calendarView/delta`).slice(-2);
    expect(rounds.map((r) => [r.status, new URLSearchParams(r.search).has('startDateTime')])).toEqual([
      [410, false],
      [200, true],
    ]);
    expect(since(before)).toEqual([]);
    expect(await h.convene.store.messages.forReview(reviewId)).toHaveLength(messages);
  });
});

/** The replies page's link on the status card. */
const repliesLink = (card: Record<string, any> | undefined): string => {
  const link = JSON.stringify(card).match(/"type":"Action.OpenUrl","title":"Open the replies page","url":"([^"]+)"/)?.[1];
  if (!link) throw new Error('no replies link on the status card');
  return link;
};

/** HH:mm in the review's zone: UTC in January. */
const clock = (iso: string) => iso.slice(11, 16);
