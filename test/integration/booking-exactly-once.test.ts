import { afterAll, describe, expect, it } from 'vitest';
import { VERBS } from '../../src/cards/shared/verbs.js';
import type { OpenedStore } from '../../src/store/open-store.js';
import { startBotHarness, type BotHarness } from '../support/bot-harness.js';
import { DATABASES } from '../support/databases.js';
import { addEveryone, everyoneAs, installEveryone } from '../support/demo-everyone.js';
import { alex as demoAlex } from '../support/demo-people.js';
import { askForPlan, inviteCardsSent } from '../support/proposals.js';
import { cardOf, cardText } from '../support/teams-client.js';

const alex = everyoneAs(demoAlex.email);
const DEMO_ENV = { DEMO_REVIEW: 'examples/shropshire-2026.yaml', TICK_SECONDS: '0' };

/** What must hold after any number of Confirms: every event once, every invitation's card once, the proposal booked. */
const expectBookedExactlyOnce = async (h: BotHarness, proposalId: string) => {
  const store = h.convene.store as OpenedStore;
  const bookings = await store.bookings.forProposal(proposalId);
  expect(bookings.length).toBeGreaterThan(30);
  expect(bookings.every((b) => b.status === 'booked')).toBe(true);
  const events = await store.db.selectFrom('local_events').select(['id', 'transaction_id']).execute();
  expect(events).toHaveLength(bookings.length);
  expect(new Set(bookings.map((b) => b.eventId)).size).toBe(bookings.length);
  const invitations = await store.invitations.forBookings(bookings.map((b) => b.id));
  expect(invitations.length).toBeGreaterThan(100);
  const cards = inviteCardsSent(h.connector.recorded);
  expect(cards.sort()).toEqual(invitations.map((i) => i.id).sort());
  expect((await store.proposals.get(proposalId))?.status).toBe('booked');
  const status = cardText(cardOf((await h.client.say(alex, 'status')).at(-1)!));
  expect(status).toMatch(new RegExp(`${bookings.length} sessions booked; 0 of ${invitations.length} invitations answered\\.`));
  expect(status).not.toMatch(/finish booking/);
  return { bookings, invitations };
};

describe('twenty Confirms at the same instant', () => {
  const harnesses: BotHarness[] = [];
  afterAll(async () => {
    for (const h of harnesses.reverse()) await h.close();
  });

  it('one bot: one booking run, each event once, each invite card once; the others are told it is under way', async () => {
    const h = await startBotHarness([], DEMO_ENV);
    harnesses.push(h);
    addEveryone(h);
    await installEveryone(h.client);
    const { activity, proposalId } = await askForPlan(h, alex, 'schedule on-site');

    const responses = await Promise.all(
      Array.from({ length: 20 }, () => h.client.press(alex, activity.activityId, VERBS.confirmProposal, { proposalId })),
    );
    await h.convene.idle();

    const cards = responses.filter((r) => r.body.type === 'application/vnd.microsoft.card.adaptive');
    expect(cards).toHaveLength(1);
    expect(cardText(cards[0]!.body.value)).toMatch(/Booked 0 of \d+ [a-z ]+…/);
    const others = responses.filter((r) => r !== cards[0]);
    expect(others.every((r) => /being booked now|booked already/.test(r.body.value))).toBe(true);
    const { invitations } = await expectBookedExactlyOnce(h, proposalId);
    expect(invitations).toHaveLength(140);
  });

  it('two bot instances on one PostgreSQL: still one run between them', async () => {
    const database = await DATABASES.find((d) => d.name === 'postgres')!.create();
    const env = { ...DEMO_ENV, DATABASE_URL: database.options.databaseUrl! };
    const first = await startBotHarness([], env);
    const second = await startBotHarness([], env, {}, first.connector);
    harnesses.push(first, second);
    addEveryone(first);
    await installEveryone(first.client);
    const { activity, proposalId } = await askForPlan(first, alex, 'schedule on-site');

    const press = (h: BotHarness) => h.client.press(alex, activity.activityId, VERBS.confirmProposal, { proposalId });
    const responses = await Promise.all(Array.from({ length: 20 }, (_, n) => press(n % 2 === 0 ? first : second)));
    await Promise.all([first.convene.idle(), second.convene.idle()]);

    expect(responses.filter((r) => r.body.type === 'application/vnd.microsoft.card.adaptive')).toHaveLength(1);
    await expectBookedExactlyOnce(first, proposalId);
    await second.close();
    await first.close();
    harnesses.length = 0;
    await database.drop();
  });
});
