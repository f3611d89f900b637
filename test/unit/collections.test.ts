import { describe, expect, it } from 'vitest';
import { DISAGREEMENT_MIN_SHARED_WORDS, LITTLE_EVIDENCE_BELOW, disagreements } from '../../src/domain/notes/collection-gaps.js';
import { collect, compareTexts, summarise } from '../../src/domain/notes/collections.js';
import { keyWords, stem } from '../../src/domain/notes/key-words.js';
import type { Note, NoteKind, ThemeCollection } from '../../src/domain/notes/note.js';
import type { Theme } from '../../src/domain/shared/review.js';

const themes: Theme[] = [
  { id: 'leadership', title: 'Leadership' },
  { id: 'sufficiency', title: 'SEND sufficiency' },
  { id: 'adulthood', title: 'Preparing for adulthood' },
];

let next = 0;
const note = (kind: NoteKind, text: string, ...noteThemes: string[]): Note => ({
  id: `n${++next}`,
  reviewId: 'r1',
  themes: noteThemes,
  kind,
  text,
  day: '2026-03-30',
});

const collection = (notes: Partial<ThemeCollection['notes']>): ThemeCollection => ({
  theme: { id: 't', title: 'T' },
  notes: { strength: [], areaForConsideration: [], evidence: [], followUp: [], ...notes },
});

describe('collect', () => {
  const notes = [
    note('strength', 'zebra crossings near schools', 'leadership'),
    note('strength', 'Attendance is monitored weekly', 'leadership', 'adulthood'),
    note('areaForConsideration', 'Élan is missing', 'adulthood'),
    note('areaForConsideration', 'annual reviews are late', 'adulthood'),
    note('evidence', 'A note for a theme of another review', 'finance'),
  ];

  it('gives one collection per theme in the review order, a note under each of its themes', () => {
    const collections = collect(themes, notes);
    expect(collections.map((c) => c.theme)).toEqual(themes);
    expect(collections[0]!.notes.strength).toEqual(['Attendance is monitored weekly', 'zebra crossings near schools']);
    expect(collections[1]!.notes).toEqual({ strength: [], areaForConsideration: [], evidence: [], followUp: [] });
    expect(collections[2]!.notes.strength).toEqual(['Attendance is monitored weekly']);
  });

  it('sorts texts alphabetically ignoring case and accents, so the order of entry does not show', () => {
    const adulthood = collect(themes, notes)[2]!;
    expect(adulthood.notes.areaForConsideration).toEqual(['annual reviews are late', 'Élan is missing']);
    const reversed = collect(themes, [...notes].reverse());
    expect(reversed).toEqual(collect(themes, notes));
  });

  it('is deterministic for texts the collator calls equal', () => {
    const a = [note('evidence', 'Plan', 'leadership'), note('evidence', 'plan', 'leadership'), note('evidence', 'plán', 'leadership')];
    const first = collect(themes, a)[0]!.notes.evidence;
    expect(collect(themes, [a[2]!, a[0]!, a[1]!])[0]!.notes.evidence).toEqual(first);
    expect(compareTexts('Plan', 'plan')).not.toBe(0);
    expect(compareTexts('item 2', 'item 10')).toBeLessThan(0);
  });

  it('does not change the notes it is given', () => {
    const copy = structuredClone(notes);
    collect(themes, notes);
    expect(notes).toEqual(copy);
  });
});

describe('key words', () => {
  it.each([
    ['plans', 'plan'],
    ['planned', 'plan'],
    ['planning', 'plan'],
    ['transitions', 'transition'],
    ['agencies', 'agency'],
    ['improves', 'improv'],
    ['improved', 'improv'],
    ['matches', 'match'],
    ['staffing', 'staff'],
    ['called', 'call'],
    ['process', 'process'],
    ['focus', 'focus'],
    ['analysis', 'analysis'],
    ['bring', 'bring'],
  ])('%s → %s', (word, expected) => expect(stem(word)).toBe(expected));

  it('drops common words, short words, placeholders and possessives, and strips accents', () => {
    expect(keyWords("[name] said the children's EHCPs were reviewed at [email] by Zoë's café").map((k) => k.word)).toEqual([
      'said',
      'ehcps',
      'reviewed',
      'zoe',
      'cafe',
    ]);
    expect(keyWords('Plans, planning and planned').map((k) => k.stem)).toEqual(['plan']);
  });
});

describe('summarise', () => {
  it('counts each kind and the total per theme', () => {
    const [leadership] = summarise(
      collect(themes, [note('strength', 'a', 'leadership'), note('strength', 'b', 'leadership'), note('followUp', 'c', 'leadership')]),
    );
    expect(leadership).toMatchObject({ theme: themes[0], counts: { strength: 2, areaForConsideration: 0, evidence: 0, followUp: 1 }, total: 3 });
  });

  it('an empty theme has one gap, little evidence with no notes', () => {
    expect(summarise([collection({})])[0]!.gaps).toEqual([{ type: 'littleEvidence', total: 0, threshold: LITTLE_EVIDENCE_BELOW }]);
  });

  it('flags little evidence below the threshold, which an option may change', () => {
    const two = collection({ strength: ['Strong leadership'], areaForConsideration: ['Slow assessments'] });
    expect(summarise([two])[0]!.gaps).toEqual([{ type: 'littleEvidence', total: 2, threshold: 3 }]);
    expect(summarise([two], { littleEvidenceBelow: 2 })[0]!.gaps).toEqual([]);
  });

  it('flags a theme with no strengths, or no areas for consideration', () => {
    const noStrengths = collection({ areaForConsideration: ['a'], evidence: ['b', 'c'] });
    const noAreas = collection({ strength: ['a'], followUp: ['b', 'c'] });
    expect(summarise([noStrengths, noAreas]).map((s) => s.gaps)).toEqual([[{ type: 'noStrengths' }], [{ type: 'noAreas' }]]);
  });

  it('flags a strength and an area for consideration sharing two key words, with the words as the strength writes them', () => {
    const gaps = summarise([
      collection({
        strength: ['Transition plans for [name] are clear and start early'],
        areaForConsideration: ['Some transition planning starts too late', 'Waiting times for assessments are long'],
        evidence: ['x'],
      }),
    ])[0]!.gaps;
    expect(gaps).toEqual([
      {
        type: 'disagreement',
        strength: 'Transition plans for [name] are clear and start early',
        area: 'Some transition planning starts too late',
        words: ['transition', 'plans', 'start'],
      },
    ]);
  });

  it('does not flag notes that share only one word, common words or placeholders', () => {
    const quiet = collection({
      strength: ['[name] and [email] praised the children and young people of the council', 'Transition support is good'],
      areaForConsideration: ['[name] and [email] worried about the children and young people of the council', 'Transition is slow'],
      evidence: ['Transition documents'],
    });
    expect(disagreements(quiet)).toEqual([]);
    expect(DISAGREEMENT_MIN_SHARED_WORDS).toBe(2);
    expect(disagreements(quiet, 1)).toEqual([{ type: 'disagreement', strength: 'Transition support is good', area: 'Transition is slow', words: ['transition'] }]);
  });

  it('reports each pair once even when a text was logged twice, and in a fixed order', () => {
    const twice = collection({
      strength: ['Good annual reviews', 'Good annual reviews', 'Annual reviews on time'],
      areaForConsideration: ['Annual reviews are late', 'Annual reviews are late'],
    });
    expect(disagreements(twice).map((g) => g.type === 'disagreement' && g.strength)).toEqual(['Good annual reviews', 'Annual reviews on time']);
  });
});
