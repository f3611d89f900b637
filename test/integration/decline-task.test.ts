/**
 * A decline is a task for the project team, through the bot's endpoint on the demo's case reviews: the team's card
 * offers other times that move nothing else, someone in a declining peer's place, keeping the session without them, or
 * cancelling it; one click applies the choice, and the decliner's card shows what was decided.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERBS } from '../../src/cards/shared/verbs.js';
import { fileBusy, isFree } from '../../src/domain/shared/index.js';
import type { Booking, Invitation } from '../../src/services/ports/index.js';
import type { Recorded, TeamsUser } from '../support/connector-server.js';
import { startBotHarness, type BotHarness } from '../support/bot-harness.js';
import { addEveryone, everyoneAs, installEveryone } from '../support/demo-everyone.js';
import { alex as demoAlex } from '../support/demo-people.js';
import { askForPlan } from '../support/proposals.js';
import { actionsOf, cardOf, cardText, inputsOf } from '../support/teams-client.js';

const alex = everyoneAs(demoAlex.email);
const SAM = everyoneAs('sam.lindqvist@shropshire.example');
const PRIYA = everyoneAs('priya.nandra@shropshire.example');

describe('a decline as a task for the project team', () => {
  let h: BotHarness;
  let reviewId: string;
  const bookingOf = async (sessionId: string): Promise<Booking> => (await h.convene.store.bookings.forReview(reviewId)).find((b) => b.sessionId === sessionId)!;
  const invitationOf = async (sessionId: string, email: string): Promise<Invitation> => {
    const booking = await bookingOf(sessionId);
    return (await h.convene.store.invitations.forBookings([booking.id])).find((i) => i.email === email)!;
  };
  const decline = async (who: TeamsUser, sessionId: string, reason: string): Promise<Recorded> => {
    const invitation = await invitationOf(sessionId, who.email);
    const before = h.connector.recorded.length;
    await h.client.press(who, invitation.cardActivityId!, VERBS.answerInvitation, { invitationId: invitation.id, answer: 'declined', [`reason-${invitation.id}`]: reason, view: 'invite' });
    await h.convene.idle();
    const member = who.id === alex.id ? PRIYA : alex;
    const card = h.connector.recorded.slice(before).find((r) => r.activity.recipient?.id === member.id && /^Declined: /m.test(cardText(cardOf(r))));
    if (!card) throw new Error('no decline card for the project team');
    return card;
  };
  const choose = (card: Recorded, title: RegExp) => {
    const action = actionsOf(cardOf(card)).find((a) => title.test(a.title))!;
    const member = card.activity.recipient?.id === PRIYA.id ? PRIYA : alex;
    return h.client.press(member, card.activityId, action.verb, { ...inputsOf(cardOf(card)), ...action.data });
  };

  beforeAll(async () => {
    // The week before the demo's case reviews: other times are offered from now on.
    h = await startBotHarness([], { DEMO_REVIEW: 'examples/shropshire-2026.yaml', TICK_SECONDS: '0' }, { now: () => '2026-01-07T09:00:00.000Z' });
    addEveryone(h);
    await installEveryone(h.client);
    const plan = await askForPlan(h, alex, 'schedule case reviews');
    await h.client.press(alex, plan.activity.activityId, VERBS.confirmProposal, { proposalId: plan.proposalId });
    await h.convene.idle();
    reviewId = (await h.convene.store.reviews.latest())!.id;
  }, 90_000);
  afterAll(async () => h?.close());

  it('offers other times with everyone free, the same day first, and a way to keep or cancel it', async () => {
    const card = await decline(SAM, 'C02', 'A tribunal hearing');
    const text = cardText(cardOf(card));
    expect(text).toMatch(/Declined: Case review C02\nWho: Sam Lindqvist\nWhen: Wed 14 Jan, 11:00–12:00 \(UK time\)\nReason: A tribunal hearing/);
    expect(text).toMatch(/Another time \(nothing else moves\)/);
    // The same day first: the choices' titles are what the radio buttons show.
    const times = JSON.stringify(cardOf(card)).match(/"title":"\w{3} \d+ Jan, [^"]+ \(everyone free\)"/g) ?? [];
    expect(times.length).toBeGreaterThan(0);
    expect(times[0]).toMatch(/Wed 14 Jan/);
    // Sam is a case worker: no one in the file stands in for him.
    expect(text).toMatch(/No one else in the review can take Sam Lindqvist’s place: keep the session without them, or cancel it\./);
    expect(actionsOf(cardOf(card)).map((a) => a.title)).toEqual(['Move it to this time', 'Keep it without Sam Lindqvist', 'Cancel the session']);
  });

  it('moves the session on one click: nothing else moves, and everyone in it is asked again', async () => {
    const card = h.connector.recorded.filter((r) => r.activity.recipient?.id === alex.id && /^Declined: Case review C02/m.test(cardText(cardOf(r)))).at(-1)!;
    const others = (await h.convene.store.bookings.forReview(reviewId)).filter((b) => b.sessionId !== 'C02').map((b) => [b.sessionId, b.start]);
    const at = inputsOf(cardOf(card)).alternative!;
    const pressed = await choose(card, /^Move it/);
    expect(cardText(pressed.body.value)).toMatch(/Sam Lindqvist declined Case review C02\. 1 change\./);
    expect(cardText(pressed.body.value)).toMatch(/Will move \(1\)/);
    await h.convene.idle();
    const moved = await bookingOf('C02');
    expect(moved.start).toBe(new Date(at).toISOString());
    expect((await h.convene.store.bookings.forReview(reviewId)).filter((b) => b.sessionId !== 'C02').map((b) => [b.sessionId, b.start])).toEqual(others);
    const answers = (await h.convene.store.invitations.forBookings([moved.id])).map((i) => [i.email, i.rsvp, i.movedFrom?.start]);
    expect(answers).toEqual(moved.attendees.map((email) => [email, 'pending', '2026-01-14T11:00:00.000Z']).sort());
    const redrawn = h.connector.recorded.filter((r) => r.kind === 'update' && cardText(cardOf(r)).includes('This session has moved. Can you attend at the new time?'));
    expect(redrawn.length).toBe(2);
    const done = h.connector.recorded.filter((r) => r.kind === 'update' && r.activity.id === card.activityId).at(-1)!;
    expect(cardText(cardOf(done))).toMatch(/Applied 1 of 1 changes\. All in the calendar\./);
  });

  it('a second click changes nothing more, and says why', async () => {
    const card = h.connector.recorded.filter((r) => r.activity.recipient?.id === alex.id && /^Declined: Case review C02/m.test(cardText(cardOf(r)))).at(-1)!;
    const before = (await bookingOf('C02')).start;
    const again = await choose(card, /^Cancel the session/);
    expect(again.body.value).toMatch(/Sam Lindqvist is no longer declining this session/);
    expect((await bookingOf('C02')).status).toBe('booked');
    expect((await bookingOf('C02')).start).toBe(before);
  });

  it('tells the project team again when the new time is declined too', async () => {
    const card = await decline(SAM, 'C02', 'Still at the tribunal');
    expect(cardText(cardOf(card))).toMatch(/Reason: Still at the tribunal/);
  });

  it('replaces a declining case reviewer with one who is free, telling only the two of them', async () => {
    // A call at a time when another case reviewer is in no call and free by the file: they can take it.
    const review = (await h.convene.store.reviews.latest())!.review;
    const reviewers = review.peers.filter((p) => p.role === 'caseReviewer').map((p) => p.email);
    const all = await h.convene.store.bookings.forReview(reviewId);
    const freeThen = (b: Booking) =>
      reviewers.filter((r) => !all.some((o) => o.attendees.includes(r) && o.start < b.end && b.start < o.end) && isFree(b, fileBusy(review).get(r)));
    const booking = all.find((b) => !['C01', 'C02', 'C04', 'C06'].includes(b.sessionId) && freeThen(b).length > 0)!;
    const reviewer = booking.attendees.find((e) => e.endsWith('@peers.example'))!;
    const caseWorker = booking.attendees.find((e) => e !== reviewer)!;
    const card = await decline(everyoneAs(reviewer), booking.sessionId, 'Off sick');
    const offered = inputsOf(cardOf(card)).replacement!;
    expect(freeThen(booking)).toContain(offered);
    await choose(card, /^Replace with them/);
    await h.convene.idle();
    const after = await bookingOf(booking.sessionId);
    expect(after.start).toBe(booking.start);
    expect(after.attendees.sort()).toEqual([...booking.attendees.filter((e) => e !== reviewer), offered].sort());
    const gone = h.connector.recorded.filter((r) => r.kind === 'update' && r.activity.recipient?.id === everyoneAs(reviewer).id && cardText(cardOf(r)).includes('You are no longer needed at this session.'));
    expect(gone).toHaveLength(1);
    // The case worker's answer stands: only people changed, not the time.
    expect((await invitationOf(booking.sessionId, caseWorker)).movedFrom).toBeUndefined();
  });

  it('keeps a session without the decliner, or cancels it, on one click each', async () => {
    const kept = await decline(SAM, 'C04', 'On leave');
    await choose(kept, /^Keep it without/);
    await h.convene.idle();
    expect((await bookingOf('C04')).attendees).not.toContain(SAM.email);
    const c01 = await decline(alex, 'C01', 'Clash');
    await choose(c01, /^Cancel the session/);
    await h.convene.idle();
    expect((await h.convene.store.bookings.forReview(reviewId)).map((b) => b.sessionId)).not.toContain('C01');
    expect(h.connector.recorded.filter((r) => r.kind === 'update' && cardText(cardOf(r)).includes('This session was cancelled.')).length).toBeGreaterThanOrEqual(1);
  });

  it('refuses someone outside the project team, changing nothing', async () => {
    const card = await decline(everyoneAs('kemi.adeyemo@shropshire.example'), 'C06', 'Away');
    const morgan = everyoneAs('morgan.hale@peers.example');
    const action = actionsOf(cardOf(card)).find((a) => /^Cancel/.test(a.title))!;
    const forged = await h.client.press(morgan, card.activityId, action.verb, action.data);
    expect(forged.body.value).toMatch(/only .*project team/i);
    expect((await h.convene.store.bookings.forReview(reviewId)).map((b) => b.sessionId)).toContain('C06');
  });
});
