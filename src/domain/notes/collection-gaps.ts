/**
 * What a theme's collection still lacks before the feedback presentation. Each gap carries its
 * reason, so a challenge manager can see why it was raised and judge it.
 */
import { keyWords } from './key-words.js';
import { NOTE_KINDS, type ThemeCollection } from './note.js';

/** A theme with fewer notes than this has little evidence. */
export const LITTLE_EVIDENCE_BELOW = 3;
/** A strength and an area for consideration that share this many key words may be about the same point. */
export const DISAGREEMENT_MIN_SHARED_WORDS = 2;

export type Gap =
  | { type: 'littleEvidence'; total: number; threshold: number }
  | { type: 'noStrengths' }
  | { type: 'noAreas' }
  /** words: the shared key words as the strength writes them, in its order. */
  | { type: 'disagreement'; strength: string; area: string; words: string[] };

export interface GapOptions {
  littleEvidenceBelow?: number;
  minSharedWords?: number;
}

/**
 * Disagreements: every pair of a strength and an area for consideration under the theme whose key
 * words (see key-words.ts) share at least minSharedWords stems. Pairs follow the collection's order.
 */
export const disagreements = (collection: ThemeCollection, minSharedWords = DISAGREEMENT_MIN_SHARED_WORDS): Gap[] => {
  const unique = (texts: string[]) => [...new Set(texts)];
  const areas = unique(collection.notes.areaForConsideration).map((text) => ({ text, stems: new Set(keyWords(text).map((k) => k.stem)) }));
  return unique(collection.notes.strength).flatMap((strength) => {
    const words = keyWords(strength);
    return areas.flatMap((area) => {
      const shared = words.filter((k) => area.stems.has(k.stem)).map((k) => k.word);
      return shared.length >= minSharedWords ? [{ type: 'disagreement' as const, strength, area: area.text, words: shared }] : [];
    });
  });
};

/**
 * The gaps of one theme, in a fixed order. A theme with no notes has one gap, littleEvidence with a
 * total of 0: "no strengths" and "no areas" would only repeat it.
 */
export const findGaps = (collection: ThemeCollection, options: GapOptions = {}): Gap[] => {
  const threshold = options.littleEvidenceBelow ?? LITTLE_EVIDENCE_BELOW;
  const total = NOTE_KINDS.reduce((sum, kind) => sum + collection.notes[kind].length, 0);
  const gaps: Gap[] = [];
  if (total < threshold) gaps.push({ type: 'littleEvidence', total, threshold });
  if (total === 0) return gaps;
  if (collection.notes.strength.length === 0) gaps.push({ type: 'noStrengths' });
  if (collection.notes.areaForConsideration.length === 0) gaps.push({ type: 'noAreas' });
  return [...gaps, ...disagreements(collection, options.minSharedWords)];
};
