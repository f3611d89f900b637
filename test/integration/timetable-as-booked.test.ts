/**
 * The timetable follows the programme once it is booked: a session moved after booking (here, a decline settled by
 * moving it) shows at its new time on the page, not where the proposal first put it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERBS } from '../../src/cards/shared/verbs.js';
import { clockTime } from '../../src/domain/shared/index.js';
import { startBotHarness, type BotHarness } from '../support/bot-harness.js';
import { addEveryone, everyoneAs, installEveryone } from '../support/demo-everyone.js';
import { parse } from 'yaml';
import { alex as demoAlex, DEMO } from '../support/demo-people.js';
import { askForPlan } from '../support/proposals.js';
import { actionsOf, cardOf, cardText, inputsOf } from '../support/teams-client.js';

const alex = everyoneAs(demoAlex.email);
const ROOMIER = ['finance', 'la-commissioners', 'health-commissioners', 'send-board', 'early-identification', 'social-care'];

describe('the timetable after a change to what is booked', () => {
  let h: BotHarness;
  const timetable = async (): Promise<string> => {
    const text = (await h.client.say(alex, 'timetable')).map((r) => r.activity.text ?? '').join('\n');
    const link = /\]\((http[^)]+)\)/.exec(text)![1]!;
    return (await fetch(link)).text();
  };

  beforeAll(async () => {
    h = await startBotHarness([], { TICK_SECONDS: '0' }, { now: () => '2026-01-20T09:00:00.000Z' });
    addEveryone(h);
    await installEveryone(h.client);
    // The demo's programme is full (every band's streams taken): with six sessions fewer, there is room to move one.
    const file = parse(DEMO) as { onSite: { sessions: { id: string }[] } };
    file.onSite.sessions = file.onSite.sessions.filter((s) => !ROOMIER.includes(s.id));
    await h.client.say(alex, `import ${JSON.stringify(file)}`);
    const plan = await askForPlan(h, alex, 'schedule on-site');
    await h.client.press(alex, plan.activity.activityId, VERBS.confirmProposal, { proposalId: plan.proposalId });
    await h.convene.idle();
  }, 120_000);
  afterAll(async () => h?.close());

  it('shows a session moved after booking at its new time', async () => {
    const review = (await h.convene.store.reviews.latest())!;
    const at = (iso: string) => clockTime(iso, review.review.timeZone);
    const before = await timetable();
    const peers = new Set(review.review.peers.map((p) => p.email));
    // Declined in turn until a session has another time that keeps the programme: the first one offered is taken.
    for (const booking of await h.convene.store.bookings.forReview(review.id)) {
      const attendee = booking.attendees.find((e) => !peers.has(e));
      if (booking.kind === 'caseReview' || !attendee) continue;
      const invitation = (await h.convene.store.invitations.forBookings([booking.id])).find((i) => i.email === attendee)!;
      const start = h.connector.recorded.length;
      await h.client.press(everyoneAs(attendee), invitation.cardActivityId!, VERBS.answerInvitation, { invitationId: invitation.id, answer: 'declined', view: 'invite' });
      await h.convene.idle();
      const card = h.connector.recorded.slice(start).find((r) => r.activity.recipient?.id === alex.id && /^Declined: /m.test(cardText(cardOf(r))));
      const move = card && actionsOf(cardOf(card)).find((a) => a.title === 'Move it to this time');
      if (!card || !move) continue;
      expect(before).toContain(at(booking.start));
      const chosen = inputsOf(cardOf(card)).alternative!;
      await h.client.press(alex, card.activityId, move.verb, { ...inputsOf(cardOf(card)), ...move.data });
      await h.convene.idle();
      const moved = (await h.convene.store.bookings.get(booking.id))!;
      expect(moved.start).toBe(new Date(chosen).toISOString());
      const after = await timetable();
      expect(after).not.toEqual(before);
      expect(after).toContain(at(moved.start));
      return;
    }
    throw new Error('no on-site session could be moved');
  });
});
