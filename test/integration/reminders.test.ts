/**
 * Reminders through the real bot endpoint, the outbox and a connector that records every send, with the bot's
 * clock moved through the week before a case-review day (Wednesday 14 January 2026, default policy: 72 h and
 * 24 h before, joining details the working day before, 09:00 to 17:00 Monday to Friday).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERBS } from '../../src/cards/shared/verbs.js';
import type { Recorded } from '../support/connector-server.js';
import { startBotHarness, user, type BotHarness } from '../support/bot-harness.js';
import { SMALL_REVIEW } from '../support/small-review.js';
import { actionsOf, cardOf, cardText } from '../support/teams-client.js';

const alex = user('1', 'Alex Rowan', 'alex.rowan@testshire.example');
const rita = user('2', 'Rita Reviewer', 'rita.reviewer@peers.example');
const tom = user('3', 'Tom Reviewer', 'tom.reviewer@peers.example');
const sam = user('4', 'Sam Worker', 'sam.worker@testshire.example');

describe('reminders, from the review’s policy, through the outbox', () => {
  let h: BotHarness;
  let clock = '2026-01-09T09:30:00.000Z';
  beforeAll(async () => {
    h = await startBotHarness([alex, rita, tom, sam], { TICK_SECONDS: '0' }, { now: () => clock });
    for (const who of [rita, tom]) await h.client.say(who, 'help');
    await h.client.say(alex, `import\n${SMALL_REVIEW}`);
    const proposal = (await h.client.sayAndWait(alex, 'schedule case reviews')).find((r) => cardOf(r))!;
    const confirm = actionsOf(cardOf(proposal))[0]!;
    await h.client.press(alex, proposal.activityId, confirm.verb, confirm.data);
    await h.convene.idle();
  });
  afterAll(async () => h?.close());

  const cardsTo = (who: typeof rita, heading: RegExp) =>
    h.connector.recorded.filter((r) => r.kind !== 'update' && r.conversationId === h.client.conversationOf(who) && heading.test(cardText(cardOf(r))));
  const invitationsOf = async (email: string) => h.convene.store.invitations.forEmail((await h.convene.store.reviews.latest())!.id, email);
  const invitationOn = (r: Recorded) => String(actionsOf(cardOf(r)).find((a) => a.verb === VERBS.answerInvitation)?.data.invitationId);
  const textOfReplies = (replies: Recorded[]) => replies.map((r) => r.activity.text ?? cardText(cardOf(r))).join('\n');
  const messages = async () => h.convene.store.messages.forReview((await h.convene.store.reviews.latest())!.id);

  it('sends nothing on Friday morning: the 72-hour reminder falls on Sunday, so it moves to Friday 17:00', async () => {
    const invitations = [...(await invitationsOf(rita.email)), ...(await invitationsOf(tom.email))];
    expect(invitations.length).toBeGreaterThan(0);
    expect(invitations.every((i) => i.cardSentAt === clock && i.cardActivityId)).toBe(true);
    const { reminders, digests } = await h.convene.tick();
    expect(reminders).toBe(0);
    expect(cardsTo(rita, /^Reminder/m)).toHaveLength(0);
    // The project team's morning digest is due from 08:30 on a working day: Alex gets Friday's.
    expect(digests).toBe(1);
    expect(cardsTo(alex, /^Replies to chase$/m)).toHaveLength(1);
  });

  it('gives the project team the digest on `remind`: each silent person with how they are reached, and Remind now', async () => {
    const [digest] = (await h.client.say(alex, 'remind')).filter((r) => cardOf(r));
    const text = cardText(cardOf(digest!));
    expect(text).toMatch(/3 sessions still to come: 6 invitations not answered, 0 declined\./);
    expect(text).toMatch(/No reply \(calendar invitation only\): Sam Worker/);
    expect(text).toMatch(/No reply \(Teams\): (Rita|Tom) Reviewer/);
    expect(text).toMatch(/Wed 14 Jan, 09:00–10:00 \(UK time\)/);
    expect(text).toMatch(/\*\*Remind now\*\* sends a reminder at once for the 4 unanswered invitations it can reach\./);
    expect(actionsOf(cardOf(digest!)).map((a) => [a.title, a.verb])).toEqual([['Remind now', VERBS.remindNow]]);
    expect(textOfReplies(await h.client.say(rita, 'remind'))).toMatch(/only the project team/);
  });

  it('reminds at Friday 17:00 everyone who has not answered, with the invite’s buttons, and nobody who has', async () => {
    const [answered, ...pending] = await invitationsOf(rita.email);
    const invite = h.connector.recorded.find((r) => r.activityId === answered!.cardActivityId)!;
    const accept = actionsOf(cardOf(invite)).find((a) => a.title === 'Accept')!;
    await h.client.press(rita, invite.activityId, accept.verb, accept.data);

    clock = '2026-01-09T17:00:00.000Z';
    const { reminders } = await h.convene.tick();
    const everyone = (await messages()).filter((m) => m.payload.kind === 'reminder');
    expect(reminders).toBe(everyone.length);
    // Sam never wrote to Convene: his reminders are kept as unreachable, not lost and not retried for ever.
    expect(everyone.filter((m) => m.recipient === 'sam.worker@testshire.example').map((m) => m.state)).toEqual(
      expect.arrayContaining(['unreachable']),
    );
    const toRita = cardsTo(rita, /^Reminder: /m);
    expect(toRita.map(invitationOn).sort()).toEqual(pending.map((i) => i.id).sort());
    const text = cardText(cardOf(toRita[0]!));
    expect(text).toMatch(/You have not answered this invitation yet/);
    expect(text).toMatch(/Wed 14 Jan, \d\d:00–\d\d:00 \(UK time\)/);
    expect(actionsOf(cardOf(toRita[0]!)).map((a) => a.title)).toEqual(['Accept', 'Tentative', 'Decline']);
    expect(cardsTo(tom, /^Reminder: /m).length).toBe((await invitationsOf(tom.email)).length);
  });

  it('queues nothing new when the timer runs again', async () => {
    const before = h.connector.recorded.length;
    expect((await h.convene.tick()).reminders).toBe(0);
    expect(h.connector.recorded.length).toBe(before);
  });

  it('records an answer given on a reminder once, and updates the invite card in place', async () => {
    const reminder = cardsTo(tom, /^Reminder: /m)[0]!;
    const invitationId = invitationOn(reminder);
    const tentative = actionsOf(cardOf(reminder)).find((a) => a.title === 'Tentative')!;
    const response = await h.client.press(tom, reminder.activityId, tentative.verb, tentative.data);
    expect(cardText(response.body.value)).toMatch(/You said maybe/);
    await h.convene.idle();
    const invitation = await h.convene.store.invitations.get(invitationId);
    expect(invitation?.rsvp).toBe('tentative');
    const updates = h.connector.recorded.filter((r) => r.kind === 'update' && r.activityId === invitation!.cardActivityId);
    expect(updates).toHaveLength(1);
    expect(cardText(cardOf(updates[0]!))).toMatch(/You said maybe/);
    // The reminder itself was answered in the turn: it is not updated a second time.
    expect(h.connector.recorded.filter((r) => r.kind === 'update' && r.activityId === reminder.activityId)).toHaveLength(0);
  });

  it('updates a reminder in place when the answer is given on the invite card, and no longer says there is none', async () => {
    const [pending] = (await invitationsOf(rita.email)).filter((i) => i.rsvp === 'pending');
    const invite = h.connector.recorded.find((r) => r.activityId === pending!.cardActivityId)!;
    const decline = actionsOf(cardOf(invite)).find((a) => a.title === 'Decline')!;
    await h.client.press(rita, invite.activityId, decline.verb, decline.data);
    await h.convene.idle();
    const reminder = cardsTo(rita, /^Reminder: /m).find((r) => invitationOn(r) === pending!.id)!;
    const updates = h.connector.recorded.filter((r) => r.kind === 'update' && r.activityId === reminder.activityId);
    expect(updates).toHaveLength(1);
    const text = cardText(cardOf(updates[0]!));
    expect(text).toMatch(/You declined/);
    expect(text).not.toMatch(/not answered|Reminder/);
  });

  it('leaves an invite card Teams would not update at once to the outbox, which makes it true when Teams lets it', async () => {
    // Tom said maybe on this reminder above; now he accepts.
    const reminder = cardsTo(tom, /^Reminder: /m)[0]!;
    const invitationId = invitationOn(reminder);
    const inviteCard = (await h.convene.store.invitations.get(invitationId))!.cardActivityId!;
    const asked: number[] = [];
    // Teams asks the first update of the invite card to wait a second.
    h.connector.intercept = (kind, activity) => {
      if (kind !== 'update' || activity.id !== inviteCard) return undefined;
      asked.push(Date.now());
      return asked.length === 1 ? { status: 429, retryAfter: '1' } : undefined;
    };
    try {
      const accept = actionsOf(cardOf(reminder)).find((a) => a.title === 'Accept')!;
      expect(cardText((await h.client.press(tom, reminder.activityId, accept.verb, accept.data)).body.value)).toMatch(/You accepted/);
      const before = h.connector.recorded.filter((r) => r.kind === 'update' && r.activityId === inviteCard).length;
      const updated = async () => h.connector.recorded.filter((r) => r.kind === 'update' && r.activityId === inviteCard).slice(before);
      for (const deadline = Date.now() + 10_000; (await updated()).length === 0 && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 100));
      const updates = await updated();
      expect(updates).toHaveLength(1);
      expect(cardText(cardOf(updates[0]!))).toMatch(/You accepted/);
      expect(asked).toHaveLength(2);
      expect(asked[1]! - asked[0]!).toBeGreaterThanOrEqual(1_000);
      const message = (await messages()).find((m) => m.payload.kind === 'answerCard' && m.payload.activityId === inviteCard);
      expect(message?.state).toBe('sent');
    } finally {
      h.connector.intercept = undefined;
    }
  });

  it('sends on Tuesday the 24-hour reminder to those still silent, each on the hour, and the joining details at 09:00 to those coming', async () => {
    for (const hour of ['09', '10', '11']) {
      clock = `2026-01-13T${hour}:00:00.000Z`;
      await h.convene.tick();
    }
    const all = await h.convene.store.invitations.forReview((await h.convene.store.reviews.latest())!.id);
    const coming = all.filter((i) => i.rsvp === 'accepted' || i.rsvp === 'tentative');
    expect(coming.length).toBeGreaterThanOrEqual(2);
    for (const who of [rita, tom]) {
      const details = cardsTo(who, /^Joining details: /m);
      expect(details.map(invitationOn).sort()).toEqual(coming.filter((i) => i.email === who.email).map((i) => i.id).sort());
      for (const card of details) expect(cardText(cardOf(card))).toMatch(/\[Join the Teams meeting\]\(https:\/\//);
    }
    const startOf = new Map((await h.convene.store.bookings.forReview(all[0]!.reviewId)).map((b) => [b.id, b.start]));
    const dayBefore = (invitationId: string) => {
      const start = startOf.get(all.find((i) => i.id === invitationId)!.bookingId)!;
      return new Date(Date.parse(start) - 24 * 3_600_000).toISOString();
    };
    const silent = all.filter((i) => i.rsvp === 'pending' && i.email !== 'sam.worker@testshire.example');
    const sent24h = (await messages()).flatMap((m) =>
      m.payload.kind === 'reminder' && m.payload.reminder === 'noReply' && m.payload.meantFor === dayBefore(m.payload.invitationId) && m.state === 'sent' ? [m.payload.invitationId] : [],
    );
    expect(silent.length).toBeGreaterThan(0);
    expect(sent24h.sort()).toEqual(silent.map((i) => i.id).sort());
  });

  it('reminds at once on Remind now, once however often it is pressed, and records it on the invitation', async () => {
    clock = '2026-01-13T11:30:00.000Z';
    const [digest] = (await h.client.say(alex, 'remind')).filter((r) => cardOf(r));
    const press = actionsOf(cardOf(digest!))[0]!;
    const before = h.connector.recorded.length;
    const first = await h.client.press(alex, digest!.activityId, press.verb, press.data);
    await h.convene.idle();
    const sent = h.connector.recorded.slice(before).filter((r) => r.kind !== 'update' && /^Reminder: /m.test(cardText(cardOf(r))));
    const silent = (await h.convene.store.invitations.forReview((await h.convene.store.reviews.latest())!.id)).filter(
      (i) => i.rsvp === 'pending' && i.email !== sam.email,
    );
    expect(sent.map(invitationOn).sort()).toEqual(silent.map((i) => i.id).sort());
    expect(cardText(first.body.value)).toMatch(new RegExp(`${silent.length} reminders? on the way at 11:30`));
    expect(actionsOf(first.body.value)).toEqual([]);
    const again = await h.client.press(alex, digest!.activityId, press.verb, press.data);
    await h.convene.idle();
    expect(cardText(again.body.value)).toMatch(/These reminders went already/);
    expect(h.connector.recorded.slice(before).filter((r) => r.kind !== 'update' && /^Reminder: /m.test(cardText(cardOf(r))))).toHaveLength(sent.length);
    for (const invitation of silent) expect((await h.convene.store.invitations.get(invitation.id))?.remindedAt).toBe(clock);
  });

  it('shows the project team what Teams refused for good, and sends it again on Send again', async () => {
    // Teams refuses every reminder (500: not worth retrying), and takes everything else.
    h.connector.intercept = (kind, activity) => (kind !== 'update' && JSON.stringify(activity).includes('Reminder: ') ? 'fail' : undefined);
    const [digest] = (await h.client.say(alex, 'remind')).filter((r) => cardOf(r));
    const press = actionsOf(cardOf(digest!))[0]!;
    await h.client.press(alex, digest!.activityId, press.verb, press.data);
    await h.convene.idle();
    const failed = (await messages()).filter((m) => m.state === 'failed');
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((m) => /^Teams answered 500/.test(m.reason ?? ''))).toBe(true);

    h.connector.intercept = undefined;
    const [after] = (await h.client.say(alex, 'remind')).filter((r) => cardOf(r));
    const text = cardText(cardOf(after!));
    expect(text).toMatch(new RegExp(`Not sent: Teams refused ${failed.length} messages?, after trying again`));
    expect(text).toMatch(/Reminder to (Tom Reviewer|Alex Rowan): Teams answered 500/);
    const again = actionsOf(cardOf(after!)).find((a) => a.title === 'Send again')!;
    const before = h.connector.recorded.length;
    const response = await h.client.press(alex, after!.activityId, again.verb, again.data);
    expect(cardText(response.body.value)).toMatch(new RegExp(`${failed.length} messages? queued to be sent again`));
    await h.convene.idle();
    const resent = await Promise.all(failed.map((m) => h.convene.store.messages.get(m.key)));
    expect(resent.map((m) => m?.state)).toEqual(failed.map(() => 'sent'));
    expect(h.connector.recorded.slice(before).filter((r) => r.kind !== 'update')).toHaveLength(failed.length);
    // Pressed again, there is nothing left to send.
    const twice = await h.client.press(alex, after!.activityId, again.verb, again.data);
    expect(cardText(twice.body.value)).toMatch(/Nothing is left to send again/);
  });

  it('sends nothing once the sessions have started', async () => {
    clock = '2026-01-14T11:30:00.000Z';
    const before = h.connector.recorded.length;
    expect((await h.convene.tick()).reminders).toBe(0);
    expect(h.connector.recorded.slice(before).filter((r) => r.kind !== 'update' && /^Reminder|^Joining/m.test(cardText(cardOf(r))))).toEqual([]);
  });
});
