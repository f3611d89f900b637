/**
 * What applying changes costs in Graph requests and meeting mail, through the bot's endpoint and the Graph-compatible
 * server: a revision that swaps three case workers makes three PATCHes holding attendees alone, at most one read
 * each, and nothing else; only the six people swapped hear of it. (`npm run bench:changes` counts a larger revision.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERBS } from '../../src/cards/shared/verbs.js';
import { createGraphClient } from '../../src/graph/graph-client.js';
import { GraphCalendar } from '../../src/graph/graph-calendar.js';
import { startBotHarness, type BotHarness } from '../support/bot-harness.js';
import { EVERYONE, everyoneAs, installEveryone } from '../support/demo-everyone.js';
import { alex as demoAlex, DEMO } from '../support/demo-people.js';
import { startGraphServer, type GraphServer } from '../support/graph-server.js';
import { staticCredential } from '../support/graph-server-credential.js';
import { askForPlan } from '../support/proposals.js';
import { cardOf, cardText } from '../support/teams-client.js';

const alex = everyoneAs(demoAlex.email);
/** Case → its case worker now → one with nothing on 14 January. */
const SWAPS = [
  ['C03', 'sam.lindqvist@shropshire.example', 'priya.nandra@shropshire.example'],
  ['C08', 'lewis.fairbairn@shropshire.example', 'inclusion.lead@shropshire.example'],
  ['C13', 'nell.okonjo@shropshire.example', 'transition.lead@shropshire.example'],
] as const;
const SWAPPED = SWAPS.reduce((file, [id, from, to]) => file.replace(`{ id: ${id}, caseWorker: ${from},`, `{ id: ${id}, caseWorker: ${to},`), DEMO);

describe('the Graph requests of applying changes of people alone', () => {
  let graph: GraphServer;
  let h: BotHarness;

  beforeAll(async () => {
    graph = await startGraphServer();
    const calendar = new GraphCalendar(createGraphClient({ baseUrl: graph.baseUrl, credential: staticCredential() }));
    h = await startBotHarness(EVERYONE, { TICK_SECONDS: '0' }, { calendar });
    await installEveryone(h.client);
    await h.client.say(alex, `import\n${DEMO}`);
    const plan = await askForPlan(h, alex, 'schedule case reviews');
    await h.client.press(alex, plan.activity.activityId, VERBS.confirmProposal, { proposalId: plan.proposalId });
    await h.convene.idle();
  }, 60_000);
  afterAll(async () => {
    await h?.close();
    await graph?.close();
  });

  it('makes one PATCH of the attendees for each swap, at most one read each, and tells only the people swapped', async () => {
    expect(SWAPPED).not.toBe(DEMO);
    await h.client.say(alex, `import\n${SWAPPED}`);
    const changes = await askForPlan(h, alex, 'review changes');
    const proposed = cardText(cardOf(changes.activity));
    expect(proposed).toMatch(/: 3 changes\./);
    expect(proposed).toMatch(/Will change in place \(3\)/);

    const before = graph.requests.length;
    const noticesBefore = graph.mailboxes.notices.length;
    await h.client.press(alex, changes.activity.activityId, VERBS.confirmProposal, { proposalId: changes.proposalId });
    await h.convene.idle();

    const applying = graph.requests.slice(before);
    const patches = applying.filter((r) => r.method === 'PATCH');
    expect(patches).toHaveLength(SWAPS.length);
    expect(patches.map((r) => Object.keys(r.body as object))).toEqual(SWAPS.map(() => ['attendees']));
    expect(applying.filter((r) => r.method === 'GET').length).toBeLessThanOrEqual(SWAPS.length);
    // No create, cancel, $batch or free/busy read: nothing but the reads and the PATCHes.
    expect(applying.filter((r) => r.method !== 'GET' && r.method !== 'PATCH')).toEqual([]);
    expect(applying.every((r) => r.status >= 200 && r.status < 300)).toBe(true);

    const notices = graph.mailboxes.notices.slice(noticesBefore).map((n) => `${n.kind} ${n.to}`).sort();
    expect(notices).toEqual(SWAPS.flatMap(([, from, to]) => [`cancellation ${from}`, `request ${to}`]).sort());
  });
});
