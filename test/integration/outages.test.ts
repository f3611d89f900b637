/**
 * An outage is told as one: the database or Teams going away answers "could not reach", never "not found" or
 * "not allowed", is logged with its cause (and no one's name or email), and changes nothing.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERBS } from '../../src/cards/shared/verbs.js';
import type { OpenedStore } from '../../src/store/open-store.js';
import { startBotHarness, user, type BotHarness } from '../support/bot-harness.js';
import { DATABASES, POSTGRES_URL, type FreshDatabase } from '../support/databases.js';
import { addEveryone, everyoneAs, installEveryone } from '../support/demo-everyone.js';
import { alex as demoAlex } from '../support/demo-people.js';
import { askForPlan } from '../support/proposals.js';
import { cardOf, cardText } from '../support/teams-client.js';

const DATABASE_DOWN = 'Convene could not reach its database just now; nothing was changed. Try again in a minute.';
const TEAMS_DOWN = 'Convene could not reach Teams just now; nothing was changed. Try again in a minute.';
const alex = everyoneAs(demoAlex.email);

const asAdmin = async (...statements: string[]) => {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
};

let h: BotHarness;
let fresh: FreshDatabase;
let name: string;
const logLines: string[] = [];
const outagesLogged = () => logLines.map((line) => JSON.parse(line)).filter((line) => line.msg === 'outage: nothing was changed');

beforeAll(async () => {
  // PostgreSQL, so that the database can really go away under the running bot and come back.
  fresh = await DATABASES.find((d) => d.name === 'postgres')!.create();
  name = new URL(fresh.options.databaseUrl!).pathname.slice(1);
  const env = { DEMO_REVIEW: 'examples/shropshire-2026.yaml', TICK_SECONDS: '0', DATABASE_URL: fresh.options.databaseUrl!, LOG_LEVEL: 'info' };
  h = await startBotHarness([], env, { logTo: { write: (line: string) => void logLines.push(line) } });
  addEveryone(h);
  await installEveryone(h.client);
});
afterAll(async () => {
  await h?.close();
  await fresh?.drop();
});

describe('the database going away', () => {
  const takeDown = () =>
    asAdmin(`alter database ${name} allow_connections false`, `select pg_terminate_backend(pid) from pg_stat_activity where datname = '${name}'`);
  const bringBack = () => asAdmin(`alter database ${name} allow_connections true`);

  it('answers Confirm with the outage, logs its cause, and books nothing', async () => {
    const store = h.convene.store as OpenedStore;
    const proposal = await askForPlan(h, alex, 'schedule case reviews');
    const before = h.connector.recorded.length;
    const logged = outagesLogged().length;
    await takeDown();
    try {
      const pressed = await h.client.press(alex, proposal.activity.activityId, VERBS.confirmProposal, { proposalId: proposal.proposalId });
      await h.convene.idle();
      expect(pressed.status).toBe(200);
      expect(pressed.body.value).toBe(DATABASE_DOWN);
      const said = await h.client.say(alex, 'status');
      expect(said.map((r) => r.activity.text)).toEqual([DATABASE_DOWN]);
    } finally {
      await bringBack();
    }
    expect(h.connector.recorded.slice(before + 1)).toEqual([]);
    const lines = outagesLogged().slice(logged);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ outage: 'database', activityType: 'invoke', cause: { message: expect.stringMatching(/accepting connections|terminat/) } });
    expect(JSON.stringify(lines)).not.toMatch(new RegExp(`${alex.email}|${alex.name}`, 'i'));
    expect((await store.proposals.get(proposal.proposalId))?.status).toBe('proposed');
    expect(await store.bookings.forProposal(proposal.proposalId)).toEqual([]);
    // Once it is back, so is Convene.
    expect(cardText(cardOf((await h.client.say(alex, 'status'))[0]!))).toMatch(/0 sessions booked/);
  });
});

describe('Teams not answering who is talking', () => {
  const pat = user('900', 'Pat Doe', 'pat.doe@shropshire.example');

  it('answers with the outage, logs its cause, and keeps no one as anybody', async () => {
    h.connector.addUser(pat);
    const logged = outagesLogged().length;
    h.connector.interceptMember = () => 'fail';
    try {
      const said = await h.client.say(pat, 'my sessions');
      expect(said.map((r) => r.activity.text)).toEqual([TEAMS_DOWN]);
    } finally {
      h.connector.interceptMember = undefined;
    }
    const [line, ...more] = outagesLogged().slice(logged);
    expect(more).toEqual([]);
    expect(line).toMatchObject({ outage: 'teams', activityType: 'message', cause: { statusCode: 500 } });
    expect(JSON.stringify(line)).not.toMatch(/pat\.doe|Pat Doe/i);
    expect(await h.convene.store.people.emailFor(pat.aadObjectId)).toBeUndefined();
    expect(await h.convene.store.people.conversationFor(pat.email)).toBeUndefined();
    expect(cardText(cardOf((await h.client.say(pat, 'my sessions'))[0]!))).toMatch(/Your sessions|no sessions/i);
  });

  it('answers the request briefly when Teams will not take the apology either, and logs both', async () => {
    const lee = user('902', 'Lee Doe', 'lee.doe@shropshire.example');
    h.connector.addUser(lee);
    const before = logLines.length;
    h.connector.interceptMember = () => 'fail';
    h.connector.intercept = () => ({ status: 403 });
    try {
      // `say` fails on any answer but 200 with JSON or nothing: botbuilder's own would be the error's words.
      expect(await h.client.say(lee, 'my sessions')).toEqual([]);
    } finally {
      h.connector.interceptMember = undefined;
      h.connector.intercept = undefined;
    }
    const messages = logLines.slice(before).map((line) => JSON.parse(line).msg);
    expect(messages).toEqual(['outage: nothing was changed', 'the answer to a failed turn was not sent']);
    expect(await h.client.say(lee, 'help')).toHaveLength(1);
  });

  it('still tells someone Teams does not know (404) that it cannot tell who they are', async () => {
    const stranger = user('901', 'Sam Nobody', 'sam.nobody@elsewhere.example');
    const said = await h.client.say(stranger, 'my sessions');
    expect(said.map((r) => r.activity.text).join('\n')).toMatch(/^I could not tell who you are from Teams/);
  });
});
