import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERBS } from '../../src/cards/shared/verbs.js';
import { createGraphClient } from '../../src/graph/graph-client.js';
import { GraphCalendar } from '../../src/graph/graph-calendar.js';
import { linkQuery, type LinkPage } from '../../src/web/programme-link.js';
import { issueRepliesLink } from '../../src/web/page-links.js';
import { startBotHarness, user, type BotHarness } from '../support/bot-harness.js';
import { startGraphServer, type GraphServer } from '../support/graph-server.js';
import { staticCredential } from '../support/graph-server-credential.js';
import { askForPlan } from '../support/proposals.js';
import { SMALL_REVIEW } from '../support/small-review.js';
import { actionsOf, cardOf } from '../support/teams-client.js';

const SECRET = 'integration-link-secret-0123456789abcdef';
const alex = user('31', 'Alex Rowan', 'alex.rowan@testshire.example');
const rita = user('32', 'Rita Reviewer', 'rita.reviewer@peers.example');
const sam = user('33', 'Sam Worker', 'sam.worker@testshire.example');

/** The answers tables' rows as a reader sees them: "name answer reason". */
const rows = (page: string) =>
  [...page.matchAll(/<tr><td>(.*?)<\/tr>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim());

/** The small review's three case reviews booked through a Graph-compatible server, answered three ways, then read on the page. */
describe('the replies page through the bot’s web server', () => {
  let graph: GraphServer;
  let h: BotHarness;
  let reviewId: string;
  let link: URL;

  const signedUrl = (page: LinkPage, email: string, expires: number, id = reviewId, signedAs: LinkPage = page) => {
    const url = new URL(`${h.convene.url}/reviews/${id}/${page}`);
    url.search = new URLSearchParams(linkQuery(SECRET, { reviewId: id, email, expires }, signedAs)).toString();
    return url;
  };
  const inAWeek = () => Math.floor(Date.now() / 1000) + 7 * 86_400;
  const withFilters = (filters: Record<string, string | string[]>) => {
    const url = new URL(link);
    for (const [name, value] of Object.entries(filters)) for (const v of [value].flat()) url.searchParams.append(name, v);
    return url;
  };
  const open = async (url: URL | string) => {
    const response = await fetch(url);
    return { status: response.status, headers: response.headers, page: await response.text() };
  };

  beforeAll(async () => {
    graph = await startGraphServer();
    const calendar = new GraphCalendar(createGraphClient({ baseUrl: graph.baseUrl, credential: staticCredential() }));
    h = await startBotHarness([alex, rita, sam], { LINK_SECRET: SECRET }, { calendar });
    await h.client.say(alex, `import\n${SMALL_REVIEW}`);
    reviewId = (await h.convene.store.reviews.latest())!.id;
    const proposal = await askForPlan(h, alex, 'schedule case reviews');
    const confirm = actionsOf(cardOf(proposal.activity)).find((a) => a.verb === VERBS.confirmProposal)!;
    await h.client.press(alex, proposal.activity.activityId, confirm.verb, confirm.data);
    await h.convene.idle();

    // Rita's and Alex's answers are stored as a card stores them; Sam, who has no chat with the bot, answers in Outlook.
    const [ritas] = await h.convene.store.invitations.forEmail(reviewId, rita.email);
    await h.convene.store.invitations.answer(ritas!.id, 'accepted', undefined, new Date().toISOString());
    const samsCopy = graph.mailboxes.events(sam.email).sort((a, b) => String(a.start?.dateTime).localeCompare(String(b.start?.dateTime)))[0]!;
    graph.mailboxes.respond(sam.email, samsCopy.id!, 'tentativelyAccepted');
    const alexs = await h.convene.store.invitations.forEmail(reviewId, alex.email);
    await h.convene.store.invitations.answer(alexs[0]!.id, 'declined', 'On leave <that week>', new Date().toISOString());

    const issued = await issueRepliesLink(h.convene.store, { secret: SECRET, baseUrl: () => h.convene.url }, alex.email, new Date().toISOString());
    if (!issued.ok) throw new Error(issued.message);
    link = new URL(issued.value.url);
  }, 60_000);

  afterAll(async () => {
    await h?.close();
    await graph?.close();
  });

  it('shows the project team every booked session with every invitee’s answer, Outlook answers included', async () => {
    expect(`${link.origin}${link.pathname}`).toBe(`${h.convene.url}/reviews/${reviewId}/replies`);
    const { status, headers, page } = await open(link);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/^text\/html/);
    expect(headers.get('cache-control')).toBe('no-store');
    expect(headers.get('referrer-policy')).toBe('no-referrer');
    expect(headers.get('content-security-policy')).toContain("form-action 'self'");
    expect(page).toContain('<h2>Wednesday 14 January</h2>');
    expect([...page.matchAll(/<h3><time>([^<]+)<\/time><span class="title">([^<]+)<\/span>/g)].map((m) => m[2])).toHaveLength(3);
    const answers = rows(page);
    expect(answers).toHaveLength(6);
    expect(answers).toContain('Alex Rowan No On leave &lt;that week&gt;');
    expect(answers).toContain('Rita Reviewer Yes');
    expect(answers).toContain('Sam Worker Maybe');
    expect(answers.filter((r) => r.endsWith('No reply'))).toHaveLength(3);
    expect(page).toContain('This day: <strong>3 of 6 answered</strong>');
    // The Outlook answer is now ours too, as `status` would have recorded it.
    expect((await h.convene.store.invitations.forEmail(reviewId, sam.email)).map((i) => i.rsvp)).toContain('tentative');
  });

  it('filters by answer, person and day through the query, the signature still good', async () => {
    expect(rows((await open(withFilters({ answer: 'no' }))).page)).toEqual(['Alex Rowan No On leave &lt;that week&gt;']);
    const sams = await open(withFilters({ person: sam.email }));
    expect(sams.status).toBe(200);
    expect(rows(sams.page)).toEqual(expect.arrayContaining(['Sam Worker Maybe']));
    expect(rows(sams.page).every((r) => r.startsWith('Sam Worker'))).toBe(true);
    expect(sams.page).toContain('Person: <strong>Sam Worker</strong>');
    const day = await open(withFilters({ day: '2026-01-14', answer: 'none' }));
    expect(rows(day.page)).toHaveLength(3);
    // The form's "Everyone" sends an empty value: no filter.
    expect(rows((await open(withFilters({ person: '', day: '', answer: '' }))).page)).toHaveLength(6);
  });

  it('answers junk filters with 400 and a way back, never a crash', async () => {
    const junk: Record<string, string | string[]>[] = [{ answer: 'perhaps' }, { day: '2026-02-30' }, { person: 'nobody@elsewhere.example' }, { answer: ['yes', 'no'] }, { 'day[$gt]': '' }];
    for (const filters of junk) {
      const { status, page } = await open(withFilters(filters));
      expect(status).toBe(400);
      expect(page).toMatch(/These filters do not fit the replies[\s\S]*Show every reply/);
    }
  });

  it('refuses a changed, expired or missing signature with 403 and what to do', async () => {
    const forged = new URL(link);
    forged.searchParams.set('for', rita.email);
    const changed = await open(forged);
    expect(changed.status).toBe(403);
    expect(changed.page).toMatch(/This link to the replies is not valid[\s\S]*send <code>status<\/code>/);
    expect(changed.page).not.toContain('Rita Reviewer');

    const expired = await open(signedUrl('replies', alex.email, Math.floor(Date.now() / 1000) - 60));
    expect(expired.status).toBe(403);
    expect(expired.page).toMatch(/This link to the replies has expired/);

    expect((await open(`${h.convene.url}/reviews/${reviewId}/replies`)).status).toBe(403);
    expect((await open(`${h.convene.url}/reviews/${reviewId}/replies?for=${alex.email}&exp=99999999999&sig=`)).status).toBe(403);
  });

  it('does not open the replies with a timetable link, nor the timetable with a replies link', async () => {
    const timetableLink = signedUrl('replies', alex.email, inAWeek(), reviewId, 'programme');
    const reused = await open(timetableLink);
    expect(reused.status).toBe(403);
    expect(reused.page).toMatch(/not valid/);
    const repliesOnProgramme = new URL(link);
    repliesOnProgramme.pathname = repliesOnProgramme.pathname.replace(/replies$/, 'programme');
    const other = await open(repliesOnProgramme);
    expect(other.status).toBe(403);
    expect(other.page).toMatch(/This timetable link is not valid/);
  });

  it('is only for the project team: no link is issued to others, and a signed one is refused when served', async () => {
    const refused = await issueRepliesLink(h.convene.store, { secret: SECRET, baseUrl: () => h.convene.url }, rita.email, new Date().toISOString());
    expect(refused).toMatchObject({ ok: false, code: 'ACCESS.DENIED' });
    const { status, page } = await open(signedUrl('replies', rita.email, inAWeek()));
    expect(status).toBe(403);
    expect(page).toContain('The replies are not open to you');
    expect(page).not.toContain('On leave');
  });

  it('says a review that is not there is not there', async () => {
    const gone = await open(signedUrl('replies', alex.email, inAWeek(), randomUUID()));
    expect(gone.status).toBe(404);
    expect(gone.page).toContain('This review is not in Convene');
    expect((await open(signedUrl('replies', alex.email, inAWeek(), 'not-a-review'))).status).toBe(404);
  });
});
