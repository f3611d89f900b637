/**
 * Redaction measured on the labelled corpus (test/fixtures/redaction-corpus/): recall is the share of labelled
 * identifiers removed whole, over-redaction the share of ordinary words removed with them.
 */
import { describe, expect, it } from 'vitest';
import { redact } from '../../src/domain/redaction/index.js';
import { parseSentence, readCorpus, removedSpans, type Score, scoreCorpus, type Sentence } from '../support/redaction-corpus.js';

const corpus = readCorpus();
const redacted = (text: string) => redact(text, corpus.names, corpus.settings).text;
const all = corpus.files.flatMap((f) => f.sentences);

const summary = (label: string, sentences: readonly Sentence[], score: Score): string => {
  const kinds = Object.entries(score.byKind)
    .map(([kind, k]) => `${kind} ${k.removed}/${k.labels}`)
    .join(', ');
  return (
    `${label}: ${sentences.length} sentences, ${score.labels} identifiers (${kinds}), ${score.ordinaryWords} ordinary words; ` +
    `recall ${(score.removed / score.labels).toFixed(3)}, over-redaction ${(score.overRedacted / score.ordinaryWords).toFixed(4)} (${score.overRedacted} words)`
  );
};

describe('the corpus scorer', () => {
  it('reads labels as spans of the plain sentence', () => {
    const s = parseSentence('{name:Mrs Patel} met us at {time:10am}.');
    expect(s.text).toBe('Mrs Patel met us at 10am.');
    expect(s.labels.map((l) => [l.kind, s.text.slice(l.start, l.end)])).toEqual([
      ['name', 'Mrs Patel'],
      ['time', '10am'],
    ]);
  });

  it('finds what became each placeholder', () => {
    expect(removedSpans('Mrs Patel met us at 10am.', '[name] met us at [time].')).toEqual([
      { start: 0, end: 9 },
      { start: 20, end: 24 },
    ]);
  });

  it('counts a name that leaves a tail as missed, and a word taken with it as over-redaction', () => {
    const score = scoreCorpus([parseSentence('{name:Dr Okafor-Smith} said so.')], () => '[name]-Smith [name] so.');
    expect([score.removed, score.labels, score.overRedacted, score.ordinaryWords]).toEqual([0, 1, 1, 2]);
  });
});

describe('redaction on the labelled corpus', () => {
  const score = scoreCorpus(all, redacted);
  const recall = score.removed / score.labels;
  const overRedaction = score.overRedacted / score.ordinaryWords;
  for (const { file, sentences } of corpus.files) console.log(summary(`redaction corpus, ${file}`, sentences, scoreCorpus(sentences, redacted)));
  console.log(summary('redaction corpus, all', all, score));

  it('removes at least 98% of the labelled identifiers whole', () => {
    expect(recall, `missed:\n${score.misses.join('\n')}`).toBeGreaterThanOrEqual(0.98);
  });

  it('takes at most 2% of the ordinary words with them', () => {
    expect(overRedaction, `over-redacted:\n${score.overs.join('\n')}`).toBeLessThanOrEqual(0.02);
  });

  it('changes nothing when run again over its own output', () => {
    const twice = all.filter((s) => {
      const once = redacted(s.text);
      return redacted(once) !== once;
    });
    expect(twice.map((s) => s.source)).toEqual([]);
  });
});
