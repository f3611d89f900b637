import { describe, expect, it } from 'vitest';
import { markPlaceholders, noteFormCard, notePreviewCard, removedText, sessionHeading } from '../../src/cards/notes/note-card.js';
import { noteSavedCard } from '../../src/cards/notes/note-saved-card.js';
import { themeCard } from '../../src/cards/notes/theme-card.js';
import { DISAGREEMENTS_SHOWN, themesCard } from '../../src/cards/notes/themes-card.js';
import { VERBS } from '../../src/cards/shared/verbs.js';
import { collect, summarise } from '../../src/domain/notes/collections.js';
import type { Note, NoteKind } from '../../src/domain/notes/note.js';
import { readNoteInput, type NoteInput } from '../../src/domain/notes/note-input.js';
import type { Theme } from '../../src/domain/shared/review.js';
import { cardText } from '../support/teams-client.js';
import { cardProblems } from '../support/validate-card.js';

type Action = { type: string; title: string; verb: string; data: Record<string, unknown> };
const actionsOf = (card: object) => ((card as { actions?: Action[] }).actions ?? []);
const inputsOf = (card: object) =>
  Object.fromEntries(((card as { body: Record<string, unknown>[] }).body).filter((b) => typeof b.id === 'string').map((b) => [b.id as string, b]));

const themes: Theme[] = [
  { id: 'leadership', title: 'Leadership' },
  { id: 'sufficiency', title: 'SEND sufficiency' },
  { id: 'adulthood', title: 'Preparing for adulthood' },
];

const original = 'Jo Bloggs (07700 900123) said transition plans start late.';
const input: NoteInput = { themes: ['leadership', 'adulthood'], kind: 'areaForConsideration', text: original, concern: false };
const redacted = { text: '[name] ([phone]) said transition plans start late.', counts: { name: 1, email: 0, phone: 1 } };

let next = 0;
const note = (kind: NoteKind, text: string, ...ids: string[]): Note => ({ id: `n${++next}`, reviewId: 'r1', themes: ids, kind, text, day: '2026-03-30' });
const notes = [
  note('strength', 'Transition plans are clear and start at 14', 'adulthood'),
  note('areaForConsideration', 'Transition plans start too late for some', 'adulthood'),
  note('evidence', 'Audit of 20 EHCPs', 'adulthood', 'leadership'),
  note('areaForConsideration', 'Waiting lists are long', 'sufficiency'),
];
const summaries = summarise(collect(themes, notes));

const cards = {
  form: noteFormCard({ themes, context: 'prompt-1' }),
  'form (prefilled, after a session)': noteFormCard({ themes, heading: sessionHeading('10:15'), context: 'prompt-1', values: input }),
  preview: notePreviewCard({ themes, input, redacted, original, context: 'prompt-1' }),
  'preview (concern)': notePreviewCard({ themes, input: { ...input, themes: [], kind: 'followUp', concern: true }, redacted, original, context: '' }),
  saved: noteSavedCard(themes, { state: 'saved', note: { themes: input.themes, kind: input.kind, text: redacted.text }, token: 'tok-1', joins: { release: { at: '2026-03-31T16:30:00.000Z', kind: 'dayEnd' }, now: '2026-03-30T17:00:00.000Z', zone: 'Europe/London' } }),
  'saved (closed)': noteSavedCard(themes, { state: 'closed', note: { themes: ['leadership'], kind: 'strength', text: 'Good' } }),
  'saved (deleted)': noteSavedCard(themes, { state: 'deleted' }),
  'saved (concern)': noteSavedCard(themes, { state: 'concern', text: redacted.text }),
  themes: themesCard(summaries, 'Testshire SEND Peer Challenge'),
  'themes (none)': themesCard([], 'Testshire SEND Peer Challenge'),
  theme: themeCard(collect(themes, notes)[2]!),
  'theme (empty)': themeCard(collect(themes, [])[0]!),
};

