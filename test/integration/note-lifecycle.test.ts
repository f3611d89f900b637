/**
 * One note's life through the bot's HTTP endpoint: logged with `note` (form → Preview → Save), corrected and
 * deleted through the capability token in the saved card, closed at midnight in the review's time zone; and
 * the forged submissions a card can be made to send (wrong token, another peer, unredacted text, unknown
 * theme or kind, a session the peer was not on) refused or made harmless.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERBS } from '../../src/cards/shared/verbs.js';
import type { Note } from '../../src/domain/notes/note.js';
import { hashToken, newToken } from '../../src/services/shared/capability.js';
import type { OpenedStore } from '../../src/store/open-store.js';
import { tokenKey } from '../../src/store/repositories/evidence/held-notes.js';
import { startBotHarness, type BotHarness } from '../support/bot-harness.js';
import type { TeamsUser } from '../support/connector-server.js';
import { actionsOf, cardOf, cardText } from '../support/teams-client.js';
import { DEMO, alex, isla, owen, sam } from '../support/demo-people.js';

type Card = Record<string, any>;
type Data = Record<string, unknown>;

/** An input of a card, by id (the note form's inputs sit at the top of its body). */
const inputOf = (card: Card, id: string): Card | undefined => (card.body as Card[]).find((element) => element.id === id);

