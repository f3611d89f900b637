/**
 * One change from chat, through the bot's endpoint on the demo's booked case reviews and on-site week: `cancel` and
 * `move` a session named by its id or a part of its title, and `add` one written as in the review file. Each is a
 * changes card to confirm, applied as any change is, and only by the project team.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERBS } from '../../src/cards/shared/verbs.js';
import type { Booking } from '../../src/services/ports/index.js';
import { startBotHarness, type BotHarness } from '../support/bot-harness.js';
import type { Recorded } from '../support/connector-server.js';
import { addEveryone, everyoneAs, installEveryone } from '../support/demo-everyone.js';
import { alex as demoAlex } from '../support/demo-people.js';
import { askForPlan } from '../support/proposals.js';
import { actionsOf, cardOf, cardText, inputsOf } from '../support/teams-client.js';

const alex = everyoneAs(demoAlex.email);
const morgan = everyoneAs('morgan.hale@peers.example');
const SAM = 'sam.lindqvist@shropshire.example';
const C17 = `add { id: C17, caseWorker: ${SAM}, categories: [inHospital] }`;

describe('one change from chat: cancel, move and add', () => {
  let h: BotHarness;
  let reviewId: string;
  const bookings = async () => h.convene.store.bookings.forReview(reviewId);
  const bookingOf = async (sessionId: string): Promise<Booking | undefined> => (await bookings()).find((b) => b.sessionId === sessionId);
  const textOf = (replies: Recorded[]) => replies.map((r) => r.activity.text ?? cardText(cardOf(r))).join('\n');
  const cardReply = (replies: Recorded[]) => replies.find((r) => cardOf(r))!;
  const confirm = async (card: Recorded) => {
    const action = actionsOf(cardOf(card)).find((a) => a.verb === VERBS.confirmProposal)!;
    const pressed = await h.client.press(alex, card.activityId, action.verb, action.data);
    await h.convene.idle();
    return pressed;
  };
  const book = async (command: string) => {
    const plan = await askForPlan(h, alex, command);
    await h.client.press(alex, plan.activity.activityId, VERBS.confirmProposal, { proposalId: plan.proposalId });
    await h.convene.idle();
  };

  beforeAll(async () => {
    // The week before the demo's case reviews: other times are offered from now on.
    h = await startBotHarness([], { DEMO_REVIEW: 'examples/shropshire-2026.yaml', TICK_SECONDS: '0' }, { now: () => '2026-01-07T09:00:00.000Z' });
    addEveryone(h);
    await installEveryone(h.client);
    await book('schedule case reviews');
    await book('schedule on-site');
    reviewId = (await h.convene.store.reviews.latest())!.id;
  }, 120_000);
  afterAll(async () => h?.close());

  it('refuses someone outside the project team, as the other team commands do, storing nothing', async () => {
    for (const command of ['cancel C03', 'move C03', C17]) {
      expect(textOf(await h.client.say(morgan, command))).toMatch(/^Sorry, only the project team of Shropshire SEND Peer Challenge 2026 can change the booked programme\./);
    }
    expect((await h.convene.store.reviews.latest())!.revision).toBe(1);
    expect((await bookingOf('C03'))?.status).toBe('booked');
  });

  it('lists the sessions a part of a title matches, and says how to name one that none does', async () => {
    const many = textOf(await h.client.say(alex, 'cancel focus group'));
    expect(many).toMatch(/^\d+ booked sessions of Shropshire SEND Peer Challenge 2026 have "focus group" in their title: name one by its id, or by more of its title\. Times are UK time\./);
    expect(many).toMatch(/\n- parents: Focus group with parent carers, \w{3} \d+ Feb \d\d:\d\d–\d\d:\d\d/);
    const none = textOf(await h.client.say(alex, 'move C99'));
    expect(none).toMatch(/No booked session of Shropshire SEND Peer Challenge 2026 has the id "C99" or it in its title\. Name it by its id \(\*\*move C03\*\*/);
  });

  it('cancel by id: a changes card, nothing cancelled until Confirm, which cancels it and redraws its invitees’ cards', async () => {
    const card = cardReply(await h.client.say(alex, 'cancel c03'));
    const text = cardText(cardOf(card));
    expect(text).toMatch(/Alex Rowan asked to cancel Case review C03\. 1 change\. Times are UK time\./);
    expect(text).toMatch(/Will be cancelled \(1\)\n- \*\*Case review C03\*\*, Wed 14 Jan \d\d:\d\d–\d\d:\d\d\./);
    expect(actionsOf(cardOf(card)).map((a) => a.title)).toEqual(['Confirm 1 change', 'Cancel']);
    const c03 = (await bookingOf('C03'))!;
    const before = h.connector.recorded.length;
    await confirm(card);
    expect((await h.convene.store.bookings.get(c03.id))?.status).toBe('cancelled');
    const redrawn = h.connector.recorded.slice(before).filter((r) => r.kind === 'update' && cardText(cardOf(r)).includes('This session was cancelled.'));
    expect(redrawn).toHaveLength(c03.attendees.length);
    const progress = h.connector.recorded.filter((r) => r.kind === 'update' && r.activity.id === card.activityId).at(-1)!;
    expect(cardText(cardOf(progress))).toMatch(/Applied 1 of 1 changes\. All in the calendar\./);
  });

  it('cancel by a part of its title: the card names it, and its Cancel leaves the session booked', async () => {
    const card = cardReply(await h.client.say(alex, 'cancel head of CAMHS'));
    expect(cardText(cardOf(card))).toMatch(/Alex Rowan asked to cancel Head of CAMHS\. 1 change\./);
    const cancel = actionsOf(cardOf(card)).find((a) => a.verb === VERBS.cancelProposal)!;
    await h.client.press(alex, card.activityId, cancel.verb, cancel.data);
    await h.convene.idle();
    expect((await bookingOf('camhs'))?.status).toBe('booked');
  });

  it('move: the other times, one proposed, then Confirm moves it alone and asks everyone in it again', async () => {
    const c02 = (await bookingOf('C02'))!;
    const others = (await bookings()).filter((b) => b.sessionId !== 'C02').map((b) => [b.sessionId, b.start]);
    const card = cardReply(await h.client.say(alex, 'move C02'));
    expect(cardText(cardOf(card))).toMatch(/^Shropshire SEND Peer Challenge 2026\nMove: Case review C02\nNow: Wed 14 Jan, 11:00–12:00 \(UK time\)/);
    const times = JSON.stringify(cardOf(card)).match(/"title":"\w{3} \d+ Jan, [^"]+ \(everyone free\)"/g) ?? [];
    expect(times.length).toBeGreaterThan(0);
    expect(actionsOf(cardOf(card)).map((a) => a.title)).toEqual(['Propose this time']);
    const at = inputsOf(cardOf(card)).alternative!;
    const action = actionsOf(cardOf(card))[0]!;
    const proposed = await h.client.press(alex, card.activityId, action.verb, { ...inputsOf(cardOf(card)), ...action.data });
    const proposal = cardText(proposed.body.value);
    expect(proposal).toMatch(/Alex Rowan asked to move Case review C02\. 1 change\./);
    expect(proposal).toMatch(/Will move \(1\)\n- \*\*Case review C02\*\*: Wed 14 Jan 11:00–12:00 → /);
    expect((await bookingOf('C02'))!.start).toBe(c02.start);
    const before = h.connector.recorded.length;
    const confirmAction = actionsOf(proposed.body.value).find((a) => a.verb === VERBS.confirmProposal)!;
    await h.client.press(alex, card.activityId, confirmAction.verb, confirmAction.data);
    await h.convene.idle();
    const moved = (await bookingOf('C02'))!;
    expect(moved.start).toBe(new Date(at).toISOString());
    expect((await bookings()).filter((b) => b.sessionId !== 'C02').map((b) => [b.sessionId, b.start])).toEqual(others);
    const answers = (await h.convene.store.invitations.forBookings([moved.id])).map((i) => [i.email, i.rsvp, i.movedFrom?.start]);
    expect(answers).toEqual(moved.attendees.map((email) => [email, 'pending', c02.start]).sort());
    const redrawn = h.connector.recorded.slice(before).filter((r) => r.kind === 'update' && cardText(cardOf(r)).includes('This session has moved. Can you attend at the new time?'));
    expect(redrawn).toHaveLength(moved.attendees.length);
  });

  it('Propose this time pressed twice makes two proposals, of which only the first confirmed applies', async () => {
    const card = cardReply(await h.client.say(alex, 'move C04'));
    const action = actionsOf(cardOf(card))[0]!;
    const data = { ...inputsOf(cardOf(card)), ...action.data };
    const first = await h.client.press(alex, card.activityId, action.verb, data);
    const second = await h.client.press(alex, card.activityId, action.verb, data);
    const confirmOf = (pressed: typeof first) => actionsOf(pressed.body.value).find((a) => a.verb === VERBS.confirmProposal)!;
    await h.client.press(alex, card.activityId, VERBS.confirmProposal, confirmOf(first).data);
    await h.convene.idle();
    const moved = (await bookingOf('C04'))!;
    expect(moved.start).toBe(new Date(String(data.alternative)).toISOString());
    const again = await h.client.press(alex, card.activityId, VERBS.confirmProposal, confirmOf(second).data);
    expect(again.body.value).toMatch(/What is booked has changed since this card was made \(Case review C04\), so nothing was changed\./);
    await h.convene.idle();
    expect((await bookingOf('C04'))!.start).toBe(moved.start);
    // The card's time is where C04 is now: no longer another time for it, so it is refused when pressed again.
    const stale = await h.client.press(alex, card.activityId, action.verb, data);
    expect(stale.body.value).toMatch(/That time is no longer free for everyone in Case review C04, or no longer keeps the rest of the programme where it is, so nothing was proposed\. Send \*\*move C04\*\* again/);
  });

  it('refuses every change while a booking or another change of the review has not finished', async () => {
    const card = cardReply(await h.client.say(alex, 'cancel C05'));
    const proposalId = String(actionsOf(cardOf(card)).find((a) => a.verb === VERBS.confirmProposal)!.data.proposalId);
    // Claimed and not run: a booking cut off half-way.
    expect(await h.convene.store.claims.claim(proposalId, [])).toBe('claimed');
    for (const command of ['cancel C06', 'move C06', C17]) expect(textOf(await h.client.say(alex, command))).toMatch(/has not finished\. Send \*\*finish booking\*\* first/);
    await h.convene.store.proposals.transition(proposalId, ['booking'], 'cancelled');
    expect((await bookingOf('C05'))?.status).toBe('booked');
  });

  it('add: a session the file would refuse is refused with the file’s problems, nothing stored', async () => {
    const reply = textOf(await h.client.say(alex, 'add { id: C01, caseWorker: bob }'));
    expect(reply).toMatch(/^The case has 2 problems; nothing was added\.\n\n- id: "C01" is used by another case: case ids must be unique\n- caseWorker: "bob" is not an email address$/);
    expect((await h.convene.store.reviews.latest())!.revision).toBe(1);
  });

  it('add: a valid case is the next revision, placed around what is booked; Confirm books it and invites its people', async () => {
    const before = h.connector.recorded.length;
    const plan = await askForPlan(h, alex, C17);
    expect(textOf(h.connector.recorded.slice(before))).toMatch(/Added C17: this is revision 2 of Shropshire SEND Peer Challenge 2026\. The review in Convene now has C17; add it to your file too, or the next import will remove it\./);
    const stored = (await h.convene.store.reviews.latest())!;
    expect(stored.revision).toBe(2);
    expect(stored.review.caseReviews!.cases.at(-1)).toEqual({ id: 'C17', caseWorker: SAM, categories: ['inHospital'] });
    const text = cardText(cardOf(plan.activity));
    expect(text).toMatch(/What revision 2 of the file changes in what is booked: 1 change\./);
    expect(text).toMatch(/Will be booked \(1\)\n- \*\*Case review C17\*\*, \w{3} \d+ Jan \d\d:\d\d–\d\d:\d\d, with /);
    const others = (await bookings()).map((b) => [b.sessionId, b.start]);
    await h.client.press(alex, plan.activity.activityId, VERBS.confirmProposal, { proposalId: plan.proposalId });
    await h.convene.idle();
    const c17 = (await bookingOf('C17'))!;
    expect(c17.status).toBe('booked');
    expect(c17.attendees).toContain(SAM);
    expect((await bookings()).filter((b) => b.sessionId !== 'C17').map((b) => [b.sessionId, b.start])).toEqual(others);
    const invitations = await h.convene.store.invitations.forBookings([c17.id]);
    expect(invitations.map((i) => [i.email, i.rsvp]).sort()).toEqual(c17.attendees.map((e) => [e, 'pending']).sort());
    expect(invitations.every((i) => i.cardSentAt)).toBe(true);
  });
});
