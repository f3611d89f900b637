/**
 * kill -9 of the bot at several points of a Confirm of the demo's on-site programme (140 invitations), then a
 * restart on the same PostgreSQL and a second Confirm or **finish booking**: every event is in the calendar once,
 * every invite card reached Teams once, and the proposal card ends showing the booking's end.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { VERBS } from '../../src/cards/shared/verbs.js';
import { openStore, type OpenedStore } from '../../src/store/open-store.js';
import { startBotProcess, type BotProcess } from '../support/bot-process.js';
import { startConnectorServer, type ConnectorServer, type Recorded } from '../support/connector-server.js';
import { DATABASES, type FreshDatabase } from '../support/databases.js';
import { EVERYONE, everyoneAs, installEveryone } from '../support/demo-everyone.js';
import { alex as demoAlex } from '../support/demo-people.js';
import { inviteCardsSent } from '../support/proposals.js';
import { actionsOf, cardOf, cardText, TeamsClient } from '../support/teams-client.js';
import { waitFor } from '../support/wait-for.js';

const alex = everyoneAs(demoAlex.email);
/**
 * The killed bot's messages are its own until their lease ends; then the restarted bot's outbox sends them by
 * itself. Long enough that `status` and `schedule` below are read before that, short enough not to wait long.
 */
const LEASE_SECONDS = 20;

const isInviteCard = (activity: Record<string, any>) =>
  actionsOf(cardOf({ activity } as Recorded)).some((a) => a.verb === VERBS.answerInvitation);

interface World {
  database: FreshDatabase;
  connector: ConnectorServer;
  store: OpenedStore;
  bot?: BotProcess;
}

let world: World | undefined;
afterEach(async () => {
  await world?.bot?.kill();
  await world?.store.close();
  await world?.connector.close();
  await world?.database.drop();
  world = undefined;
});

const startBot = async (w: World) => {
  w.bot = await startBotProcess({
    DATABASE_URL: w.database.options.databaseUrl!,
    DEMO_REVIEW: 'examples/shropshire-2026.yaml',
    CALENDAR: 'local',
    OUTBOX_LEASE_SECONDS: String(LEASE_SECONDS),
  });
  return new TeamsClient(w.bot.url, w.connector);
};

/** Where the first bot dies: once Confirm has been answered, or when Teams is handed a given activity. */
type KillPoint = { afterConfirm: true } | { atUpdate: 1 } | { atInviteCard: number };