describe('a note from Save to Delete, and the forged cards that cannot touch it', () => {
  let h: BotHarness;
  let clock = '2026-02-03T10:00:00.000Z';
  let reviewId = '';

  /** The collections after a release: saved and corrected notes are held until then (release-notes.test.ts). */
  const notes = async (): Promise<Note[]> => {
    await h.convene.store.notes.release(reviewId, clock);
    return h.convene.store.notes.forReview(reviewId);
  };

  /** The note a card's token reaches, held or released. */
  const own = (token: string) => h.convene.store.notes.withToken(hashToken(token));

  /** Presses a button; the invoke answers with a card (an object) or a message (a string). */
  const press = async (who: TeamsUser, verb: string, data: Data): Promise<Card | string> => {
    const response = await h.client.press(who, 'card-activity', verb, data);
    expect(response.status).toBe(200);
    return response.body.value;
  };
  const pressCard = async (who: TeamsUser, verb: string, data: Data): Promise<Card> => {
    const value = await press(who, verb, data);
    expect(typeof value, JSON.stringify(value)).toBe('object');
    return value as Card;
  };
  const action = (card: Card, verb: string) => {
    const found = actionsOf(card).find((a) => a.verb === verb);
    expect(found, `${verb} in ${JSON.stringify(actionsOf(card))}`).toBeDefined();
    return found!;
  };

  /** `note`, then the form's Preview with the inputs filled in, then the preview's Save, as a peer would. */
  const logNote = async (who: TeamsUser, inputs: { themes: string; kind: string; text: string }) => {
    const replies = await h.client.say(who, 'note');
    const form = cardOf(replies[0]!)!;
    expect(actionsOf(form).map((a) => a.verb)).toEqual([VERBS.previewNote]);
    const preview = await pressCard(who, VERBS.previewNote, { ...action(form, VERBS.previewNote).data, concern: 'false', ...inputs });
    const saved = await pressCard(who, VERBS.saveNote, action(preview, VERBS.saveNote).data);
    return { form, preview, saved };
  };

  beforeAll(async () => {
    h = await startBotHarness([alex, isla, owen, sam], {}, { now: () => clock });
    await h.client.say(alex, `import\n${DEMO}`);
    reviewId = (await h.convene.store.reviews.latest())!.id;
  });
  afterAll(async () => h?.close());

  describe('on the day it is written', () => {
    let token = '';

    it('logs a note through the form, Preview and Save: stored redacted, with Correct and Delete on the saved card', async () => {
      const { form, preview, saved } = await logNote(isla, {
        themes: 'leadership,coproduction',
        kind: 'strength',
        text: 'Kemi Adeyemo said the panel meets weekly; ring 07700 900123 or write to kemi.adeyemo@shropshire.example.',
      });
      expect(cardText(form)).toMatch(/Log a note/);
      expect(cardText(preview)).toMatch(/\*\*\[name\]\*\* said the panel meets weekly; ring \*\*\[phone\]\*\* or write to \*\*\[email\]\*\*\./);
      expect(cardText(saved)).toMatch(/Note saved/);
      expect(cardText(saved)).toContain('[name] said the panel meets weekly; ring [phone] or write to [email].');

      const actions = actionsOf(saved);
      expect(actions.map((a) => [a.title, a.verb])).toEqual([
        ['Correct', VERBS.correctNote],
        ['Delete', VERBS.deleteNote],
      ]);
      token = String(actions[0]!.data.token);
      expect(actions[1]!.data).toEqual({ token });
      expect(token).toMatch(/^[A-Za-z0-9_-]{40,}$/);

      const stored = await notes();
      expect(stored).toEqual([
        {
          id: expect.any(String),
          reviewId,
          themes: ['leadership', 'coproduction'],
          kind: 'strength',
          text: '[name] said the panel meets weekly; ring [phone] or write to [email].',
          day: '2026-02-03',
        },
      ]);
      // Only the token's hash is kept: the card is the one place the token itself lives.
      const row = await (h.convene.store as OpenedStore).db.selectFrom('notes').select('token_hash').where('review_id', '=', reviewId).executeTakeFirstOrThrow();
      expect(row.token_hash).toBe(tokenKey('notes', hashToken(token)));
    });

    it('refuses Correct and Delete with the wrong token or none, changing nothing', async () => {
      const before = await notes();
      const wrong = newToken();
      for (const verb of [VERBS.correctNote, VERBS.deleteNote]) {
        expect(await press(isla, verb, { token: wrong })).toMatch(/That note is no longer there.*not the one it was saved from/);
        expect(await press(isla, verb, {})).toMatch(/That note is no longer there/);
      }
      expect(await notes()).toEqual(before);
    });

    it('refuses another peer pressing Correct, Delete or a correcting Save with a made-up token, changing nothing', async () => {
      const before = await notes();
      const madeUp = newToken();
      expect(await press(owen, VERBS.correctNote, { token: madeUp })).toMatch(/That note is no longer there/);
      expect(await press(owen, VERBS.deleteNote, { token: madeUp })).toMatch(/That note is no longer there/);
      const forgedSave = { themes: 'capacity', kind: 'followUp', text: 'Overwritten by someone else.', concern: 'false', context: `correction:${madeUp}` };
      expect(await press(owen, VERBS.previewNote, forgedSave)).toMatch(/That note is no longer there/);
      expect(await press(owen, VERBS.saveNote, forgedSave)).toMatch(/That note is no longer there/);
      expect(await notes()).toEqual(before);
    });

    it('refuses Save, Correct and Delete from someone outside the peer team, even with the right token', async () => {
      const before = await notes();
      const forged = { themes: 'capacity', kind: 'followUp', text: 'Staff rewrite.', concern: 'false', context: `correction:${token}` };
      expect(await press(sam, VERBS.saveNote, forged)).toMatch(/Sorry, only the peer team .* can log notes/);
      expect(await press(sam, VERBS.saveNote, { ...forged, context: 'new' })).toMatch(/Sorry, only the peer team/);
      expect(await press(sam, VERBS.correctNote, { token })).toMatch(/Sorry, only the peer team .* can change notes/);
      expect(await press(sam, VERBS.deleteNote, { token })).toMatch(/Sorry, only the peer team .* can change notes/);
      expect(await notes()).toEqual(before);
    });

    it('opens Correct as the form prefilled with the stored, redacted note; Preview then Save replaces that same note', async () => {
      // A card sent before notes were found by their token alone also carries an id: the token is what counts.
      expect(cardText(await pressCard(isla, VERBS.correctNote, { noteId: 'an-old-card-id', token }))).toMatch(/Correct your note/);
      const form = await pressCard(isla, VERBS.correctNote, { token });
      expect(cardText(form)).toMatch(/Correct your note/);
      expect(inputOf(form, 'text')?.value).toBe('[name] said the panel meets weekly; ring [phone] or write to [email].');
      expect(inputOf(form, 'themes')?.value).toBe('leadership,coproduction');
      expect(inputOf(form, 'kind')?.value).toBe('strength');
      const previewAction = action(form, VERBS.previewNote);
      expect(previewAction.data.context).toBe(`correction:${token}`);

      const preview = await pressCard(isla, VERBS.previewNote, {
        ...previewAction.data,
        themes: 'capacity',
        kind: 'areaForConsideration',
        text: 'The panel meets weekly, but Kemi Adeyemo says its minutes go out a month late.',
        concern: 'false',
      });
      expect(cardText(preview)).toMatch(/\*\*\[name\]\*\* says its minutes/);
      const saved = await pressCard(isla, VERBS.saveNote, action(preview, VERBS.saveNote).data);
      expect(cardText(saved)).toMatch(/Note corrected/);
      // The corrected card still carries the same capability: the note can be corrected again today.
      expect(actionsOf(saved).map((a) => a.data)).toEqual([
        { token },
        { token },
      ]);

      expect(await notes()).toEqual([
        { id: expect.any(String), reviewId, themes: ['capacity'], kind: 'areaForConsideration', text: 'The panel meets weekly, but [name] says its minutes go out a month late.', day: '2026-02-03' },
      ]);
    });

    it('deletes the note with Delete; the card keeps no text, and the token then opens nothing', async () => {
      const deleted = await pressCard(isla, VERBS.deleteNote, { token });
      expect(cardText(deleted)).toMatch(/Note deleted/);
      expect(cardText(deleted)).not.toMatch(/minutes/);
      expect(actionsOf(deleted)).toEqual([]);
      expect(await notes()).toEqual([]);
      expect(await press(isla, VERBS.correctNote, { token })).toMatch(/That note is no longer there/);
      expect(await press(isla, VERBS.deleteNote, { token })).toMatch(/That note is no longer there/);
      const resave = { themes: 'capacity', kind: 'evidence', text: 'Back from the dead.', concern: 'false', context: `correction:${token}` };
      expect(await press(isla, VERBS.saveNote, resave)).toMatch(/That note is no longer there/);
      expect(await notes()).toEqual([]);
    });
  });

  describe('after midnight in the review’s time zone', () => {
    it('refuses Correct, Delete and a correcting Save the next day, keeping the note as it was', async () => {
      clock = '2026-02-03T16:00:00.000Z';
      const { saved } = await logNote(isla, { themes: 'provision', kind: 'evidence', text: 'Three of five plans seen were reviewed on time.' });
      const { token } = actionsOf(saved)[0]!.data as { token: string };
      clock = '2026-02-03T23:59:00.000Z';
      const form = await pressCard(isla, VERBS.correctNote, { token });
      const context = action(form, VERBS.previewNote).data.context;
      const before = await notes();

      clock = '2026-02-04T00:01:00.000Z';
      expect(await press(isla, VERBS.correctNote, { token })).toMatch(/only on the day they were written/);
      expect(await press(isla, VERBS.deleteNote, { token })).toMatch(/only on the day they were written/);
      const late = { themes: 'provision', kind: 'evidence', text: 'Four of five plans, on second look.', concern: 'false', context };
      expect(await press(isla, VERBS.previewNote, late)).toMatch(/only on the day they were written/);
      expect(await press(isla, VERBS.saveNote, late)).toMatch(/only on the day they were written/);
      expect(await notes()).toEqual(before);
      expect(await own(token)).toMatchObject({ text: 'Three of five plans seen were reviewed on time.', day: '2026-02-03' });
    });

    it('keeps the day of Europe/London, not of UTC, in summer time', async () => {
      // 23:30 UTC on 10 June is 00:30 on 11 June in London.
      clock = '2026-06-10T23:30:00.000Z';
      const { saved } = await logNote(isla, { themes: 'placements', kind: 'followUp', text: 'Ask for the exclusions data by setting.' });
      const { token } = actionsOf(saved)[0]!.data as { token: string };
      expect((await own(token))?.day).toBe('2026-06-11');
      clock = '2026-06-11T22:59:00.000Z';
      expect(cardText(await pressCard(isla, VERBS.correctNote, { token }))).toMatch(/Correct your note/);
      clock = '2026-06-11T23:01:00.000Z';
      expect(await press(isla, VERBS.deleteNote, { token })).toMatch(/only on the day they were written/);
      expect(await own(token)).toBeDefined();
    });
  });

  describe('forged Save actions', () => {
    it('stores a Save that bypassed Preview redacted all the same', async () => {
      clock = '2026-02-05T11:00:00.000Z';
      const before = (await notes()).length;
      const saved = await pressCard(isla, VERBS.saveNote, {
        themes: 'identification',
        kind: 'evidence',
        text: 'Ruth Okafor heard from Sam Lindqvist (sam.lindqvist@shropshire.example, 07700 900456) that waits are 30 weeks.',
        concern: 'false',
        context: 'new',
      });
      const expected = '[name] heard from [name] ([email], [phone]) that waits are 30 weeks.';
      expect(cardText(saved)).toContain(expected);
      const after = await notes();
      expect(after).toHaveLength(before + 1);
      const stored = (await own(String(actionsOf(saved)[0]!.data.token)))!;
      expect(stored.text).toBe(expected);
      expect(JSON.stringify(after)).not.toMatch(/Okafor|Lindqvist|sam\.lindqvist|07700 900456/);
    });

    it('refuses a Save with a theme or a kind the review does not have, storing nothing', async () => {
      const before = await notes();
      const base = { themes: 'leadership', kind: 'strength', text: 'A plausible note.', concern: 'false', context: 'new' };
      expect(await press(isla, VERBS.saveNote, { ...base, themes: 'leadership,gossip' })).toMatch(/choose only themes of this review \(“gossip” is not\)/);
      expect(await press(isla, VERBS.saveNote, { ...base, themes: ['gossip'] })).toMatch(/choose only themes of this review/);
      expect(await press(isla, VERBS.saveNote, { ...base, kind: 'rumour' })).toMatch(/choose a kind: Strength/i);
      expect(await press(isla, VERBS.saveNote, { ...base, themes: '' })).toMatch(/choose at least one theme/);
      expect(await notes()).toEqual(before);
    });
  });

  describe('a session named in the card’s context', () => {
    let bookingId = '';
    const SPOKEN = 'The backlog was explained by Wilf Ogden at the panel.';

    beforeAll(async () => {
      // A session booked with Isla and someone the review file does not know by name.
      const proposal = await h.convene.store.proposals.create({ reviewId, revision: 1, kind: 'caseReviews', plan: { placed: [], unplaced: [] }, createdBy: alex.email });
      const [booking] = await h.convene.store.bookings.recordIntents([
        {
          reviewId,
          proposalId: proposal.id,
          sessionId: 'panel-visit',
          kind: 'siteVisit',
          transactionId: `${proposal.id}:panel-visit`,
          subject: 'Visit to the panel',
          start: '2026-02-05T09:00:00.000Z',
          end: '2026-02-05T10:00:00.000Z',
          attendees: [isla.email, 'wilf.ogden@shropshire.example'],
          online: false,
        },
      ]);
      bookingId = booking!.id;
    });

    const saveFor = (who: TeamsUser) =>
      pressCard(who, VERBS.saveNote, { themes: 'provision', kind: 'evidence', text: SPOKEN, concern: 'false', context: `session:${bookingId}` });

    it('takes the attendees’ names out for a peer who was on the session', async () => {
      const preview = await pressCard(isla, VERBS.previewNote, { themes: 'provision', kind: 'evidence', text: SPOKEN, concern: 'false', context: `session:${bookingId}` });
      expect(cardText(preview)).toContain('explained by **[name]** at the panel');
      const saved = await saveFor(isla);
      const stored = (await own(String(actionsOf(saved)[0]!.data.token)))!;
      expect(stored.text).toBe('The backlog was explained by [name] at the panel.');
    });

    it('takes them out for a peer who was not on it too, and from a plain note or a context naming no booking', async () => {
      const preview = await pressCard(owen, VERBS.previewNote, { themes: 'provision', kind: 'evidence', text: SPOKEN, concern: 'false', context: `session:${bookingId}` });
      expect(cardText(preview)).toContain('explained by **[name]** at the panel');
      const saved = await saveFor(owen);
      const redacted = 'The backlog was explained by [name] at the panel.';
      expect((await own(String(actionsOf(saved)[0]!.data.token)))!.text).toBe(redacted);
      for (const context of ['new', 'session:00000000-0000-4000-8000-000000000000']) {
        const plain = await pressCard(owen, VERBS.saveNote, { themes: 'provision', kind: 'evidence', text: `${SPOKEN} Ogden agreed.`, concern: 'false', context });
        expect((await own(String(actionsOf(plain)[0]!.data.token)))!.text).toBe(`${redacted} [name] agreed.`);
      }
    });
  });
});
