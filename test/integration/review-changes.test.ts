/**
 * Review changes, through the bot's endpoint and the Graph-compatible server: the demo's case reviews are booked and
 * answered, a corrected file swaps one case worker, adds a case and removes one; the card says exactly what will be
 * done, and Confirm does it (one PATCH, one cancel, one create), keeping the untouched answers, with the cards
 * following; a create cut off by an outage and a restart is finished once, with no duplicate.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERBS } from '../../src/cards/shared/verbs.js';
import { createGraphClient } from '../../src/graph/graph-client.js';
import { GraphCalendar } from '../../src/graph/graph-calendar.js';
import { startBotHarness, type BotHarness } from '../support/bot-harness.js';
import { startConnectorServer, type ConnectorServer } from '../support/connector-server.js';
import { EVERYONE, everyoneAs, installEveryone } from '../support/demo-everyone.js';
import { alex as demoAlex, DEMO } from '../support/demo-people.js';
import { startGraphServer, type GraphServer } from '../support/graph-server.js';
import { staticCredential } from '../support/graph-server-credential.js';
import { askForPlan } from '../support/proposals.js';
import { actionsOf, cardOf, cardText } from '../support/teams-client.js';

const ORGANISER = 'peerreview@shropshire.example';
const alex = everyoneAs(demoAlex.email);
const SAM = 'sam.lindqvist@shropshire.example';
const KEMI = 'kemi.adeyemo@shropshire.example';
const CORRECTED = DEMO.replace(`{ id: C02, caseWorker: ${SAM},`, `{ id: C02, caseWorker: ${KEMI},`)
  .replace(/\n\s+- \{ id: C16,[^\n]*/, '')
  .replace('    - { id: C15,', `    - { id: C17, caseWorker: ${SAM}, categories: [inHospital] }\n    - { id: C15,`);
const CREATE = /^POST \/users\/[^/]+\/events$/;

