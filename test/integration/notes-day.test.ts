/**
 * A realistic on-site day through the bot's HTTP endpoint: the programme is booked, sessions end, peers are
 * prompted and log, correct and delete notes (one raises a concern), then every stored row about notes and
 * every line of the production logger (pino, written to memory) is read and checked to hold nothing that ties
 * a note to a person, a session or a time of day.
 */
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { VERBS } from '../../src/cards/shared/verbs.js';
import { personalName } from '../../src/domain/redaction/personal-name.js';
import type { Review } from '../../src/domain/shared/review.js';
import type { Booking } from '../../src/services/ports/index.js';
import type { OpenedStore } from '../../src/store/open-store.js';
import { startBotHarness, type BotHarness } from '../support/bot-harness.js';
import type { Recorded } from '../support/connector-server.js';
import { actionsOf, cardOf, cardText } from '../support/teams-client.js';
import { DEMO, alex, fern, isla, jude, morgan, owen, ruth } from '../support/demo-people.js';

const PEERS = [morgan, fern, isla, owen, ruth, jude];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whether a value stands in a text as a whole (a session id "lead" is not in the theme id "leadership"). */
const holds = (text: string, value: string) => new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegex(value)}($|[^\\p{L}\\p{N}])`, 'u').test(text);

/**
 * Every value that would tie a note to someone, a session or a meeting: each person's email and name (whole and
 * by distinctive part), each peer's Teams ids, and each booking's ids, session id, subject and bare session title.
 */
const tracing = (review: Review, bookings: Booking[]): Set<string> => {
  const values = new Set<string>();
  for (const person of [...review.peers, ...review.people]) {
    const name = person.name.replace(/\(.*\)/, '').trim();
    values.add(person.email).add(name.toLowerCase());
    for (const part of name.split(/\s+/)) if (/^\p{Lu}\p{L}{3,}$/u.test(part)) values.add(part.toLowerCase());
  }
  for (const peer of PEERS) [peer.id, peer.aadObjectId].forEach((id) => values.add(id.toLowerCase()));
  const suffix = `: ${review.name}`;
  for (const b of bookings) {
    expect(b.subject.endsWith(suffix), b.subject).toBe(true);
    [b.id, b.sessionId, b.subject, b.subject.slice(0, -suffix.length), b.transactionId, b.iCalUId ?? '', b.eventId ?? '']
      .filter((v) => v.length > 0)
      .forEach((v) => values.add(v.toLowerCase()));
    b.attendees.forEach((email) => values.add(email));
  }
  return values;
};

describe('an on-site day of notes, and the proof that none can be traced back', () => {
  let h: BotHarness;
  let clock = '2026-02-02T09:00:00.000Z';
  /** The production logger's lines, exactly as it would write them to stdout. */
  const logLines: string[] = [];
  /** Anything a library writes to the console, which would reach the logs too. */
  const consoleLines: string[] = [];
  let logLinesBeforeNotes = 0;
  let consoleLinesBeforeNotes = 0;
  let bookings: Booking[] = [];
  const written: string[] = [];
  const savedCards: { who: typeof morgan; card: Record<string, any> }[] = [];

  const reply = (recorded: Recorded[]) => recorded.map((r) => r.activity.text ?? cardText(cardOf(r))).join('\n');
  const promptsTo = (who: typeof morgan) =>
    h.connector.recorded.filter((r) => r.conversationId === h.client.conversationOf(who) && /Log notes from your/.test(cardText(cardOf(r))));
  const userOf = (email: string) => PEERS.find((p) => p.email === email)!;

  /** Fills the prompt card's inputs and presses Preview, then Save on the preview; returns the saved card. */
  const logNote = async (who: typeof morgan, prompt: Recorded, inputs: { themes: string; kind: string; text: string; concern?: string }) => {
    const previewAction = actionsOf(cardOf(prompt)).find((a) => a.verb === VERBS.previewNote)!;
    const preview = await h.client.press(who, prompt.activityId, VERBS.previewNote, { ...previewAction.data, concern: 'false', ...inputs });
    const save = actionsOf(preview.body.value).find((a) => a.verb === VERBS.saveNote);
    expect(save, JSON.stringify(preview.body)).toBeDefined();
    const saved = await h.client.press(who, prompt.activityId, VERBS.saveNote, save!.data);
    written.push(inputs.text);
    if (inputs.concern !== 'true') savedCards.push({ who, card: saved.body.value });
    return { preview: preview.body.value, saved: saved.body.value };
  };

  beforeAll(async () => {
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void consoleLines.push(args.map(String).join(' ')));
    }
    const logTo = { write: (line: string) => void logLines.push(line) };
    h = await startBotHarness([alex, ...PEERS], { TICK_SECONDS: '0', LOG_LEVEL: 'info' }, { now: () => clock, logTo });
    await h.client.say(alex, `import\n${DEMO}`);
    const proposal = (await h.client.sayAndWait(alex, 'schedule on-site')).filter((r) => cardOf(r)).at(-1)!;
    const confirm = actionsOf(cardOf(proposal))[0]!;
    await h.client.press(alex, proposal.activityId, confirm.verb, confirm.data);
    await h.convene.idle();
    for (const peer of PEERS) await h.client.say(peer, 'hello');
    const reviewId = (await h.convene.store.reviews.latest())!.id;
    bookings = (await h.convene.store.bookings.forReview(reviewId)).sort((a, b) => a.end.localeCompare(b.end));
    logLinesBeforeNotes = logLines.length;
    consoleLinesBeforeNotes = consoleLines.length;
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await h?.close();
  });

  it('prompts nobody before a session ends, then each peer of an ended session once', async () => {
    expect(bookings.every((b) => b.status === 'booked')).toBe(true);
    expect((await h.convene.tick()).prompts).toBe(0);
    const first = bookings.find((b) => ['interview', 'focusGroup', 'siteVisit'].includes(b.kind))!;
    clock = new Date(Date.parse(first.end) + 5 * 60_000).toISOString();
    const sent = (await h.convene.tick()).prompts;
    expect(sent).toBeGreaterThan(0);
    expect((await h.convene.tick()).prompts).toBe(0);
    const peersOnFirst = first.attendees.filter((email) => PEERS.some((p) => p.email === email));
    for (const email of peersOnFirst) expect(promptsTo(userOf(email))).toHaveLength(1);
    expect(promptsTo(userOf(peersOnFirst[0]!))[0]!.activity.attachments[0].content.body.map((b: any) => b.text).join(' ')).toMatch(
      /Log notes from your \d\d:\d\d session/,
    );
  });

  it('lets peers log notes through the day, redacted before they are stored', async () => {
    clock = '2026-02-03T18:00:00.000Z';
    await h.convene.tick();
    const people = (await h.convene.store.reviews.latest())!.review.people;
    let logged = 0;
    for (const peer of PEERS) {
      for (const prompt of promptsTo(peer)) {
        // The prompt names the session by its local start only; the peer was on one session starting then.
        const time = /Log notes from your (\d\d:\d\d) session/.exec(cardText(cardOf(prompt)))![1];
        const booking = bookings.find((b) => b.attendees.includes(peer.email) && DateTime.fromISO(b.start).setZone('Europe/London').toFormat('HH:mm') === time)!;
        // A person on the session (a group mailbox such as a forum's is not a name to take out).
        const attendee = booking.attendees.find((email) => people.some((p) => p.email === email && personalName(p.name).length > 0)) ?? 'kemi.adeyemo@shropshire.example';
        const [first, last] = attendee.split('@')[0]!.split('.');
        const { preview } = await logNote(peer, prompt, {
          themes: logged % 2 === 0 ? 'leadership,coproduction' : 'provision',
          kind: ['strength', 'areaForConsideration', 'evidence', 'followUp'][logged % 4]!,
          text: `${first} ${last} told us the panel works well; call 07700 900${String(100 + logged)} or write to ${attendee}. ${peer.name.split(' ')[0]} agreed.`,
        });
        expect(cardText(preview)).toMatch(/\[name\]/);
        expect(cardText(preview), cardText(preview)).not.toContain(attendee);
        expect(JSON.stringify(actionsOf(preview).find((a) => a.verb === VERBS.saveNote)!.data)).not.toContain(attendee);
        logged += 1;
      }
    }
    expect(logged).toBeGreaterThanOrEqual(6);
    // Saved at 18:00, after the 17:30 team meeting: they join at the day's end.
    for (const { card } of savedCards) expect(cardText(card)).toContain('It joins the collections by 19:00, the end of the day');
  });

  it('lets authors correct one note and delete another the same day, through the cards they were given', async () => {
    const [corrected, deleted] = savedCards;
    const open = actionsOf(corrected!.card).find((a) => a.verb === VERBS.correctNote)!;
    const form = (await h.client.press(corrected!.who, 'saved', VERBS.correctNote, open.data)).body.value;
    const previewAction = actionsOf(form).find((a) => a.verb === VERBS.previewNote)!;
    const text = 'On second thoughts Kemi Adeyemo said the panel met twice.';
    const inputs = { themes: 'capacity', kind: 'evidence', text, concern: 'false' };
    const preview = (await h.client.press(corrected!.who, 'saved', VERBS.previewNote, { ...previewAction.data, ...inputs })).body.value;
    const save = actionsOf(preview).find((a) => a.verb === VERBS.saveNote)!;
    expect(cardText((await h.client.press(corrected!.who, 'saved', VERBS.saveNote, save.data)).body.value)).toMatch(/Note corrected/);
    written.push(text);
    const remove = actionsOf(deleted!.card).find((a) => a.verb === VERBS.deleteNote)!;
    expect(cardText((await h.client.press(deleted!.who, 'saved', VERBS.deleteNote, remove.data)).body.value)).toMatch(/Note deleted/);

    const reviewId = (await h.convene.store.reviews.latest())!.id;
    // Held until the day's end (19:00): until then the collections show none of them, and the holding area only ciphertext.
    expect(await h.convene.store.notes.forReview(reviewId)).toEqual([]);
    const held = await (h.convene.store as OpenedStore).db.selectFrom('held_notes').selectAll().execute();
    expect(held).toHaveLength(savedCards.length - 1);
    for (const text of ['panel', 'told us', '[name]', 'leadership', '2026-02-03']) expect(JSON.stringify(held)).not.toContain(text);
    clock = '2026-02-03T19:00:30.000Z';
    expect((await h.convene.tick()).notesReleased).toBe(savedCards.length - 1);
    const notes = await h.convene.store.notes.forReview(reviewId);
    expect(notes).toHaveLength(savedCards.length - 1);
    expect(notes.filter((n) => n.text === 'On second thoughts [name] said the panel met twice.')).toHaveLength(1);
  });

  it('sends a concern at once to the team lead and the challenge manager only, and never stores it as a note', async () => {
    const before = (await h.convene.store.notes.forReview((await h.convene.store.reviews.latest())!.id)).length;
    const form = (await h.client.say(isla, 'note'))[0]!;
    const { saved } = await logNote(isla, form, { themes: '', kind: '', text: 'A parent described a possible safeguarding issue at a placement.', concern: 'true' });
    expect(cardText(saved)).toMatch(/Concern sent/);
    for (const lead of [morgan, fern]) {
      const cards = h.connector.recorded.filter((r) => r.conversationId === h.client.conversationOf(lead) && /Safeguarding or whistle-blowing concern/.test(cardText(cardOf(r))));
      expect(cards).toHaveLength(1);
      expect(cardText(cardOf(cards[0]!))).toMatch(/Isla Brennan/);
    }
    for (const other of [owen, ruth, jude, alex]) {
      expect(h.connector.recorded.some((r) => r.conversationId === h.client.conversationOf(other) && /Raised by/.test(cardText(cardOf(r))))).toBe(false);
    }
    const reviewId = (await h.convene.store.reviews.latest())!.id;
    expect(await h.convene.store.notes.forReview(reviewId)).toHaveLength(before);
    expect(await h.convene.store.concerns.forReview(reviewId)).toHaveLength(1);
    expect(reply(await h.client.say(morgan, 'themes'))).not.toMatch(/safeguarding/);
  });

  it('shows the collections to peers only', async () => {
    const themes = reply(await h.client.say(owen, 'themes'));
    expect(themes).toMatch(/Effectiveness of leadership/);
    expect(reply(await h.client.say(owen, 'theme leadership'))).toMatch(/\[name\] told us the panel works well/);
    expect(reply(await h.client.say(alex, 'themes'))).toMatch(/only the peer team/);
    expect(reply(await h.client.say(alex, 'theme leadership'))).toMatch(/only the peer team/);
  });

  it('holds, in every column of every stored note, no person, session or time finer than the day', async () => {
    const db = (h.convene.store as OpenedStore).db;
    const rows = await db.selectFrom('notes').selectAll().execute();
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(rows).toHaveLength(savedCards.length - 1);
    const forbidden = tracing((await h.convene.store.reviews.latest())!.review, bookings);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(['day', 'id', 'kind', 'review_id', 'text', 'themes', 'token_hash']);
      expect(row.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row.id).toMatch(UUID);
      const everything = JSON.stringify(Object.values(row)).toLowerCase();
      for (const value of forbidden) expect(holds(everything, value), `a note row holds "${value}"`).toBe(false);
      expect(everything).not.toMatch(/\d{2}:\d{2}|t\d{2}:|07700/);
    }
  });

  it('logs no line about a note, and none naming a person, a session or a time, while notes are written', async () => {
    const parsed = logLines.map((line) => JSON.parse(line) as Record<string, unknown>);
    // pino stamps every line to the millisecond, so any line about a note would say when it was written.
    expect(parsed.length).toBeGreaterThan(logLinesBeforeNotes);
    for (const line of parsed) expect(typeof line.time).toBe('number');
    const during = parsed.slice(logLinesBeforeNotes);
    expect(during.map((line) => line.msg)).toEqual(expect.arrayContaining(['session prompts queued', 'concern raised']));

    const review = (await h.convene.store.reviews.latest())!.review;
    const forbidden = tracing(review, bookings);
    // pino's own fields (time, pid, host) say nothing about a note; everything else in the line is read.
    for (const { time: _time, pid: _pid, hostname: _hostname, ...fields } of during) {
      const text = JSON.stringify(fields).toLowerCase();
      expect(text, text).not.toMatch(/note/);
      for (const value of forbidden) expect(holds(text, value), `a log line holds "${value}": ${text}`).toBe(false);
      for (const note of written) expect(text).not.toContain(note.slice(0, 20).toLowerCase());
      expect(text.replace(new RegExp(UUID.source.slice(1, -1), 'g'), 'uuid'), text).not.toMatch(/\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}|\d{10,}/);
    }
    // No line of the whole day, bookings included, holds anyone's address, name or Teams id.
    const personal = [...review.peers, ...review.people].flatMap((p) => [p.email, p.name.toLowerCase()]);
    const teamsIds = PEERS.flatMap((p) => [p.id, p.aadObjectId]);
    for (const line of logLines) for (const value of [...personal, ...teamsIds]) expect(holds(line.toLowerCase(), value), `"${value}" in ${line}`).toBe(false);
    // Libraries that write to the console (botbuilder on an unhandled error) would bypass pino: nothing did.
    expect(consoleLines.slice(consoleLinesBeforeNotes)).toEqual([]);
  });
});
