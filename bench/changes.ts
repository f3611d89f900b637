/**
 * `npm run bench:changes` (also the last part of `npm run bench`): the Microsoft Graph requests Convene makes to apply
 * a 10-change revision to a 48-session programme, through the real bot (its HTTP endpoint, a Teams connector) and
 * the Graph-compatible server. The programme is booked as a person would (import, schedule, Confirm); the revision is
 * imported, `review changes` proposes it (its free/busy reads counted apart), and Confirm applies it: every request
 * from the press until the bot is idle is counted by kind, with the meeting mail Graph sent. Runs three times with
 * no latency on the server and once with 100 ms a call, as Graph's own time adds to each call Convene waits for.
 * Writes bench/results/changes.json and prints a table.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { VERBS } from '../src/cards/shared/verbs.js';
import { createGraphClient } from '../src/graph/graph-client.js';
import { GraphCalendar } from '../src/graph/graph-calendar.js';
import { startBotHarness } from '../test/support/bot-harness.js';
import { EVERYONE, everyoneAs, installEveryone } from '../test/support/demo-everyone.js';
import { startGraphServer } from '../test/support/graph-server.js';
import { staticCredential } from '../test/support/graph-server-credential.js';
import { askForPlan } from '../test/support/proposals.js';
import { cardOf, cardText } from '../test/support/teams-client.js';
import { baseFile, BOOKED_EVENTS, importText, REVISION, revisionFile } from './changes-files.js';
import { countNotices, countRequests, lastRequestAt, patchFields } from './graph-requests.js';
import { median } from './measure.js';

const ORGANISER = 'peerreview@shropshire.example';
const LATENCIES_MS = [0, 0, 0, 100];
const RESULTS = new URL('./results/changes.json', import.meta.url);
const alex = everyoneAs('alex.rowan@shropshire.example');

/** What the review-changes card must say: ten changes, each kind in its place. */
const PROPOSED = [
  /What revision 2 of the file changes in what is booked: 10 changes\./,
  /Will change in place \(4\)/,
  /Will move \(2\)/,
  /Will be cancelled \(2\)/,
  /Will be booked \(2\)/,
];

const check = (ok: boolean, what: string, text: string) => {
  if (!ok) throw new Error(`${what}; the card says:\n${text}`);
};

const runOnce = async (latencyMs: number) => {
  const graph = await startGraphServer({ latencyMs });
  const calendar = new GraphCalendar(createGraphClient({ baseUrl: graph.baseUrl, credential: staticCredential() }));
  const h = await startBotHarness(EVERYONE, { TICK_SECONDS: '0' }, { calendar });
  const live = () => graph.mailboxes.events(ORGANISER).filter((e) => !e.isCancelled);
  const lastUpdate = (activityId: string) =>
    cardText(cardOf(h.connector.recorded.filter((r) => r.kind === 'update' && r.activity.id === activityId).at(-1)!));
  try {
    await installEveryone(h.client);
    await h.client.say(alex, importText(baseFile()));
    for (const command of ['schedule case reviews', 'schedule on-site']) {
      const plan = await askForPlan(h, alex, command);
      await h.client.press(alex, plan.activity.activityId, VERBS.confirmProposal, { proposalId: plan.proposalId });
      await h.convene.idle();
    }
    if (live().length !== BOOKED_EVENTS) throw new Error(`${live().length} events booked, not ${BOOKED_EVENTS}`);
    // Everyone invited to every event but the organiser: the mail a programme sent again in full would send.
    const invitees = (events: ReturnType<typeof live>) =>
      events.reduce((n, e) => n + (e.attendees ?? []).filter((a) => a.emailAddress?.address !== ORGANISER).length, 0);
    const bookedIds = new Set(live().map((e) => e.id));
    const everyEventAgain = invitees(live());

    await h.client.say(alex, importText(revisionFile()));
    const proposingFrom = graph.requests.length;
    const proposingBegan = performance.now();
    const changes = await askForPlan(h, alex, 'review changes');
    const proposingMs = performance.now() - proposingBegan;
    const proposing = graph.requests.slice(proposingFrom);
    const proposed = cardText(cardOf(changes.activity));
    for (const line of PROPOSED) check(line.test(proposed), `the changes card does not match ${line}`, proposed);

    const applyingFrom = graph.requests.length;
    const noticesFrom = graph.mailboxes.notices.length;
    const began = performance.now();
    const calendarDone = lastRequestAt(graph.requests);
    const recordedFrom = h.connector.recorded.length;
    await h.client.press(alex, changes.activity.activityId, VERBS.confirmProposal, { proposalId: changes.proposalId });
    await h.convene.idle();
    const applyMs = performance.now() - began;
    const applying = graph.requests.slice(applyingFrom);
    const applied = lastUpdate(changes.activity.activityId);
    check(/Applied 10 of 10 changes\. All in the calendar\./.test(applied), 'the revision was not applied in full', applied);
    if (live().length !== BOOKED_EVENTS) throw new Error(`${live().length} events after the revision, not ${BOOKED_EVENTS}`);
    return {
      latencyMs,
      proposing: { ms: Math.round(proposingMs), requests: countRequests(proposing), writes: proposing.filter((r) => r.method !== 'GET' && !r.path.endsWith('/getSchedule')).length },
      applying: {
        ms: Math.round(applyMs),
        calendarMs: Math.round(calendarDone() - began),
        requests: countRequests(applying),
        patchFields: patchFields(applying),
        // Each waits its turn under Teams' limits for one chat (7 a second, 8 in 2 s) before the apply goes on.
        progressUpdates: h.connector.recorded.slice(recordedFrom).filter((r) => r.kind === 'update' && r.activity.id === changes.activity.activityId).length,
      },
      notices: {
        ...countNotices(graph.mailboxes.notices.slice(noticesFrom)),
        // Exchange invites everyone to a new event; the server keeps no notice of that, so it is counted here.
        requestsOnCreate: invitees(live().filter((e) => !bookedIds.has(e.id))),
        ifEveryEventWereSentAgain: everyEventAgain,
      },
    };
  } finally {
    await h.close();
    await graph.close();
  }
};