describe('applying a corrected file to what is booked, through Microsoft Graph', () => {
  let graph: GraphServer;
  let connector: ConnectorServer;
  let dataDir: string;
  let h: BotHarness;
  let changes: Awaited<ReturnType<typeof askForPlan>>;
  let confirmedAt = 0;
  const start = () => {
    const calendar = new GraphCalendar(createGraphClient({ baseUrl: graph.baseUrl, credential: staticCredential() }));
    return startBotHarness(EVERYONE, { DATA_DIR: dataDir, TICK_SECONDS: '0' }, { calendar }, connector);
  };
  const reviewId = async () => (await h.convene.store.reviews.latest())!.id;
  const live = () => graph.mailboxes.events(ORGANISER).filter((e) => !e.isCancelled);
  const subjects = () => live().map((e) => String(e.subject)).sort();
  const lastUpdateText = () => cardText(cardOf(h.connector.recorded.filter((r) => r.kind === 'update' && r.activity.id === changes.activity.activityId).at(-1)!));

  beforeAll(async () => {
    graph = await startGraphServer();
    connector = await startConnectorServer();
    dataDir = mkdtempSync(join(tmpdir(), 'convene-changes-'));
    h = await start();
    await installEveryone(h.client);
    await h.client.say(alex, `import\n${DEMO}`);
    const plan = await askForPlan(h, alex, 'schedule case reviews');
    await h.client.press(alex, plan.activity.activityId, VERBS.confirmProposal, { proposalId: plan.proposalId });
    await h.convene.idle();
    // Alex (C01's case worker) and Sam (C02's, to be swapped out) accept on their invite cards.
    for (const email of [alex.email, SAM]) {
      const mine = (await h.convene.store.invitations.forEmail(await reviewId(), email))[0]!;
      await h.client.press(everyoneAs(email), mine.cardActivityId!, VERBS.answerInvitation, { invitationId: mine.id, answer: 'accepted', view: 'invite' });
    }
    await h.convene.idle();
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    await graph?.close();
    await connector?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('says there is nothing to change while what is booked matches the file', async () => {
    expect(live()).toHaveLength(16);
    const reply = await h.client.say(alex, 'review changes');
    await h.convene.idle();
    const said = [...reply, ...h.connector.recorded.slice(-1)].map((r) => r.activity.text ?? '').join('\n');
    expect(said).toMatch(/What is booked already matches revision 1 of Shropshire SEND Peer Challenge 2026: there is nothing to change\./);
  });

  it('proposes exactly what the corrected file asks: one case worker swapped, one case cancelled, one booked', async () => {
    await h.client.say(alex, `import\n${CORRECTED}`);
    const requestsBefore = graph.requests.length;
    changes = await askForPlan(h, alex, 'review changes');
    const text = cardText(cardOf(changes.activity));
    expect(text).toMatch(/What revision 2 of the file changes in what is booked: 3 changes\. Times are UK time\./);
    expect(text).toMatch(/Will change in place \(1\)\n- \*\*Case review C02\*\*, Wed 14 Jan 11:00–12:00: Kemi Adeyemo joins; Sam Lindqvist leaves\./);
    expect(text).toMatch(/Will be cancelled \(1\)\n- \*\*Case review C16\*\*, Wed 14 Jan 09:00–10:00\./);
    expect(text).toMatch(/Will be booked \(1\)\n- \*\*Case review C17\*\*, \w{3} \d+ Jan \d\d:\d\d–\d\d:\d\d, with /);
    expect(text).not.toMatch(/Will move/);
    expect(actionsOf(cardOf(changes.activity)).map((a) => a.title)).toEqual(['Confirm 3 changes', 'Cancel']);
    // Proposing reads free/busy and writes nothing.
    expect(graph.requests.slice(requestsBefore).filter((r) => r.method !== 'GET' && !r.path.endsWith('/getSchedule'))).toEqual([]);
    expect(live()).toHaveLength(16);
  });

  it('applies the cancel and the update when the create meets an outage, and says what is left', async () => {
    graph.failNext(CREATE, { status: 503, retryAfterSeconds: 0, times: 1_000_000 });
    const before = graph.requests.length;
    const noticesBefore = graph.mailboxes.notices.length;
    confirmedAt = h.connector.recorded.length;
    await h.client.press(alex, changes.activity.activityId, VERBS.confirmProposal, { proposalId: changes.proposalId });
    await h.convene.idle();
    expect(lastUpdateText()).toMatch(/Applied 2 of 3 changes\. 1 could not be applied; press Finish booking/);
    const sent = graph.requests.slice(before).filter((r) => r.method !== 'GET');
    expect(sent.filter((r) => r.method === 'PATCH')).toHaveLength(1);
    expect(sent.filter((r) => r.path.endsWith('/cancel'))).toHaveLength(1);
    // The swap reaches the two people swapped, and the cancellation the cancelled session's two people: no one else.
    const notices = graph.mailboxes.notices.slice(noticesBefore).map((n) => [n.kind, n.to]).sort();
    expect(notices.filter(([kind]) => kind !== 'cancellation')).toEqual([['request', KEMI], ['cancellation', SAM]].filter(([k]) => k !== 'cancellation'));
    expect(notices.filter(([, to]) => to === SAM)).toEqual([['cancellation', SAM]]);
    expect(subjects().filter((s) => s.includes('C16'))).toEqual([]);
    expect(live()).toHaveLength(15);
  });

  it('after a restart, Finish booking books the new case once; the answers the file did not touch are kept', async () => {
    await h.close();
    graph.clearFailures();
    h = await start();
    const finish = actionsOf(cardOf(h.connector.recorded.filter((r) => r.kind === 'update' && r.activity.id === changes.activity.activityId).at(-1)!)).find((a) => a.verb === VERBS.confirmProposal)!;
    await h.client.press(alex, changes.activity.activityId, finish.verb, finish.data);
    await h.convene.idle();
    expect(lastUpdateText()).toMatch(/Applied 3 of 3 changes\. All in the calendar\./);
    expect(live()).toHaveLength(16);
    expect(subjects().filter((s) => s.includes('C17'))).toHaveLength(1);
    expect(subjects().filter((s) => s.includes('C02'))).toHaveLength(1);
    const c02 = live().find((e) => String(e.subject).includes('C02'))!;
    expect((c02.attendees as { emailAddress: { address: string } }[]).map((a) => a.emailAddress.address).sort()).toContain(KEMI);
    const bookings = await h.convene.store.bookings.forReview(await reviewId());
    const sessionOf = new Map(bookings.map((b) => [b.id, b.sessionId]));
    const answers = (await h.convene.store.invitations.forReview(await reviewId())).map((i) => `${sessionOf.get(i.bookingId)} ${i.email} ${i.rsvp}`);
    expect(answers).toContain(`C01 ${alex.email} accepted`);
    expect(answers.filter((a) => a.startsWith('C02 '))).toEqual(expect.arrayContaining([`C02 ${KEMI} pending`]));
    expect(answers.filter((a) => a.includes(SAM) && /^C(02|16|17) /.test(a))).toEqual([`C17 ${SAM} pending`]);
    expect(answers.filter((a) => a.startsWith('C16 '))).toEqual([]);
    const again = await h.client.press(alex, changes.activity.activityId, finish.verb, finish.data);
    expect(again.body.value).toMatch(/These changes are applied already\./);
    expect(live()).toHaveLength(16);
  });

  it('follows on the cards: Sam is told he is no longer needed at C02, Kemi and C17 get invite cards', async () => {
    const since = h.connector.recorded.slice(confirmedAt);
    const toSam = since.filter((r) => r.kind === 'update' && cardText(cardOf(r)).includes('You are no longer needed at this session.'));
    expect(toSam).toHaveLength(1);
    const invites = since.filter((r) => r.kind !== 'update' && /Case review C(02|17)\b/.test(cardText(cardOf(r))) && actionsOf(cardOf(r)).some((a) => a.verb === VERBS.answerInvitation));
    expect(invites.map((r) => [cardText(cardOf(r)).match(/Case review C\d\d/)![0], r.activity.recipient?.id]).sort()).toEqual(
      [['Case review C02', everyoneAs(KEMI).id], ['Case review C17', everyoneAs(SAM).id], ['Case review C17', expect.any(String)]].sort(),
    );
  });

  it('tells a new clash with someone’s calendar on import, and moves only that session', async () => {
    const c10 = (await h.convene.store.bookings.forReview(await reviewId())).find((b) => b.sessionId === 'C10')!;
    const worker = c10.attendees.find((e) => e.endsWith('@shropshire.example'))!;
    graph.setBusy(worker, [{ start: c10.start, end: c10.end, subject: 'A hearing' }]);
    const reply = (await h.client.say(alex, `import\n${CORRECTED}`)).map((r) => r.activity.text ?? '').join('\n');
    expect(reply.split('\n').filter((line) => line.startsWith('- '))).toEqual([expect.stringMatching(/^- Clash: Case review C10, /)]);
    const moving = await askForPlan(h, alex, 'review changes');
    expect(cardText(cardOf(moving.activity))).toMatch(/Will move \(1\)\n- \*\*Case review C10\*\*: /);
    await h.client.press(alex, moving.activity.activityId, VERBS.confirmProposal, { proposalId: moving.proposalId });
    await h.convene.idle();
    const moved = (await h.convene.store.bookings.forReview(await reviewId())).find((b) => b.sessionId === 'C10')!;
    expect(moved.start).not.toBe(c10.start);
    expect(live()).toHaveLength(16);
    expect((await h.convene.store.invitations.forBookings([moved.id])).map((i) => i.rsvp)).toEqual(['pending', 'pending']);
  });
});