const crashAndResume = async (killPoint: KillPoint, resumeWith: 'confirm' | 'finish booking') => {
  const database = await DATABASES.find((d) => d.name === 'postgres')!.create();
  const connector = await startConnectorServer();
  EVERYONE.forEach((u) => connector.addUser(u));
  const w: World = { database, connector, store: undefined as unknown as OpenedStore };
  world = w;
  const client = await startBot(w);
  w.store = await openStore(database.options);
  await installEveryone(client);
  await client.say(alex, 'schedule on-site');
  const proposalCard = await waitFor('the proposal card', () =>
    connector.recorded.find((r) => actionsOf(cardOf(r)).some((a) => a.verb === VERBS.confirmProposal)),
  );
  const proposalId = String(actionsOf(cardOf(proposalCard)).find((a) => a.verb === VERBS.confirmProposal)!.data.proposalId);

  let cards = 0;
  let updates = 0;
  const first = w.bot!;
  connector.intercept = (kind, activity) => {
    const hit =
      ('atUpdate' in killPoint && kind === 'update' && ++updates === killPoint.atUpdate) ||
      ('atInviteCard' in killPoint && kind !== 'update' && isInviteCard(activity) && ++cards === killPoint.atInviteCard);
    if (!hit) return undefined;
    first.child.kill('SIGKILL');
    return 'drop';
  };
  const confirmed = await client.press(alex, proposalCard.activityId, VERBS.confirmProposal, { proposalId });
  expect(confirmed.status).toBe(200);
  if ('afterConfirm' in killPoint) first.child.kill('SIGKILL');
  expect(await first.exited).toBe('SIGKILL');
  connector.intercept = undefined;

  const written = await w.store.bookings.forProposal(proposalId);
  expect(await w.store.invitations.forBookings(written.map((b) => b.id))).toHaveLength(140);
  // The crash came where it was meant to.
  const eventsAtCrash = (await w.store.db.selectFrom('local_events').select('id').execute()).length;
  const cardsAtCrash = inviteCardsSent(connector.recorded).length;
  if ('atInviteCard' in killPoint) expect([eventsAtCrash, cardsAtCrash]).toEqual([written.length, killPoint.atInviteCard - 1]);
  if ('atUpdate' in killPoint) {
    expect(cardsAtCrash).toBe(0);
    expect(eventsAtCrash).toBeGreaterThan(0);
    expect(eventsAtCrash).toBeLessThan(written.length);
  }
  expect((await w.store.proposals.get(proposalId))?.status).toBe('booking');

  const again = await startBot(w);
  const status = cardText(cardOf((await again.say(alex, 'status')).at(-1)!));
  const left = /On-site: [^.]*\.( \d+ invite cards? (is|are) on the way\.)?/.exec(status)?.[0];
  // Cards the killed bot had queued go by themselves (the outbox), so status asks for nothing; events still missing need finish booking.
  if ('atInviteCard' in killPoint) expect(left).toBe(`On-site: ${141 - killPoint.atInviteCard} invite cards are on the way.`);
  else expect(left).toMatch(/^On-site: .*: send \*\*finish booking\*\* to finish\.$/);
  // `schedule on-site` says the same words about it, rather than "booked already".
  // Only the replies' text: the card the killed bot was sending may arrive meanwhile, from the outbox, once its lease is over.
  const schedule = (await again.say(alex, 'schedule on-site')).flatMap((r) => (r.activity.text ? [r.activity.text] : [])).join('\n');
  expect(schedule).toBe(`All 32 on-site sessions are in a confirmed plan already. ${left}`);
  if (resumeWith === 'confirm') {
    const resumed = await again.press(alex, proposalCard.activityId, VERBS.confirmProposal, { proposalId });
    expect(cardText(resumed.body.value)).toMatch(/Booked \d+ of \d+/);
  } else {
    const replies = await again.say(alex, 'finish booking');
    expect(replies.map((r) => r.activity.text).join('\n')).toMatch(/^Finishing the booking of the on-site programme \(\d+ sessions\)/);
  }
  await waitFor('the booking to finish', async () => ((await w.store.proposals.get(proposalId))?.status === 'booked' ? true : undefined));

  const bookings = await w.store.bookings.forProposal(proposalId);
  expect(bookings.every((b) => b.status === 'booked')).toBe(true);
  const events = await w.store.db.selectFrom('local_events').select('transaction_id').execute();
  expect(events.map((e) => e.transaction_id).sort()).toEqual(bookings.map((b) => b.transactionId).sort());
  const invitations = await w.store.invitations.forBookings(bookings.map((b) => b.id));
  expect(invitations).toHaveLength(140);
  // The card that was going out when the bot died goes once its try's lease is over, from the outbox.
  await waitFor('every invite card', () => (inviteCardsSent(connector.recorded).length >= 140 ? true : undefined), (LEASE_SECONDS + 40) * 1000);
  expect(inviteCardsSent(connector.recorded).sort()).toEqual(invitations.map((i) => i.id).sort());
  // The run that finished updates the card last: an update of the killed run, once its lease is over, is replaced.
  const progress = async () =>
    (await w.store.messages.forReview(bookings[0]!.reviewId)).flatMap((m) => (m.payload.kind === 'progress' && m.payload.proposalId === proposalId ? [{ ...m, payload: m.payload }] : []));
  const ended = await waitFor('every progress update to end', async () => {
    const all = await progress();
    return all.some((m) => m.payload.progress.done) && all.every((m) => m.state === 'sent' || m.state === 'skipped') ? all : undefined;
  }, (LEASE_SECONDS + 40) * 1000);
  const last = ended.sort((a, b) => a.payload.update - b.payload.update).at(-1)!;
  expect([last.state, last.payload.progress.done]).toEqual(['sent', true]);
  const cardUpdates = connector.recorded.filter((r) => r.kind === 'update' && r.activityId === proposalCard.activityId);
  expect(cardText(cardOf(cardUpdates.at(-1)!))).toMatch(new RegExp(`^Booked ${bookings.length} of ${bookings.length} calendar events\\. All in the calendar\\.$`, 'm'));
  const after = cardText(cardOf((await again.say(alex, 'status')).at(-1)!));
  expect(after).toMatch(new RegExp(`${bookings.length} sessions booked; 0 of 140 invitations answered\\.`));
};

describe('kill -9 during a Confirm, then a restart', { timeout: 120_000 }, () => {
  it('right after Confirm is answered: the next Confirm books everything and sends every card once', async () => {
    await crashAndResume({ afterConfirm: true }, 'confirm');
  });

  it('at the first progress update (events half made): finish booking completes it', async () => {
    await crashAndResume({ atUpdate: 1 }, 'finish booking');
  });

  it('as the 1st invite card goes out: every event is in, and each card goes once after the restart', async () => {
    await crashAndResume({ atInviteCard: 1 }, 'confirm');
  });

  it('as the 11th invite card goes out: the cards Teams took are not sent again (finish booking)', async () => {
    await crashAndResume({ atInviteCard: 11 }, 'finish booking');
  });

  it('as the 71st invite card goes out: the cards Teams took are not sent again (Confirm)', async () => {
    await crashAndResume({ atInviteCard: 71 }, 'confirm');
  });
});
