/**
 * A held import's third answer, through the bot's endpoint on the demo review with the local calendar: the demo's 16
 * case reviews are booked, a different review is imported, and "Import it and cancel" imports it once however often
 * it is pressed, cancels every booked session in the calendar as one changes proposal whose card shows the progress,
 * and redraws every invitee's invite card as cancelled. Presses by anyone but the importer change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERBS } from '../../src/cards/shared/verbs.js';
import type { Booking, Invitation } from '../../src/services/ports/index.js';
import type { OpenedStore } from '../../src/store/open-store.js';
import { startBotHarness, type BotHarness } from '../support/bot-harness.js';
import type { Recorded } from '../support/connector-server.js';
import { addEveryone, everyoneAs, installEveryone } from '../support/demo-everyone.js';
import { alex as demoAlex, DEMO } from '../support/demo-people.js';
import { askForPlan } from '../support/proposals.js';
import { actionsOf, cardOf, cardText } from '../support/teams-client.js';
import { waitFor } from '../support/wait-for.js';

const alex = everyoneAs(demoAlex.email);
const priya = everyoneAs('priya.nandra@shropshire.example');
const morgan = everyoneAs('morgan.hale@peers.example');
const THIS_YEAR = 'Shropshire SEND Peer Challenge 2026';
const NEXT_YEAR_NAME = 'Shropshire SEND Peer Challenge 2027';
const NEXT_YEAR = DEMO.replace(`name: ${THIS_YEAR}`, `name: ${NEXT_YEAR_NAME}`);
const CANCEL_TITLE = 'Import it and cancel 16 sessions';
const textOf = (replies: Recorded[]) => replies.map((r) => r.activity.text ?? cardText(cardOf(r))).join('\n');

describe('importing a different review and cancelling the booked one', () => {
  let h: BotHarness;
  let store: OpenedStore;
  let reviewId: string;
  let booked: Booking[];
  let invitations: Invitation[];
  let held: Recorded;
  let cancel: { verb: string; data: Record<string, unknown> };
  let pressedAt = 0;

  const cancelledEvents = async () =>
    (await store.db.selectFrom('local_events').select('id').where('id', 'in', booked.map((b) => b.eventId!)).where('cancelled_at', 'is not', null).execute()).length;
  const nothingChanged = async () => {
    expect((await store.reviews.latest())!.review.name).toBe(THIS_YEAR);
    expect(await store.bookings.forReview(reviewId)).toHaveLength(16);
    expect(await cancelledEvents()).toBe(0);
    expect(await store.db.selectFrom('proposals').select('id').where('review_id', '=', reviewId).where('kind', '=', 'changes').execute()).toEqual([]);
  };

  beforeAll(async () => {
    h = await startBotHarness([], { DEMO_REVIEW: 'examples/shropshire-2026.yaml', TICK_SECONDS: '0' });
    store = h.convene.store as OpenedStore;
    addEveryone(h);
    await installEveryone(h.client);
    const plan = await askForPlan(h, alex, 'schedule case reviews');
    await h.client.press(alex, plan.activity.activityId, VERBS.confirmProposal, { proposalId: plan.proposalId });
    await h.convene.idle();
    reviewId = (await store.reviews.latest())!.id;
    booked = await store.bookings.forReview(reviewId);
    invitations = await store.invitations.forReview(reviewId);
  }, 120_000);
  afterAll(async () => h?.close());

  it('offers to import the file and cancel the booked review, saying what that does to its events', async () => {
    expect(booked.filter((b) => b.status === 'booked' && b.eventId)).toHaveLength(16);
    held = (await h.client.say(alex, `import\n${NEXT_YEAR}`))[0]!;
    const card = cardOf(held)!;
    expect(cardText(card)).toMatch(/\*\*Import it and cancel 16 sessions\*\*: the same, but every session of Shropshire SEND Peer Challenge 2026 booked now is cancelled, and everyone invited to it gets a cancellation/);
    expect(actionsOf(card).map((a) => a.title)).toEqual(['Import it', CANCEL_TITLE, "Don't import"]);
    expect(card.actions.find((a: { title: string }) => a.title === CANCEL_TITLE).style).toBe('destructive');
    cancel = actionsOf(card).find((a) => a.title === CANCEL_TITLE)!;
    expect(cancel.data).toEqual({ held: expect.any(String), reviewId });
  });

  it('refuses a press by someone off the project team, and by a project team member who did not send the file', async () => {
    const stranger = await h.client.press(morgan, held.activityId, cancel.verb, cancel.data);
    expect(cardText(stranger.body.value)).toBe(
      `Nothing was imported\nSorry, only the project team of ${THIS_YEAR} can cancel its sessions, so nothing was imported or cancelled. **Import it** imports the file and leaves them booked.`,
    );
    const colleague = await h.client.press(priya, held.activityId, cancel.verb, cancel.data);
    expect(cardText(colleague.body.value)).toMatch(/^Nothing was imported\nThis file was imported already, or is not one you sent/);
    await h.convene.idle();
    await nothingChanged();
  });

  it('imports the file on the first of two presses only, and cancels every booked session once', async () => {
    pressedAt = h.connector.recorded.length;
    const answers = await Promise.all([1, 2].map(() => h.client.press(alex, held.activityId, cancel.verb, cancel.data)));
    await h.convene.idle();
    // idle() waits for the messages due now; one put back for a moment (Teams' pace for one chat, or an earlier update
    // of the same card still on its way) it does not.
    const unsent = () => store.db.selectFrom('messages').select('key').where('state', 'in', ['queued', 'sending']).execute();
    await waitFor('every message to end', async () => ((await unsent()).length === 0 ? true : undefined));
    const texts = answers.map((a) => cardText(a.body.value));
    expect(texts.filter((t) => t.startsWith(`Imported ${NEXT_YEAR_NAME}\n`))).toEqual([
      expect.stringContaining(`${THIS_YEAR}'s 16 sessions are being cancelled; their invitees get a cancellation. The card below shows how far it has got. Chat now works on it`),
    ]);
    expect(texts.filter((t) => t.startsWith('Nothing was imported\nThis file was imported already'))).toHaveLength(1);

    expect((await store.reviews.latest())!.review.name).toBe(NEXT_YEAR_NAME);
    expect((await store.reviews.list()).map((r) => r.name).sort()).toEqual([THIS_YEAR, NEXT_YEAR_NAME]);
    expect(await cancelledEvents()).toBe(16);
    expect(await store.bookings.forReview(reviewId)).toEqual([]);
    expect(await Promise.all(booked.map(async (b) => (await store.bookings.get(b.id))?.status))).toEqual(booked.map(() => 'cancelled'));
    const proposals = await store.db.selectFrom('proposals').select(['id', 'status']).where('review_id', '=', reviewId).where('kind', '=', 'changes').execute();
    expect(proposals.map((p) => p.status)).toEqual(['booked']);
  });

  it('posts the cancelling as a changes card, which ends with the count', async () => {
    const since = h.connector.recorded.slice(pressedAt);
    const posted = since.filter((r) => r.kind !== 'update' && cardText(cardOf(r)).includes('Changes to the booked programme'));
    expect(posted).toHaveLength(1);
    expect(cardText(cardOf(posted[0]!))).toMatch(
      new RegExp(`${NEXT_YEAR_NAME} was imported in place of ${THIS_YEAR}, so its booked sessions are cancelled: 16 changes\\.[\\s\\S]*Will be cancelled \\(16\\)`),
    );
    const last = since.filter((r) => r.kind === 'update' && r.activityId === posted[0]!.activityId).at(-1)!;
    expect(cardText(cardOf(last))).toMatch(/Applied 16 of 16 changes\. All cancelled\./);
    expect(actionsOf(cardOf(last))).toEqual([]);
  });

  it("redraws every invitee's invite card as cancelled, once each", async () => {
    const carded = invitations.filter((i) => i.cardActivityId);
    expect(carded.length).toBeGreaterThan(16);
    const redrawn = h.connector.recorded
      .slice(pressedAt)
      .filter((r) => r.kind === 'update' && cardText(cardOf(r)).includes('This session was cancelled.'))
      .map((r) => r.activityId)
      .sort();
    expect(redrawn).toEqual(carded.map((i) => i.cardActivityId).sort());
  });

  it('shows nothing booked on the cancelled review', async () => {
    const listed = (await h.client.say(alex, 'reviews'))[0]!;
    expect(cardText(cardOf(listed))).toMatch(new RegExp(`${THIS_YEAR}\\nRevision 1, imported .*; 0 sessions booked`));
    const back = actionsOf(cardOf(listed)).find((a) => a.verb === VERBS.chooseReview)!;
    await h.client.press(alex, listed.activityId, back.verb, back.data);
    expect(textOf(await h.client.say(alex, 'status'))).toMatch(/^Shropshire SEND Peer Challenge 2026\n[\s\S]*0 sessions booked; 0 of 0 invitations answered\./);
  });
});
