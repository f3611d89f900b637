import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERBS } from '../../src/cards/shared/verbs.js';
import { startBotHarness, user, type BotHarness } from '../support/bot-harness.js';
import type { Recorded } from '../support/connector-server.js';
import { actionsOf, cardOf, cardText } from '../support/teams-client.js';
import { DEMO, alex, morgan } from '../support/demo-people.js';
import { sql } from 'kysely';
import { clockTime } from '../../src/domain/shared/index.js';
import type { OpenedStore } from '../../src/store/open-store.js';

const stranger = user('3', 'Stan Ger', 'stan.ger@elsewhere.example');

/** The demo's on-site week through the bot's HTTP endpoint: import, schedule on-site, confirm, invites. */
describe('schedule on-site in Teams', () => {
  let h: BotHarness;
  let proposal: Recorded[];
  beforeAll(async () => {
    h = await startBotHarness([alex, morgan, stranger]);
  });
  afterAll(async () => h?.close());

  const textOf = (replies: Recorded[]) => replies.map((r) => r.activity.text ?? cardText(cardOf(r))).join('\n');
  const withButtons = () => proposal.at(-1)!;
  const invitesTo = (who: typeof morgan) =>
    h.connector.recorded.filter(
      (r) => r.conversationId === h.client.conversationOf(who) && r.kind !== 'update' && actionsOf(cardOf(r)).some((a) => a.verb === VERBS.answerInvitation),
    );

  it('imports the demo and suggests scheduling the on-site week', async () => {
    expect(textOf(await h.client.say(alex, `import\n${DEMO}`))).toMatch(/schedule on-site/);
    expect(textOf(await h.client.say(alex, 'help'))).toMatch(/schedule on-site/);
    const morganHelp = textOf(await h.client.say(morgan, 'hello'));
    expect(morganHelp).toMatch(/my sessions/);
    expect(morganHelp).not.toMatch(/schedule on-site/);
  });

  it('refuses schedule on-site to someone outside the project team', async () => {
    expect(textOf(await h.client.say(stranger, 'schedule on-site'))).toMatch(/only the project team/);
    expect(textOf(await h.client.say(morgan, 'schedule on-site'))).toMatch(/only the project team/);
  });

  it('proposes the week as a table per day, with coverage and Confirm / Cancel', async () => {
    proposal = (await h.client.sayAndWait(alex, 'schedule on-site')).filter((r) => cardOf(r));
    expect(proposal.length).toBeGreaterThanOrEqual(1);
    const cards = proposal.map((r) => cardOf(r)!);
    for (const card of cards) expect(JSON.stringify(card).length).toBeLessThan(28_000);
    const text = cards.map(cardText).join('\n');
    expect(text).toMatch(/32 of 32 sessions placed, with 17 fixed items\. Times are UK time\./);
    for (const day of ['Tuesday 3 February', 'Wednesday 4 February', 'Thursday 5 February', 'Friday 6 February']) expect(text).toContain(day);
    expect(text).toContain('Team A');
    expect(text).toContain('Team B');
    expect(text).toMatch(/Meeting with the Director of Children's Services \([A-Z]{2}, [A-Z]{2}\)/);
    expect(text).toMatch(/\*\*12:30–13:15\*\* · Lunch/);
    expect(text).toMatch(/Every theme is covered/);
    expect(text).toMatch(/All 7 essential site visits are in the programme/);
    const tables = JSON.stringify(cards).match(/"type":"Table"/g) ?? [];
    expect(tables.length).toBeGreaterThanOrEqual(4);
    expect(actionsOf(cardOf(withButtons())).map((a) => a.verb)).toEqual([VERBS.confirmProposal, VERBS.cancelProposal]);
    expect(actionsOf(cardOf(withButtons()))[0]!.title).toBe('Confirm and book 38 events');
    // What the 38 are, so that the count can be checked against the programme.
    expect(text).toMatch(/Confirm books 38 calendar events: the 32 sessions and 6 fixed items with people to invite\. The other 11 fixed items \(.+\) are on the timetable only\./);
    expect(text).toMatch(/Peers: ([A-Z]{2} [A-Z][a-z]+ [A-Z][a-z]+( \(demo\))?( · )?)+/);
  });

  it('refuses a confirm from a non-member and books nothing', async () => {
    const confirm = actionsOf(cardOf(withButtons()))[0]!;
    const response = await h.client.press(stranger, withButtons().activityId, confirm.verb, confirm.data);
    expect(response.body.value).toMatch(/only the project team/);
    const reviewId = (await h.convene.store.reviews.latest())!.id;
    expect(await h.convene.store.bookings.forReview(reviewId)).toHaveLength(0);
  });

  it('books every session and the fixed items with attendees, updating the card, and sends invites', async () => {
    const confirm = actionsOf(cardOf(withButtons()))[0]!;
    const response = await h.client.press(alex, withButtons().activityId, confirm.verb, confirm.data);
    expect(cardText(response.body.value)).toMatch(/Booked 0 of 38 calendar events/);
    await h.convene.idle();
    const updates = h.connector.recorded.filter((r) => r.kind === 'update' && r.activityId === withButtons().activityId);
    expect(updates.length).toBeGreaterThanOrEqual(3);
    const final = cardText(cardOf(updates.at(-1)!));
    expect(final).toMatch(/Booked 38 of 38 calendar events\. All in the calendar/);
    expect(final).toMatch(/\d+ people have the calendar invitation only: they have not started a chat with Convene yet\./);
    // Counted, not poured out as a paragraph of names: the note is the card's last line, and it names nobody.
    expect(final.split('\n').at(-1)).toMatch(/^\d+ people have the calendar invitation only/);
    expect(actionsOf(cardOf(updates.at(-1)!))).toEqual([]);

    const bookings = await h.convene.store.bookings.forReview((await h.convene.store.reviews.latest())!.id);
    expect(bookings).toHaveLength(38);
    expect(bookings.every((b) => b.status === 'booked')).toBe(true);
    const camhs = bookings.find((b) => b.sessionId === 'camhs')!;
    expect(camhs.joinUrl).toMatch(/^https:\/\//);
    expect(bookings.find((b) => b.sessionId === 'visit-primary')?.location).toBe('Castlefields Primary (demo)');
    const morganSessions = bookings.filter((b) => b.attendees.includes(morgan.email));
    expect(invitesTo(morgan)).toHaveLength(morganSessions.length);
    expect(invitesTo(alex)).toHaveLength(0);
  });

  it('status and my sessions include the on-site sessions', async () => {
    const status = textOf(await h.client.say(alex, 'status'));
    expect(status).toMatch(/38 sessions booked; 0 of \d+ invitations answered\./);
    // Per day, as numbers Teams shows: the four on-site days, with their sessions and replies.
    for (const day of ['Tue 3 Feb', 'Wed 4 Feb', 'Thu 5 Feb', 'Fri 6 Feb']) expect(status).toMatch(new RegExp(`${day}\n\\d+\n0 of \\d+\n0\n\\d+`));
    const mine = textOf(await h.client.say(morgan, 'my sessions'));
    expect(mine).toContain('Feedback to DCS and ICB');
    expect(mine).not.toContain('Welcome to the base room');
  });

  it('counts only the case reviews when both programmes are booked', async () => {
    const proposed = (await h.client.sayAndWait(alex, 'schedule case reviews')).filter((r) => cardOf(r));
    const confirm = actionsOf(cardOf(proposed.at(-1)!)).find((a) => a.verb === VERBS.confirmProposal)!;
    expect(confirm.title).toBe('Confirm and book 16 case reviews');
    await h.client.press(alex, proposed.at(-1)!.activityId, confirm.verb, confirm.data);
    await h.convene.idle();
    expect(textOf(await h.client.say(alex, 'schedule case reviews'))).toMatch(/^All 16 case reviews are booked already\./);
    expect(textOf(await h.client.say(alex, 'schedule on-site'))).toMatch(/^All 32 on-site sessions are booked already\./);
  });

  it('shows on the timetable a session moved after booking at its new time, not where the proposal put it', async () => {
    const stored = (await h.convene.store.reviews.latest())!;
    const booking = (await h.convene.store.bookings.forReview(stored.id)).find((b) => b.sessionId === 'dcs')!;
    const timetable = async (): Promise<string> => {
      const link = /\]\((http[^)]+)\)/.exec(textOf(await h.client.say(alex, 'timetable')))![1]!;
      return (await fetch(link)).text();
    };
    const clock = (iso: string) => clockTime(iso, stored.review.timeZone);
    const before = await timetable();
    // Moved two hours later in the organiser's calendar (here by hand in the local calendar): the timer's sync follows.
    const later = (iso: string) => new Date(Date.parse(iso) + 2 * 3_600_000).toISOString();
    await sql`update local_events set start_at = ${later(booking.start)}, end_at = ${later(booking.end)} where id = ${booking.eventId}`.execute((h.convene.store as OpenedStore).db);
    await h.convene.tick();
    expect((await h.convene.store.bookings.get(booking.id))!.start).toBe(later(booking.start));
    const after = await timetable();
    expect(after).not.toEqual(before);
    expect(after).toContain(clock(later(booking.start)));
  });
});
