import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERBS } from '../../src/cards/shared/verbs.js';
import type { OpenedStore } from '../../src/store/open-store.js';
import { startBotHarness, type BotHarness } from '../support/bot-harness.js';
import { addEveryone, everyoneAs, installEveryone } from '../support/demo-everyone.js';
import { alex as demoAlex, DEMO } from '../support/demo-people.js';
import { askForPlan, inviteCardsSent } from '../support/proposals.js';
import { cardOf, cardText } from '../support/teams-client.js';

const alex = everyoneAs(demoAlex.email);

/** The bot on the demo review, with everyone known to Teams and, if asked, everyone's chat installed. */
const demoBot = async (installed: boolean): Promise<BotHarness> => {
  const h = await startBotHarness([], { DEMO_REVIEW: 'examples/shropshire-2026.yaml', TICK_SECONDS: '0' });
  addEveryone(h);
  if (installed) await installEveryone(h.client);
  return h;
};

describe('Confirm on the card of an earlier revision of the review', () => {
  let h: BotHarness;
  beforeAll(async () => (h = await demoBot(true)));
  afterAll(async () => h?.close());

  it('is refused with what to do instead, and books and sends nothing; the new revision then places every case', async () => {
    const store = h.convene.store as OpenedStore;
    const old = await askForPlan(h, alex, 'schedule case reviews');
    const imported = await h.client.say(alex, `import\n${DEMO}`);
    expect(imported.map((r) => r.activity.text).join('\n')).toMatch(/^Imported revision 2 of \*\*Shropshire SEND Peer Challenge 2026\*\*/);

    const before = h.connector.recorded.length;
    const refused = await h.client.press(alex, old.activity.activityId, VERBS.confirmProposal, { proposalId: old.proposalId });
    await h.convene.idle();
    expect(refused.body.value).toBe(
      'This plan is for an earlier revision of the review, so nothing was booked. Send **schedule case reviews** again for a new one.',
    );
    expect(h.connector.recorded.slice(before)).toEqual([]);
    expect(await store.db.selectFrom('bookings').select('id').execute()).toEqual([]);
    expect(await store.db.selectFrom('local_events').select('id').execute()).toEqual([]);
    expect((await store.proposals.get(old.proposalId))?.status).toBe('proposed');

    const fresh = await askForPlan(h, alex, 'schedule case reviews');
    expect(cardText(cardOf(fresh.activity))).toMatch(/16 of 16 cases placed/);
    await h.client.press(alex, fresh.activity.activityId, VERBS.confirmProposal, { proposalId: fresh.proposalId });
    await h.convene.idle();
    const bookings = await store.bookings.forProposal(fresh.proposalId);
    expect(bookings.filter((b) => b.status === 'booked')).toHaveLength(16);
    expect(inviteCardsSent(h.connector.recorded)).toHaveLength(32);
  });
});

describe('buttons and invokes Convene does not know', () => {
  let h: BotHarness;
  beforeAll(async () => (h = await demoBot(false)));
  afterAll(async () => h?.close());

  it.each([
    ['an unknown verb', { action: { type: 'Action.Execute', verb: 'proposal.explode', data: {} } }],
    ['an empty verb', { action: { type: 'Action.Execute', verb: '', data: {} } }],
    ['no action', {}],
    ['a null value', null],
    ['an array value', [1, 2, 3]],
  ])('answers a card action with %s with a card saying nothing was changed', async (_what, value) => {
    const response = await h.client.invoke(alex, 'adaptiveCard/action', value);
    expect(response.status).toBe(200);
    expect(response.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardText(response.body.value)).toBe(
      'Nothing was changed\nThis button is not one Convene knows, so it did nothing. Send **help** to see what you can do, or ask for the card again.',
    );
  });

  it('answers an invoke of a kind it does not handle with 400 and a reason', async () => {
    const response = await h.client.invoke(alex, 'composeExtension/query', { commandId: 'x' });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: 'Convene does not handle this invoke.' });
  });
});

describe('Teams refusing to update the progress card', () => {
  let h: BotHarness;
  beforeAll(async () => (h = await demoBot(true)));
  afterAll(async () => h?.close());

  it('books all the same, and posts no "Sorry, nothing was changed" into the chat', async () => {
    const plan = await askForPlan(h, alex, 'schedule case reviews');
    let updates = 0;
    h.connector.intercept = (kind) => (kind === 'update' && ++updates === 1 ? 'fail' : undefined);
    const before = h.connector.recorded.length;
    await h.client.press(alex, plan.activity.activityId, VERBS.confirmProposal, { proposalId: plan.proposalId });
    await h.convene.idle();
    h.connector.intercept = undefined;

    expect(updates).toBeGreaterThan(1);
    const store = h.convene.store;
    expect((await store.proposals.get(plan.proposalId))?.status).toBe('booked');
    const texts = h.connector.recorded.slice(before).map((r) => r.activity.text ?? '');
    expect(texts.filter((t) => /Sorry/.test(t))).toEqual([]);
    expect(inviteCardsSent(h.connector.recorded.slice(before))).toHaveLength(32);
  });
});
