import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signLink } from '../../src/web/programme-link.js';
import { startBotHarness, user, type BotHarness } from '../support/bot-harness.js';
import { handMadePlan, TIMETABLE_REVIEW } from '../support/timetable-review.js';

const SECRET = 'integration-link-secret-0123456789abcdef';
const alex = user('11', 'Alex Rowan', 'alex.rowan@testshire.example');
const jenny = user('12', 'Jenny Ellis', 'jenny.ellis@peers.example');
const sam = user('13', 'Sam Worker', 'sam.worker@testshire.example');

describe('the timetable page through the bot endpoint', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness([alex, jenny, sam], { LINK_SECRET: SECRET });
    await h.client.say(alex, `import\n${TIMETABLE_REVIEW}`);
  });
  afterAll(async () => h?.close());

  const reply = async (who: typeof alex, text: string) => (await h.client.say(who, text)).map((r) => r.activity.text ?? '').join('\n');
  const linkIn = (text: string) => /\]\((http[^)]+)\)/.exec(text)?.[1];
  const reviewId = async () => (await h.convene.store.reviews.latest())!.id;

  it('asks for schedule on-site first while there is no on-site programme', async () => {
    expect(await reply(alex, 'timetable')).toMatch(/no on-site programme yet: send \*\*schedule on-site\*\* first/);
    await h.convene.store.proposals.create({ revision: 1, reviewId: await reviewId(), createdBy: alex.email, kind: 'onSite', plan: handMadePlan() });
  });

  it('gives a project-team member a link to the bot’s own address that shows the timetable', async () => {
    const text = await reply(alex, 'timetable');
    expect(text).toMatch(/works until \w+day \d+ \w+, \d\d:\d\d \(UK time\)/);
    const link = linkIn(text)!;
    expect(link.startsWith(`${h.convene.url}/reviews/${await reviewId()}/programme?for=alex.rowan%40testshire.example&exp=`)).toBe(true);
    const response = await fetch(link);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    const page = await response.text();
    expect(page).toContain('<h1>Thursday 26 March 2026</h1>');
    expect(page).toContain('Meeting with the Director of Children&#39;s Services');
    expect(page).toContain('Youth forum');
  });

  it('sends no link into a group chat or a channel, where others could open it', async () => {
    for (const where of ['groupChat', 'channel'] as const) {
      const text = (await h.client.in(where).say(alex, 'timetable')).map((r) => r.activity.text ?? '').join('\n');
      expect(text).toBe('The timetable link is personal: send me **timetable** in a 1:1 chat with Convene.');
    }
  });

  it('gives a peer a link too, and refuses staff politely', async () => {
    const link = linkIn(await reply(jenny, 'Timetable'))!;
    expect((await fetch(link)).status).toBe(200);
    const refusal = await reply(sam, 'timetable');
    expect(refusal).toMatch(/^Sorry, the timetable of Testshire SEND Peer Challenge is only for the project team and the peers/);
    expect(linkIn(refusal)).toBeUndefined();
  });

  it('answers a forged or expired link with 403 and what to do', async () => {
    const link = new URL(linkIn(await reply(jenny, 'timetable'))!);
    link.searchParams.set('for', sam.email);
    const forged = await fetch(link);
    expect(forged.status).toBe(403);
    expect(await forged.text()).toMatch(/not valid[\s\S]*send <code>timetable<\/code>/);

    const id = await reviewId();
    const expires = Math.floor(Date.now() / 1000) - 60;
    const expired = new URL(`${h.convene.url}/reviews/${id}/programme`);
    expired.search = new URLSearchParams({ for: jenny.email, exp: String(expires), sig: signLink(SECRET, { reviewId: id, email: jenny.email, expires }) }).toString();
    const response = await fetch(expired);
    expect(response.status).toBe(403);
    expect(await response.text()).toMatch(/has expired[\s\S]*send <code>timetable<\/code>/);

    expect((await fetch(`${h.convene.url}/reviews/${id}/programme`)).status).toBe(403);
  });
});
