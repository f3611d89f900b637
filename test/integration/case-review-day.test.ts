import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERBS } from '../../src/cards/shared/verbs.js';
import { startBotHarness, user, type BotHarness } from '../support/bot-harness.js';
import { SMALL_REVIEW } from '../support/small-review.js';
import { actionsOf, cardOf, cardText } from '../support/teams-client.js';
import type { Recorded } from '../support/connector-server.js';

const alex = user('1', 'Alex Rowan', 'alex.rowan@testshire.example');
const rita = user('2', 'Rita Reviewer', 'rita.reviewer@peers.example');
const sam = user('3', 'Sam Worker', 'sam.worker@testshire.example');
const stranger = user('4', 'Stan Ger', 'stan.ger@elsewhere.example');

describe('the case-review day through the bot endpoint', () => {
  let h: BotHarness;
  let proposalActivity: Recorded;
  beforeAll(async () => {
    h = await startBotHarness([alex, rita, sam, stranger]);
  });
  afterAll(async () => h?.close());

  const reviewId = async () => (await h.convene.store.reviews.latest())!.id;
  const invitesTo = (who: typeof rita) =>
    h.connector.recorded.filter(
      (r) => r.conversationId === h.client.conversationOf(who) && r.kind !== 'update' && actionsOf(cardOf(r)).some((a) => a.verb === VERBS.answerInvitation),
    );
  const textOf = (replies: Recorded[]) => replies.map((r) => r.activity.text ?? cardText(cardOf(r))).join('\n');

  it('refuses an import from someone outside the file’s project team, storing nothing', async () => {
    const replies = await h.client.say(stranger, `import\n${SMALL_REVIEW}`);
    expect(textOf(replies)).toMatch(/not in this file's review\.projectTeam/);
    expect(await h.convene.store.reviews.latest()).toBeUndefined();
  });

  it('reports every problem of a bad file with its path, storing nothing', async () => {
    const broken = SMALL_REVIEW.replace('caseWorker: sam.worker@testshire.example, categories: [childInNeed]', 'caseWorker: bob, categories: [childInNeed]')
      .replace('timeZone: Europe/London', 'timeZone: Mars/Olympus');
    const replies = await h.client.say(alex, `import\n${broken}`);
    const text = textOf(replies);
    expect(text).toMatch(/caseReviews\.cases\[1\]\.caseWorker/);
    expect(text).toMatch(/review\.timeZone/);
    expect(await h.convene.store.reviews.latest()).toBeUndefined();
  });

  it('refuses a misspelt key from chat with the nearest known one, storing nothing', async () => {
    const misspelt = SMALL_REVIEW.replace('  name: Testshire SEND Peer Challenge', '  nmae: Testshire SEND Peer Challenge');
    const text = textOf(await h.client.say(alex, `import\n${misspelt}`));
    expect(text).toMatch(/review\.nmae`?: is not a field of the review section; did you mean `?name`?\?/);
    expect(await h.convene.store.reviews.latest()).toBeUndefined();
  });

  it('imports the review from a Teams file attachment', async () => {
    const downloadUrl = h.connector.addFile('testshire.yaml', SMALL_REVIEW);
    const replies = await h.client.say(alex, '', [
      { contentType: 'application/vnd.microsoft.teams.file.download.info', name: 'testshire.yaml', content: { downloadUrl, fileType: 'yaml' } },
    ]);
    expect(textOf(replies)).toMatch(/Imported \*\*Testshire SEND Peer Challenge\*\*: 1 theme, 2 peers, 3 cases/);
    expect((await h.convene.store.reviews.latest())?.review.projectTeam).toEqual(['alex.rowan@testshire.example']);
  });

  it('tells each person what they may do', async () => {
    expect(textOf(await h.client.say(alex, 'help'))).toMatch(/schedule case reviews/);
    const ritaHelp = textOf(await h.client.say(rita, 'help'));
    expect(ritaHelp).toMatch(/my sessions/);
    expect(ritaHelp).not.toMatch(/schedule case reviews/);
  });

  it('refuses scheduling to someone outside the project team', async () => {
    expect(textOf(await h.client.say(stranger, 'schedule case reviews'))).toMatch(/only the project team/);
  });

  it('proposes the case reviews as a table with Confirm and Cancel', async () => {
    const replies = await h.client.sayAndWait(alex, 'schedule case reviews');
    proposalActivity = replies.find((r) => cardOf(r))!;
    const card = cardOf(proposalActivity)!;
    const text = cardText(card);
    expect(text).toMatch(/3 of 3 cases placed/);
    for (const caseId of ['C01', 'C02', 'C03']) expect(text).toContain(caseId);
    expect(JSON.stringify(card)).toContain('"type":"Table"');
    expect(actionsOf(card).map((a) => a.verb)).toEqual([VERBS.confirmProposal, VERBS.cancelProposal]);
  });

  it('refuses a confirm from a non-member and changes nothing', async () => {
    const confirm = actionsOf(cardOf(proposalActivity))[0]!;
    const response = await h.client.press(stranger, proposalActivity.activityId, confirm.verb, confirm.data);
    expect(response.body.value).toMatch(/only the project team/);
    const proposal = await h.convene.store.proposals.get(String(confirm.data.proposalId));
    expect(proposal?.status).toBe('proposed');
    expect(await h.convene.store.bookings.forReview(await reviewId())).toHaveLength(0);
  });

  it('books on confirm, updating the card in place, and sends invite cards to those it can reach', async () => {
    const confirm = actionsOf(cardOf(proposalActivity))[0]!;
    const response = await h.client.press(alex, proposalActivity.activityId, confirm.verb, confirm.data);
    expect(response.status).toBe(200);
    expect(cardText(response.body.value)).toMatch(/Booked 0 of 3 case reviews/);
    await h.convene.idle();
    const updates = h.connector.recorded.filter((r) => r.kind === 'update' && r.activityId === proposalActivity.activityId);
    expect(updates.length).toBeGreaterThanOrEqual(3);
    const final = cardText(cardOf(updates[updates.length - 1]!));
    expect(final).toMatch(/Booked 3 of 3 case reviews\. All in the calendar/);
    expect(final).toMatch(/Sam Worker and Tom Reviewer have the calendar invitation only: they have not started a chat with Convene yet\./);
    const bookings = await h.convene.store.bookings.forReview(await reviewId());
    expect(bookings.map((b) => b.status)).toEqual(['booked', 'booked', 'booked']);
    expect(bookings.every((b) => b.joinUrl?.startsWith('https://'))).toBe(true);
    const ritaInvites = invitesTo(rita);
    expect(ritaInvites.length).toBeGreaterThanOrEqual(1);
    expect(cardText(cardOf(ritaInvites[0]!))).toMatch(/Wed 14 Jan, \d\d:00–\d\d:00 \(UK time\)/);
    expect(h.connector.recorded.some((r) => r.conversationId === h.client.conversationOf(sam))).toBe(false);
  });

  it('never books twice when confirm is pressed again', async () => {
    const confirm = actionsOf(cardOf(proposalActivity))[0]!;
    const response = await h.client.press(alex, proposalActivity.activityId, confirm.verb, confirm.data);
    expect(response.body.value).toMatch(/booked already/);
    await h.convene.idle();
    expect(await h.convene.store.bookings.forReview(await reviewId())).toHaveLength(3);
    expect(textOf(await h.client.say(alex, 'schedule case reviews'))).toMatch(/All 3 case reviews are booked already/);
  });

  const ritaInvite = () => {
    const sent = invitesTo(rita);
    return { activity: sent[0]!, accept: actionsOf(cardOf(sent[0]!)).find((a) => a.title === 'Accept')! };
  };

  it('refuses an answer to someone else’s invitation, and a card with missing fields', async () => {
    const { activity, accept } = ritaInvite();
    const forged = await h.client.press(alex, activity.activityId, accept.verb, accept.data);
    expect(forged.body.value).toMatch(/for someone else/);
    const missing = await h.client.press(rita, activity.activityId, accept.verb, { answer: 'accepted' });
    expect(missing.body.value).toMatch(/missing/);
    const bogus = await h.client.press(rita, activity.activityId, accept.verb, { ...accept.data, answer: 'maybe-later' });
    expect(bogus.body.value).toMatch(/missing/);
    const invitation = await h.convene.store.invitations.get(String(accept.data.invitationId));
    expect(invitation?.rsvp).toBe('pending');
  });

  it('records an accept for the person who clicked, refreshes the card and writes the calendar', async () => {
    const { activity, accept } = ritaInvite();
    const response = await h.client.press(rita, activity.activityId, accept.verb, accept.data);
    expect(response.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardText(response.body.value)).toMatch(/You accepted/);
    const invitation = await h.convene.store.invitations.get(String(accept.data.invitationId));
    expect(invitation?.rsvp).toBe('accepted');
  });

  it('shows the project team RSVP counts per session, and nobody else', async () => {
    const status = textOf(await h.client.say(alex, 'status'));
    expect(status).toMatch(/3 sessions booked; 1 of 6 invitations answered/);
    expect(textOf(await h.client.say(rita, 'status'))).toMatch(/only the project team/);
  });

  it('lists a person’s own sessions with their answers', async () => {
    const mine = textOf(await h.client.say(rita, 'my sessions'));
    expect(mine).toMatch(/You accepted\./);
    expect(mine).toMatch(/Your sessions/);
    expect(textOf(await h.client.say(stranger, 'my sessions'))).toMatch(/no sessions/);
  });

  it('tells the project team of a decline with a card, once, and says so on the decliner’s card only then', async () => {
    const { activity } = ritaInvite();
    const invitationId = String(actionsOf(cardOf(activity)).find((a) => a.title === 'Accept')!.data.invitationId);
    const toAlex = () => h.connector.recorded.filter((r) => r.conversationId === h.client.conversationOf(alex) && /^Declined: /m.test(cardText(cardOf(r)) ?? ''));
    const decline = { invitationId, answer: 'declined', view: 'invite', [`reason-${invitationId}`]: '  A tribunal hearing that morning ' };
    const response = await h.client.press(rita, activity.activityId, VERBS.answerInvitation, decline);
    expect(cardText(response.body.value)).toMatch(/You declined\. The project team has been told: this card will show what they decide\./);
    expect(cardText(response.body.value)).toContain('Your reason: A tribunal hearing that morning');
    const told = toAlex();
    expect(told).toHaveLength(1);
    const card = cardText(cardOf(told[0]!));
    expect(card).toMatch(/^Declined: Case review C0\d$/m);
    expect(card).toContain('Rita Reviewer');
    expect(card).toMatch(/Wed 14 Jan, \d\d:00–\d\d:00 \(UK time\)/);
    expect(card).toContain('A tribunal hearing that morning');

    // Pressed again, the answer stands and nobody is told twice; the card no longer claims a telling it did not do.
    const again = await h.client.press(rita, activity.activityId, VERBS.answerInvitation, decline);
    expect(cardText(again.body.value)).toMatch(/You declined\./);
    expect(cardText(again.body.value)).not.toMatch(/has been told/);
    expect(toAlex()).toHaveLength(1);
    expect((await h.convene.store.invitations.get(invitationId))?.rsvp).toBe('declined');

    // Changed to Accept, then Decline pressed twice at once: one new decline, told once.
    await h.client.press(rita, activity.activityId, VERBS.answerInvitation, { ...decline, answer: 'accepted' });
    await Promise.all([h.client.press(rita, activity.activityId, VERBS.answerInvitation, decline), h.client.press(rita, activity.activityId, VERBS.answerInvitation, decline)]);
    await h.convene.idle();
    expect(toAlex()).toHaveLength(2);
  });

  it('answers an unknown command politely', async () => {
    expect(textOf(await h.client.say(rita, 'make me a sandwich'))).toMatch(/didn't understand/);
  });
});
