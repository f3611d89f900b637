/** The reminders card through the bot endpoint: the project team sees the policy in words and changes it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERBS } from '../../src/cards/shared/verbs.js';
import { startBotHarness, user, type BotHarness } from '../support/bot-harness.js';
import type { Recorded } from '../support/connector-server.js';
import { SMALL_REVIEW } from '../support/small-review.js';
import { actionsOf, cardOf, cardText, inputsOf } from '../support/teams-client.js';

const alex = user('1', 'Alex Rowan', 'alex.rowan@testshire.example');
const rita = user('2', 'Rita Reviewer', 'rita.reviewer@peers.example');

/** An invoke's answer: a card, or a message. */
const said = (value: unknown): string => (typeof value === 'string' ? value : cardText(value));

const textOfReplies = (replies: { activity: Record<string, any> }[]) => replies.map((r) => `${r.activity.text ?? ''} ${cardText(cardOf(r as never))}`).join('\n');

describe('the reminders card', () => {
  let h: BotHarness;
  let card: Recorded;
  beforeAll(async () => {
    h = await startBotHarness([alex, rita]);
    await h.client.say(alex, `import\n${SMALL_REVIEW}`);
    [card] = (await h.client.say(alex, 'reminders')).filter((r) => cardOf(r));
  });
  afterAll(async () => h?.close());

  const policy = async () => (await h.convene.store.reviews.latest())!.review.reminders;
  const save = (who: typeof alex, fields: Record<string, string>) => {
    const action = actionsOf(cardOf(card))[0]!;
    return h.client.press(who, card.activityId, action.verb, { ...action.data, ...inputsOf(cardOf(card)!), ...fields });
  };

  it('says the policy in words, with a form filled with it', () => {
    const text = cardText(cardOf(card));
    expect(text).toContain(
      'Reminders 72 h and 24 h before each session to those who have not answered, in working hours (09:00–17:00, Mon, Tue, Wed, Thu, Fri). Joining details the working day before. The digest at 08:30 each working morning.',
    );
    expect(inputsOf(cardOf(card)!)).toEqual({ noReply: '72, 24', joiningDetails: 'true', digest: '08:30', start: '09:00', end: '17:00', days: 'mon,tue,wed,thu,fri' });
    expect(actionsOf(cardOf(card)).map((a) => [a.title, a.verb])).toEqual([['Save', VERBS.savePolicy]]);
  });

  it('saves a change the file’s rules accept, and the review’s policy is the new one', async () => {
    const response = await save(alex, { noReply: '48, P3D', joiningDetails: 'false', digest: 'off', start: '08:00', end: '18:00', days: 'mon,tue,wed,thu,fri,sat' });
    const text = cardText(response.body.value);
    expect(text).toContain('Saved.');
    expect(text).toContain('Reminders 48 h and 3 days before each session to those who have not answered, in working hours (08:00–18:00, Mon, Tue, Wed, Thu, Fri, Sat). No morning digest.');
    expect(await policy()).toEqual({ noReply: ['PT48H', 'P3D'], joiningDetails: false, digest: false, workingHours: { start: '08:00', end: '18:00', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] } });
  });

  it('refuses a change with problems, listing each, keeping what was typed, and changing nothing', async () => {
    const before = await policy();
    const response = await save(alex, { noReply: 'soon', digest: '8.30', start: '17:00', end: '09:00' });
    const text = cardText(response.body.value);
    expect(text).toMatch(/Not saved: 3 things to fix/);
    expect(text).toMatch(/reminders\.noReply\[0\]: "soon" is not a time before the session/);
    expect(text).toMatch(/reminders\.digest: write the time in quotes as "HH:mm"/);
    expect(text).toMatch(/reminders\.workingHours\.end: 09:00 is not after the start \(17:00\)/);
    expect(inputsOf(response.body.value)).toMatchObject({ noReply: 'soon', digest: '8.30', start: '17:00', end: '09:00' });
    expect(await policy()).toEqual(before);
  });

  it('answers forged or empty button data with what to do, changes nothing, and still answers after', async () => {
    const before = await policy();
    const forged = [
      { verb: VERBS.savePolicy, data: {} },
      { verb: VERBS.savePolicy, data: { reviewId: 'not-a-uuid', noReply: ['72'], days: 42 } },
      { verb: VERBS.remindNow, data: { nonce: "'; drop table messages; --" } },
      { verb: VERBS.remindNow, data: {} },
      { verb: VERBS.sendAgain, data: { nonce: 12 } },
    ];
    for (const { verb, data } of forged) {
      const response = await h.client.press(alex, card.activityId, verb, data);
      expect(response.status).toBe(200);
      expect(said(response.body.value)).toMatch(/another review than the one chat works on|missing what it needs|Nothing is left to send again|No session is still to come/);
    }
    expect(await policy()).toEqual(before);
    expect(await h.convene.store.messages.forReview((await h.convene.store.reviews.latest())!.id)).toEqual([]);
    expect(textOfReplies(await h.client.say(alex, 'help'))).toMatch(/reminders/);
  });

  it('is for the project team only, and for the review chat works on only', async () => {
    const before = await policy();
    expect(before).toEqual(expect.objectContaining({ noReply: ['PT48H', 'P3D'] }));
    const refused = (await h.client.sayAndWait(rita, 'reminders')).map((r) => `${r.activity.text ?? ''} ${cardText(cardOf(r))}`).join('\n');
    expect(refused).toMatch(/only the project team/);
    expect(said((await save(rita, { noReply: '1' })).body.value)).toMatch(/only the project team/);
    // A new revision whose file says nothing of reminders keeps the policy set from chat.
    await h.client.say(alex, `import\n${SMALL_REVIEW}`);
    expect(await policy()).toEqual(before);
    // Another review: this review's card changes nothing, and the other keeps its own policy.
    await h.client.say(alex, `import\n${SMALL_REVIEW.replace('name: Testshire SEND Peer Challenge', 'name: Testshire SEND Peer Challenge 2027')}`);
    expect(said((await save(alex, { noReply: '1' })).body.value)).toMatch(/^This card is for another review than the one chat works on/);
    expect(await policy()).toBeUndefined();
    expect((await h.convene.store.reviews.list()).length).toBe(2);
  });
});
