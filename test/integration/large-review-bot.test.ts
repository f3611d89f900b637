/**
 * The probe that found the scheduler stopping the bot, through the bot's HTTP endpoint: a review far over the
 * limits is refused at import; one at the limits is planned in the worker thread while everyone else, and
 * /healthz, get their answers at once; a plan over the time limit is stopped and nothing is stored.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERBS } from '../../src/cards/shared/verbs.js';
import { startBotHarness, user, type BotHarness } from '../support/bot-harness.js';
import type { Recorded } from '../support/connector-server.js';
import { fileText, generated, LARGEST, ONE_X, slowest, withSessions } from '../support/large-review.js';
import { actionsOf, cardOf, cardText } from '../support/teams-client.js';

const largest = generated(LARGEST);
const team = user('1', 'Jon Judd', largest.projectTeam[0]!);
const other = user('2', 'Stan Ger', 'stan.ger@elsewhere.example');

const textOf = (replies: Recorded[]) => replies.map((r) => r.activity.text ?? cardText(cardOf(r))).join('\n');
const confirmCards = (recorded: Recorded[]) => recorded.filter((r) => actionsOf(cardOf(r)).some((a) => a.verb === VERBS.confirmProposal));

describe('a review at the size limits, through the bot endpoint', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness([team, other]);
  });
  afterAll(async () => h?.close());

  const healthzMs = async () => {
    const started = performance.now();
    const response = await fetch(`${h.convene.url}/healthz`);
    expect(response.status).toBe(200);
    return performance.now() - started;
  };

  it('refuses a file of 10,000 sessions at import, at once, naming the limit and the count', async () => {
    const started = performance.now();
    const reply = textOf(await h.client.say(team, `import ${fileText(withSessions(largest, 10_000))}`));
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(reply).toBe('The review file is too large to plan; nothing was imported.\n\n- onSite.sessions: 10000 sessions; a review file may have at most 400');
    expect(await h.convene.store.reviews.latest()).toBeUndefined();
  });

  it('refuses a "billion laughs" file with what is wrong rather than a generic error', async () => {
    const bomb = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]', ...'bcdefghi'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`)];
    const reply = textOf(await h.client.say(team, `import\n${bomb.join('\n')}`));
    expect(reply).toMatch(/^The review file could not be read; nothing was imported\.\n\n- the file: it repeats parts of itself through YAML aliases/);
  });

  it('plans the largest review in the worker while /healthz, another person and a second schedule are answered at once', async () => {
    expect(textOf(await h.client.say(team, `import ${fileText(largest)}`))).toMatch(/^Imported \*\*Generated review of 400 sessions\*\*/);
    const stored = (await h.convene.store.reviews.latest())!;
    const proposed = () => h.convene.store.proposals.latest(stored.id, 'onSite');
    const before = h.connector.recorded.length;

    // Each answer comes while the plan is still running: none of them waits for it.
    const answer = textOf(await h.client.say(team, 'schedule on-site'));
    expect(await proposed()).toBeUndefined();
    expect(answer).toBe('Planning the on-site programme for **Generated review of 400 sessions** (400 sessions)… The proposal will follow here in a moment.');

    const help = await h.client.say(other, 'help');
    expect(await proposed()).toBeUndefined();
    expect(help.some((r) => cardOf(r))).toBe(true);
    expect(textOf(await h.client.say(team, 'schedule on-site'))).toMatch(/^I am still planning the on-site programme for \*\*Generated review of 400 sessions\*\* \(400 sessions\)/);
    expect(await proposed()).toBeUndefined();

    const latencies: number[] = [];
    while (!(await proposed())) {
      latencies.push(await healthzMs());
      await sleep(100);
    }
    expect(latencies.length).toBeGreaterThanOrEqual(5);
    expect(Math.max(...latencies)).toBeLessThan(500);

    await h.convene.idle();
    const posted = h.connector.recorded.slice(before);
    const [card, ...more] = confirmCards(posted);
    expect(more).toEqual([]);
    expect(cardText(cardOf(card!))).toMatch(/of 400 sessions placed/);
    expect((await proposed())?.card?.activityId).toBe(card!.activityId);
  });
});

describe('a plan over the time limit', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness([team], { PLAN_TIME_LIMIT_SECONDS: '1' });
  });
  afterAll(async () => h?.close());

  it('is stopped at the limit, the chat is told why, and no proposal is stored', async () => {
    expect(textOf(await h.client.say(team, `import ${fileText(slowest())}`))).toMatch(/^Imported/);
    const stored = (await h.convene.store.reviews.latest())!;
    const asked = performance.now();
    const replies = await h.client.sayAndWait(team, 'schedule on-site');
    expect(performance.now() - asked).toBeLessThan(5_000);
    expect(textOf(replies)).toMatch(
      /^Planning the on-site programme .*\nPlanning the on-site programme for Generated review of 400 sessions of 10 peers each took longer than 1 s and was stopped, so nothing was stored\. Split the review into smaller review files/,
    );
    expect(confirmCards(replies)).toEqual([]);
    expect(await h.convene.store.proposals.latest(stored.id, 'onSite')).toBeUndefined();
  });

  it('plans the next review as usual, in a fresh thread', async () => {
    expect(textOf(await h.client.say(team, `import ${fileText(generated(ONE_X))}`))).toMatch(/^Imported/);
    expect(confirmCards(await h.client.sayAndWait(team, 'schedule on-site'))).toHaveLength(1);
  });
});
