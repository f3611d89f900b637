/**
 * The labelled redaction corpus (test/fixtures/redaction-corpus/) and its scoring: which labelled identifiers
 * redact() removed whole, and which ordinary words it took with them.
 */
import { readFileSync } from 'node:fs';

const DIR = new URL('../fixtures/redaction-corpus/', import.meta.url);

export type LabelKind = 'name' | 'setting' | 'time' | 'email' | 'phone';

export interface Label {
  kind: LabelKind;
  start: number;
  end: number;
}

export interface Sentence {
  /** The sentence without its labels, as a peer would type it. */
  text: string;
  labels: Label[];
  /** The line as written in sentences.txt, labels and all. */
  source: string;
}

const LABEL = /\{(name|setting|time|email|phone):([^}]*)\}/g;

export const parseSentence = (line: string): Sentence => {
  const labels: Label[] = [];
  let text = '';
  let at = 0;
  for (const m of line.matchAll(LABEL)) {
    text += line.slice(at, m.index);
    labels.push({ kind: m[1] as LabelKind, start: text.length, end: text.length + m[2]!.length });
    text += m[2];
    at = m.index + m[0].length;
  }
  return { text: text + line.slice(at), labels, source: line };
};

/** The corpus files: sentences.txt, written before the rules were tuned, and held-out.txt, written after. */
export const CORPUS_FILES = ['sentences.txt', 'held-out.txt'] as const;

const readSentences = (file: string): Sentence[] =>
  readFileSync(new URL(file, DIR), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map(parseSentence);

export const readCorpus = (): { files: { file: string; sentences: Sentence[] }[]; names: string[]; settings: string[] } => {
  const known = JSON.parse(readFileSync(new URL('known.json', DIR), 'utf8')) as { names: string[]; settings: string[] };
  return { files: CORPUS_FILES.map((file) => ({ file, sentences: readSentences(file) })), ...known };
};

const PLACEHOLDER = /\[(?:name|email|phone|time|setting)\]/g;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The stretches of `input` that became placeholders in `output`: redaction only replaces stretches, so the
 * text between placeholders must be found in order in the input, and what lies between is what went.
 */
export const removedSpans = (input: string, output: string): { start: number; end: number }[] => {
  const literals = output.split(PLACEHOLDER);
  if (literals.length === 1) return [];
  const pattern = new RegExp(`^${literals.map(escapeRegExp).join('([\\s\\S]+?)')}$`, 'd');
  const match = pattern.exec(input);
  if (!match?.indices) throw new Error(`redacted text does not align with its input:\n${input}\n${output}`);
  return match.indices.slice(1).map((pair) => ({ start: pair![0], end: pair![1] }));
};

const WORD = /[\p{L}\p{N}]+/gu;

export interface Score {
  labels: number;
  removed: number;
  byKind: Record<LabelKind, { labels: number; removed: number }>;
  ordinaryWords: number;
  overRedacted: number;
  misses: string[];
  overs: string[];
}

const emptyByKind = (): Score['byKind'] => ({
  name: { labels: 0, removed: 0 },
  setting: { labels: 0, removed: 0 },
  time: { labels: 0, removed: 0 },
  email: { labels: 0, removed: 0 },
  phone: { labels: 0, removed: 0 },
});

/**
 * Scores one sentence: an identifier is removed only if none of its words survive; a word outside every
 * label that falls inside a removed stretch is over-redaction.
 */
export const scoreSentence = (sentence: Sentence, output: string, score: Score): void => {
  const gone = removedSpans(sentence.text, output);
  const removed = (start: number, end: number) => gone.some((g) => start < g.end && g.start < end);
  const words = [...sentence.text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, raw: m[0] }));
  for (const label of sentence.labels) {
    const inLabel = words.filter((w) => w.start < label.end && label.start < w.end);
    const whole = inLabel.every((w) => removed(w.start, w.end));
    score.labels += 1;
    score.byKind[label.kind].labels += 1;
    if (whole) {
      score.removed += 1;
      score.byKind[label.kind].removed += 1;
    } else score.misses.push(`${label.kind} "${sentence.text.slice(label.start, label.end)}": ${output}`);
  }
  for (const word of words.filter((w) => !sentence.labels.some((l) => w.start < l.end && l.start < w.end))) {
    score.ordinaryWords += 1;
    if (removed(word.start, word.end)) {
      score.overRedacted += 1;
      score.overs.push(`"${word.raw}": ${output}`);
    }
  }
};

export const scoreCorpus = (sentences: readonly Sentence[], redacted: (text: string) => string): Score => {
  const score: Score = { labels: 0, removed: 0, byKind: emptyByKind(), ordinaryWords: 0, overRedacted: 0, misses: [], overs: [] };
  for (const sentence of sentences) scoreSentence(sentence, redacted(sentence.text), score);
  return score;
};
