/**
 * A review keeps its identity across imports, through the bot's endpoint on the demo review: the same file again
 * is a new revision, with what is booked and answered still attached; a different review, while this one has
 * bookings, asks first; `reviews` lists them and says which one chat works on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERBS } from '../../src/cards/shared/verbs.js';
import type { Recorded } from '../support/connector-server.js';
import { startBotHarness, type BotHarness } from '../support/bot-harness.js';
import { addEveryone, everyoneAs, installEveryone } from '../support/demo-everyone.js';
import { alex as demoAlex, DEMO } from '../support/demo-people.js';
import { askForPlan } from '../support/proposals.js';
import { actionsOf, cardOf, cardText } from '../support/teams-client.js';

const alex = everyoneAs(demoAlex.email);
const NEXT_YEAR = DEMO.replace('name: Shropshire SEND Peer Challenge 2026', 'name: Shropshire SEND Peer Challenge 2027');
const textOf = (replies: Recorded[]) => replies.map((r) => r.activity.text ?? cardText(cardOf(r))).join('\n');

describe('importing a review again, and another review', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness([], { DEMO_REVIEW: 'examples/shropshire-2026.yaml', TICK_SECONDS: '0' });
    addEveryone(h);
    await installEveryone(h.client);
    const plan = await askForPlan(h, alex, 'schedule case reviews');
    await h.client.press(alex, plan.activity.activityId, VERBS.confirmProposal, { proposalId: plan.proposalId });
    await h.convene.idle();
    // Alex is C01's case worker: he accepts on his invite card.
    const mine = (await h.convene.store.invitations.forEmail((await h.convene.store.reviews.latest())!.id, alex.email))[0]!;
    await h.client.press(alex, mine.cardActivityId!, VERBS.answerInvitation, { invitationId: mine.id, answer: 'accepted', view: 'invite' });
    await h.convene.idle();
  });
  afterAll(async () => h?.close());

  it('makes the same file a new revision, keeping the bookings and the answers', async () => {
    const before = (await h.convene.store.reviews.latest())!;
    const reply = textOf(await h.client.say(alex, `import\n${DEMO}`));
    expect(reply).toMatch(/^Imported revision 2 of \*\*Shropshire SEND Peer Challenge 2026\*\*: 7 themes, \d+ peers, 16 cases\. What is booked stays booked/);
    expect(reply).toMatch(/Nothing in it changes what is booked\./);
    const after = (await h.convene.store.reviews.latest())!;
    expect(after).toMatchObject({ id: before.id, revision: 2 });
    expect(textOf(await h.client.say(alex, 'status'))).toMatch(/16 sessions booked; 1 of 32 invitations answered/);
    expect(textOf(await h.client.say(alex, 'schedule case reviews'))).toMatch(/All 16 case reviews are booked already/);
    expect(await h.convene.store.reviews.list()).toHaveLength(1);
  });

  it('says what a corrected file changes against what is booked, and that those changes are not applied', async () => {
    const corrected = DEMO.replace('{ id: C02, caseWorker: sam.lindqvist@shropshire.example,', '{ id: C02, caseWorker: kemi.adeyemo@shropshire.example,')
      .replace(/\n\s+- \{ id: C16,[^\n]*/, '')
      .replace('    - { id: C15,', '    - { id: C17, caseWorker: sam.lindqvist@shropshire.example, categories: [inHospital] }\n    - { id: C15,');
    const reply = textOf(await h.client.say(alex, `import\n${corrected}`));
    expect(reply).toMatch(/^Imported revision 3 of /);
    expect(reply).toMatch(/Against what is booked \(times are UK time\):/);
    const lines = reply.split('\n').filter((line) => line.startsWith('- '));
    expect(lines).toEqual([
      '- Removed: Case review C16, Wed 14 Jan 09:00–10:00: no longer in the file, to be cancelled',
      '- Attendees added: Case review C02, Wed 14 Jan 11:00–12:00: Kemi Adeyemo, to be invited',
      '- Attendees removed: Case review C02, Wed 14 Jan 11:00–12:00: Sam Lindqvist, invitations to be cancelled',
      '- New: Case review C17, to be placed',
    ]);
    expect(reply).toMatch(/Nothing has changed in calendars yet\. Send \*\*review changes\*\* to see what applying them would move, cancel and book, and confirm it there\.$/);
    expect(textOf(await h.client.say(alex, 'status'))).toMatch(/16 sessions booked; 1 of 32 invitations answered/);
  });

  it('asks before a different review takes over, imports it on the first press only, and lists both', async () => {
    const held = (await h.client.say(alex, `import\n${NEXT_YEAR}`))[0]!;
    expect(cardText(cardOf(held))).toMatch(/A different review\n\*\*Shropshire SEND Peer Challenge 2027\*\* is not Shropshire SEND Peer Challenge 2026, which has 16 sessions booked\. Import it as a new review\?/);
    expect((await h.convene.store.reviews.latest())!.review.name).toBe('Shropshire SEND Peer Challenge 2026');
    const importIt = actionsOf(cardOf(held)).find((a) => a.title === 'Import it')!;
    const [first, second] = await Promise.all([1, 2].map(() => h.client.press(alex, held.activityId, importIt.verb, importIt.data)));
    const answers = [first, second].map((r) => cardText(r!.body.value));
    expect(answers.filter((a) => /^Imported Shropshire SEND Peer Challenge 2027/.test(a))).toHaveLength(1);
    expect(answers.filter((a) => /^Nothing was imported/.test(a))).toHaveLength(1);
    expect((await h.convene.store.reviews.latest())!.review.name).toBe('Shropshire SEND Peer Challenge 2027');

    const listed = (await h.client.say(alex, 'reviews'))[0]!;
    const text = cardText(cardOf(listed));
    expect(text).toMatch(/Shropshire SEND Peer Challenge 2027\nRevision 1, imported .*; 0 sessions booked\nChat works on this review/);
    expect(text).toMatch(/Shropshire SEND Peer Challenge 2026\nRevision 3, imported .*; 16 sessions booked/);
    const back = actionsOf(cardOf(listed)).find((a) => a.verb === VERBS.chooseReview)!;
    const switched = await h.client.press(alex, listed.activityId, back.verb, back.data);
    expect(cardText(switched.body.value)).toMatch(/Shropshire SEND Peer Challenge 2026\nRevision 3, imported .*; 16 sessions booked\nChat works on this review/);
    expect(textOf(await h.client.say(alex, 'status'))).toMatch(/16 sessions booked; 1 of 32 invitations answered/);
  });

  it('imports nothing when told not to, and refuses a held file to anyone but its sender', async () => {
    const held = (await h.client.say(alex, `import\n${NEXT_YEAR.replace('2027', '2028')}`))[0]!;
    const dont = actionsOf(cardOf(held)).find((a) => a.title === "Don't import")!;
    const morgan = everyoneAs('morgan.hale@peers.example');
    const forged = await h.client.press(morgan, held.activityId, dont.verb, dont.data);
    expect(cardText(forged.body.value)).toMatch(/^Nothing was changed/);
    const dropped = await h.client.press(alex, held.activityId, dont.verb, dont.data);
    expect(cardText(dropped.body.value)).toBe('Not imported\nShropshire SEND Peer Challenge 2028 was not imported; chat still works on Shropshire SEND Peer Challenge 2026.');
    const late = await h.client.press(alex, held.activityId, VERBS.importHeld, dont.data);
    expect(cardText(late.body.value)).toMatch(/^Nothing was imported/);
    expect((await h.convene.store.reviews.list()).map((r) => r.name)).toEqual(['Shropshire SEND Peer Challenge 2026', 'Shropshire SEND Peer Challenge 2027']);
  });

  it('lists the reviews only to a project team', async () => {
    const morgan = everyoneAs('morgan.hale@peers.example');
    expect(textOf(await h.client.say(morgan, 'reviews'))).toMatch(/only a review’s project team/);
  });
});