describe('note cards expand to valid Adaptive Cards 1.5', () => {
  for (const [name, card] of Object.entries(cards)) {
    it(name, () => {
      expect(card.version).toBe('1.5');
      expect(cardProblems(card)).toEqual([]);
      expect(JSON.stringify(card)).not.toMatch(/\$\{/);
    });
  }
});

describe('the note form', () => {
  it('asks for themes, kind, text and the concern switch, reminds the peer not to name anyone, and previews with the context', () => {
    const card = cards.form;
    const inputs = inputsOf(card);
    expect(Object.keys(inputs)).toEqual(['themes', 'kind', 'text', 'concern']);
    expect(inputs.themes).toMatchObject({ type: 'Input.ChoiceSet', isMultiSelect: true, value: '' });
    expect((inputs.themes!.choices as object[])).toEqual(themes.map((t) => ({ title: t.title, value: t.id })));
    expect((inputs.kind!.choices as { value: string }[]).map((c) => c.value)).toEqual(['strength', 'areaForConsideration', 'evidence', 'followUp']);
    expect(inputs.text).toMatchObject({ type: 'Input.Text', isMultiline: true, maxLength: 4000 });
    expect(inputs.concern).toMatchObject({ type: 'Input.Toggle', title: 'This is a safeguarding or whistle-blowing concern', value: 'false' });
    const text = cardText(card);
    expect(text).toContain('Log a note');
    expect(text).toContain('do not name anyone');
    expect(text).toContain('privately and at once to the challenge manager and team lead');
    expect(actionsOf(card)).toEqual([{ type: 'Action.Execute', title: 'Preview', verb: VERBS.previewNote, style: 'positive', data: { context: 'prompt-1' } }]);
  });

  it('is prefilled when editing, with the session heading of a prompt', () => {
    const card = cards['form (prefilled, after a session)'];
    expect(cardText(card)).toContain('Log notes from your 10:15 session');
    const inputs = inputsOf(card);
    expect([inputs.themes!.value, inputs.kind!.value, inputs.text!.value, inputs.concern!.value]).toEqual([
      'leadership,adulthood',
      'areaForConsideration',
      original,
      'false',
    ]);
  });
});

describe('the note preview', () => {
  const [save, edit] = actionsOf(cards.preview);

  it('shows the text as it will be stored with the removed details marked, the counts, the themes and the kind', () => {
    // The body only: Edit's data holds the original on purpose (see below).
    const text = cardText({ body: cards.preview.body });
    expect(text).toContain('**[name]** (**[phone]**) said transition plans start late.');
    expect(text).not.toContain('Jo Bloggs');
    expect(text).toContain('1 name, 1 phone number removed.');
    expect(text).toContain('Themes: Leadership, Preparing for adulthood');
    expect(text).toContain('Kind: Area for consideration');
  });

  it('Save carries the redacted text and no original; its data reads back as the same input', () => {
    expect(save).toMatchObject({ title: 'Save', verb: VERBS.saveNote });
    expect(save!.data).toEqual({ themes: 'leadership,adulthood', kind: 'areaForConsideration', text: redacted.text, concern: 'false', context: 'prompt-1' });
    expect(JSON.stringify(save)).not.toContain('Bloggs');
    expect(JSON.stringify(save)).not.toContain('07700');
    expect(readNoteInput(save!.data, themes)).toEqual({ ok: true, value: { ...input, text: redacted.text } });
  });

  it('Edit goes back to the form with the original text', () => {
    expect(edit).toMatchObject({ title: 'Edit', verb: VERBS.editNote });
    expect(edit!.data).toEqual({ themes: 'leadership,adulthood', kind: 'areaForConsideration', text: original, concern: 'false', context: 'prompt-1' });
  });

  it('a concern says where it goes, and hides theme and kind', () => {
    const card = cards['preview (concern)'];
    const text = cardText(card);
    expect(text).toContain('goes privately to the challenge manager and team lead');
    expect(text).not.toContain('Kind:');
    expect(text).toContain('The challenge manager and team lead will read this text.');
    expect(text).not.toContain('removed');
    expect(actionsOf(card)[0]).toMatchObject({ title: 'Send concern', verb: VERBS.saveNote, data: { concern: 'true', themes: '' } });
  });

  it('counts what was removed in plain words', () => {
    expect(removedText({ name: 2, email: 1, phone: 3 })).toBe('2 names, 1 email address, 3 phone numbers removed.');
    expect(removedText({ name: 2, time: 1, setting: 1 })).toBe('2 names, 1 time, 1 setting removed.');
    expect(removedText({ time: 2, setting: 3 })).toBe('2 times, 3 settings removed.');
    expect(removedText({})).toBe('Nothing identifying found.');
    expect(removedText({ name: 0, email: 0, phone: 0, time: 0, setting: 0 })).toBe('Nothing identifying found.');
  });

  it('marks every kind of placeholder in bold, and nothing else in brackets', () => {
    expect(markPlaceholders('[name] met us at [time] at [setting]; [email], [phone]; [sic]')).toBe(
      '**[name]** met us at **[time]** at **[setting]**; **[email]**, **[phone]**; [sic]',
    );
  });
});

describe('the saved note', () => {
  it('carries the note id and the capability token on Correct and Delete', () => {
    const card = cards.saved;
    expect(actionsOf(card).map((a) => [a.title, a.verb, a.data])).toEqual([
      ['Correct', VERBS.correctNote, { token: 'tok-1' }],
      ['Delete', VERBS.deleteNote, { token: 'tok-1' }],
    ]);
    const text = cardText(card);
    expect(text).toContain('Note saved');
    expect(text).toContain('You can correct or delete it until the end of today.');
    // Saved at 18:00 on Mon 30 Mar (BST), after the day's last release: it waits for the next day's.
    expect(text).toContain('It joins the collections by 17:30 on Tue 31 Mar, the end of the day, with the other notes saved before then.');
    expect(text).toContain('Themes: Leadership, Preparing for adulthood');
  });

  it('offers nothing once closed, deleted, or for a concern, and holds no token', () => {
    for (const card of [cards['saved (closed)'], cards['saved (deleted)'], cards['saved (concern)']]) {
      expect(actionsOf(card)).toEqual([]);
      expect(JSON.stringify(card)).not.toContain('tok-1');
    }
    expect(cardText(cards['saved (closed)'])).toContain('can no longer be corrected or deleted');
    expect(cardText(cards['saved (deleted)'])).not.toContain('[name]');
    expect(cardText(cards['saved (concern)'])).toContain('Sent privately to the challenge manager and team lead');
  });
});

describe('the themes card', () => {
  it('has a block per theme with its notes counted by kind', () => {
    const text = cardText(cards.themes);
    expect(text).toContain('A note logged under two themes counts under each.');
    expect(text).toContain('Preparing for adulthood\n3 notes: 1 strength, 1 area for consideration, 1 evidence, 0 follow-ups');
    expect(text).toContain('Leadership\n1 note: 0 strengths, 0 areas for consideration, 1 evidence, 0 follow-ups');
  });

  it('lists the gaps under their theme in plain words, with the notes behind a disagreement, and how to read a theme', () => {
    const text = cardText(cards.themes);
    expect(text).toContain('Leadership\n1 note: 0 strengths, 0 areas for consideration, 1 evidence, 0 follow-ups\nLittle evidence: 1 note; aim for at least 3\nNo strengths yet');
    expect(text).toContain('SEND sufficiency\n1 note: 0 strengths, 1 area for consideration, 0 evidence, 0 follow-ups\nLittle evidence: 1 note; aim for at least 3\nNo strengths yet');
    expect(text).toContain('Possible disagreement: a strength and an area for consideration both mention transition, plans, start');
    expect(text).toContain('Strength: “Transition plans are clear and start at 14” Area for consideration: “Transition plans start too late for some”');
    expect(text).toContain('**theme Leadership**');
  });

  it('counts disagreements beyond the first few instead of listing them', () => {
    const many = [
      ...['a', 'b', 'c', 'd', 'e'].map((x) => note('strength', `Transition plans ${x}`, 'adulthood')),
      note('areaForConsideration', 'Transition plans late', 'adulthood'),
    ];
    const text = cardText(themesCard(summarise(collect(themes, many)), 'Review'));
    expect(text.match(/Possible disagreement:/g)).toHaveLength(DISAGREEMENTS_SHOWN);
    expect(text).toContain('2 more possible disagreements\nSend **theme Preparing for adulthood** to read them.');
  });

  it('says when the review has no themes', () => {
    expect(cardText(cards['themes (none)'])).toContain('has no themes');
  });
});

describe('the theme card', () => {
  it('groups the notes by kind with counts, and shows no dates or ids', () => {
    const text = cardText(cards.theme);
    expect(text).toContain('Preparing for adulthood');
    expect(text).toContain('Strengths (1)\nTransition plans are clear and start at 14');
    expect(text).toContain('Areas for consideration (1)\nTransition plans start too late for some');
    expect(text).toContain('Evidence (1)\nAudit of 20 EHCPs');
    expect(text).toContain('Follow-ups (0)\nNone yet.');
    expect(JSON.stringify(cards.theme)).not.toMatch(/2026|n\d/);
  });

  it('says when a theme has no notes', () => {
    expect(cardText(cards['theme (empty)'])).toContain('No notes under this theme yet.');
  });
});