type Run = Awaited<ReturnType<typeof runOnce>>;
const runs: Run[] = [];
for (const latencyMs of LATENCIES_MS) {
  runs.push(await runOnce(latencyMs));
  console.error(`run ${runs.length} of ${LATENCIES_MS.length} (${latencyMs} ms a call): applied in ${runs.at(-1)!.applying.ms} ms`);
}
// The counts are Convene's decisions, not the machine's: every run must make the same requests and mail.
const counted = ({ proposing, applying, notices }: Run) =>
  JSON.stringify([proposing.requests, proposing.writes, applying.requests, applying.patchFields, applying.progressUpdates, notices]);
if (runs.some((r) => counted(r) !== counted(runs[0]!))) throw new Error(`the runs made different requests:\n${runs.map(counted).join('\n')}`);

const first = runs[0]!;
const unhurried = runs.filter((r) => r.latencyMs === 0);
const slow = runs.find((r) => r.latencyMs === 100);
const report = {
  about:
    'Graph requests to apply a revision of 10 changes to a programme of 48 booked events, through the bot and the Graph-compatible server. ' +
    'sent counts a $batch once, inBatches its sub-requests. ms: from the Confirm press until the bot is idle (cards sent); calendarMs: until the last Graph request. ' +
    'Medians of the runs with no latency on the server; with100MsACall: one run with 100 ms added to each call.',
  date: new Date().toISOString().slice(0, 10),
  machine: { cpus: cpus().length, node: process.version },
  programme: { events: BOOKED_EVENTS, caseReviews: 16, onSiteSessions: 26, fixedItemsWithPeople: 6, file: 'examples/shropshire-2026.yaml less 6 on-site sessions (bench/changes-files.ts)' },
  revision: REVISION,
  proposing: { ...first.proposing, ms: median(unhurried.map((r) => r.proposing.ms)) },
  applying: {
    requests: first.applying.requests,
    patchFields: first.applying.patchFields,
    progressUpdates: first.applying.progressUpdates,
    ms: median(unhurried.map((r) => r.applying.ms)),
    calendarMs: median(unhurried.map((r) => r.applying.calendarMs)),
    ...(slow ? { with100MsACall: { ms: slow.applying.ms, calendarMs: slow.applying.calendarMs } } : {}),
  },
  notices: first.notices,
  runs: runs.map((r) => ({ latencyMs: r.latencyMs, proposingMs: r.proposing.ms, applyingMs: r.applying.ms, calendarMs: r.applying.calendarMs })),
};
await mkdir(new URL('./results/', import.meta.url), { recursive: true });
await writeFile(RESULTS, `${JSON.stringify(report, null, 2)}\n`);
console.table({ ...report.applying.requests.byKind, ...Object.fromEntries(Object.entries(report.applying.requests.inBatches).map(([k, n]) => [`  in $batch: ${k}`, n])) });
const { applying, proposing, notices } = report;
console.log(
  `applying: ${applying.requests.sent} requests; ${applying.ms} ms to idle, the calendar's part ${applying.calendarMs} ms (medians)` +
    (applying.with100MsACall ? `; at 100 ms a call ${applying.with100MsACall.ms} ms, the calendar's part ${applying.with100MsACall.calendarMs} ms` : ''),
);
console.log(`proposing: ${proposing.requests.sent} requests (${Object.entries(proposing.requests.byKind).map(([k, n]) => `${n} ${k}`).join(', ')}), ${proposing.writes} writes`);
console.log(
  `meeting mail: ${notices.sent + notices.requestsOnCreate} (${notices.sent} on updates and cancels, to ${notices.people} people; ${notices.requestsOnCreate} invitations to the new events); ` +
    `${notices.ifEveryEventWereSentAgain} if every event were sent again`,
);
console.log(`written ${RESULTS.pathname}`);