describe('the demo file imported again after `npm start` moved the demo ahead', () => {
  let h: BotHarness;
  const NOW = '2026-12-07T09:00:00.000Z';
  beforeAll(async () => {
    h = await startBotHarness([alex], { DEMO_REVIEW: 'examples/shropshire-2026.yaml', DEMO_REVIEW_AHEAD: 'true', TICK_SECONDS: '0' }, { now: () => NOW });
  });
  afterAll(async () => h?.close());

  it('moves the edited example file as far as the demo was moved, so only the edits are changes', async () => {
    const loaded = (await h.convene.store.reviews.latest())!;
    const firstDay = (review: typeof loaded.review) => review.caseReviews!.days[0]!.date;
    expect(firstDay(loaded.review) > NOW.slice(0, 10)).toBe(true);
    const edited = DEMO.replace(/\n\s+- \{ id: C16,[^\n]*/, '');
    const reply = textOf(await h.client.say(alex, `import\n${edited}`));
    const weeks = Number(/Its dates are moved (\d+) weeks ahead, as the demo's were when Convene started\./.exec(reply)?.[1]);
    expect(weeks).toBeGreaterThan(40);
    const revised = (await h.convene.store.reviews.latest())!;
    expect(revised).toMatchObject({ id: loaded.id, revision: 2 });
    // Every date where the demo loaded on start has it: only the case taken out differs.
    expect({ ...revised.review, caseReviews: { ...revised.review.caseReviews!, cases: [] } }).toEqual({ ...loaded.review, caseReviews: { ...loaded.review.caseReviews!, cases: [] } });
    expect(revised.review.caseReviews!.cases.map((c) => c.id)).toEqual(loaded.review.caseReviews!.cases.map((c) => c.id).filter((id) => id !== 'C16'));
    // A file whose dates are already ahead is taken as it is.
    const again = textOf(await h.client.say(alex, `import\n${edited.replaceAll('2026-01-', '2027-01-').replaceAll('2026-02-', '2027-02-')}`));
    expect(again).not.toMatch(/moved \d+ weeks ahead/);
  });
});
