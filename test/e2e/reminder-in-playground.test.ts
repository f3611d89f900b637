/**
 * A reminder in the Agents Playground, as a newcomer sees one after `npm start` (the demo moved ahead, so its
 * sessions are still to come): book the case reviews, ask for `remind`, press Remind now, and answer the
 * reminder that arrives, with the invite's own buttons.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Convene } from '../../src/convene.js';
import type { PlaygroundPage } from '../support/playground-page.js';
import { openPlaygroundSession, photograph, type PlaygroundSession } from '../support/playground-session.js';

describe('a reminder in the Agents Playground', () => {
  let session: PlaygroundSession;
  let convene: Convene;
  let chat: PlaygroundPage;

  beforeAll(async () => {
    session = await openPlaygroundSession({ TICK_SECONDS: '0', DEMO_REVIEW: 'examples/shropshire-2026.yaml', DEMO_REVIEW_AHEAD: 'true' }, { height: 2400 });
    ({ convene, chat } = session);
  }, 90_000);

  afterAll(async () => session?.close());

  it('reaches the demo user, who has not answered, with Accept, Tentative and Decline, and records the answer', async () => {
    await chat.send('schedule case reviews');
    const proposal = await chat.waitForBotText(/16 of 16 cases placed/);
    await chat.clickCardButton('Confirm and book 16 case reviews', proposal);
    await chat.waitForBotText(/Booked 16 of 16 case reviews\. All in the calendar/, 30_000);

    await chat.send('remind');
    const digestMessage = await chat.waitForBotText(/Replies to chase/);
    const digest = await photograph(digestMessage, 'digest');
    expect(digest.text).toMatch(/16 sessions still to come: 32 invitations not answered, 0 declined\./);
    expect(digest.text).toMatch(/No reply \(Teams\): Alex Rowan\s+No reply \(calendar invitation only\): Dev Ashdown/);
    expect(digest.cut).toEqual([]);
    expect(digest.text).toContain('Remind now sends a reminder at once for the 2 unanswered invitations it can reach.');
    expect(digest.buttons).toEqual(['Remind now']);
    await chat.clickCardButton('Remind now', digestMessage);
    await chat.waitForBotText(/2 reminders on the way at \d\d:\d\d/);

    const reminder = await chat.waitForBotText(/Reminder: Case review C01/);
    const drawn = await photograph(reminder, 'reminder');
    expect(drawn.text).toContain('You have not answered this invitation yet');
    expect(drawn.buttons).toEqual(['Accept', 'Tentative', 'Decline']);
    await chat.clickCardButton('Accept', reminder);
    await chat.waitForBotText(/You accepted/);
    const review = (await convene.store.reviews.latest())!;
    const answers = await convene.store.invitations.forEmail(review.id, 'alex.rowan@shropshire.example');
    expect(answers.map((i) => i.rsvp).sort()).toEqual(['accepted', 'pending']);
  }, 120_000);
});
