import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { nearestKey } from '../../src/domain/review-file/nearest-key.js';
import { parseReviewFile } from '../../src/domain/review-file/parse-review-file.js';
import { reviewFileSchema } from '../../src/domain/review-file/review-schema.js';
import { fileText, generated, ONE_X } from '../support/large-review.js';
import { onSiteReview } from '../support/on-site-review.js';
import { SMALL_REVIEW } from '../support/small-review.js';
import { TIMETABLE_REVIEW } from '../support/timetable-review.js';

const problemsOf = (text: string): string[] => {
  const result = parseReviewFile(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.details ?? [];
};

const withSessions = (fifth: string) => `${SMALL_REVIEW}
onSite:
  days: [ { date: 2026-02-03, start: "09:00", end: "17:00" } ]
  sessions:
${['a', 'b', 'c', 'd'].map((id) => `    - { id: ${id}, title: ${id}, kind: interview }`).join('\n')}
    - ${fifth}
`;

describe('a review file refuses keys it does not know', () => {
  it('suggests the field a misspelt key was meant to be, at any depth', () => {
    expect(problemsOf(withSessions('{ id: e, title: E, kind: interview, priorty: 3 }'))).toEqual(['onSite.sessions[4].priorty: is not a field of a session; did you mean priority?']);
    const head = SMALL_REVIEW.replace('  base: Town Hall', '  feedbakDate: 2026-02-06\n  base: Town Hall');
    expect(problemsOf(head)).toEqual(['review.feedbakDate: is not a field of the review section; did you mean feedbackDate?']);
    expect(problemsOf(SMALL_REVIEW.replace('caseReviews:', 'caseReview:'))).toEqual(['caseReview: is not a section of a review file; did you mean caseReviews?']);
  });

  it('lists the known keys when none is close', () => {
    expect(problemsOf(withSessions('{ id: e, title: E, kind: interview, colour: red }'))).toEqual([
      'onSite.sessions[4].colour: is not a field of a session (id, title, kind, attendees, themes, minutes, travelMinutes, peers, priority, online, location, setting, date)',
    ]);
  });

  it('lists two unknown keys and a missing field at once, in the order of the file', () => {
    const broken = SMALL_REVIEW.replace('  name: Testshire SEND Peer Challenge\n', '  nmae: Testshire\n').replace('{ id: C02,', '{ id: C02, urgent: true,');
    expect(problemsOf(broken)).toEqual([
      'review.name: is missing',
      'review.nmae: is not a field of the review section; did you mean name?',
      'caseReviews.cases[1].urgent: is not a field of a case (id, caseWorker, categories, reviewer)',
    ]);
  });

  it('reports an unknown key even when another field of the same item is wrong', () => {
    expect(problemsOf(withSessions('{ id: e, title: E, kind: interview, attendees: bob, priorty: 3 }'))).toEqual([
      'onSite.sessions[4].attendees: should be a list',
      'onSite.sessions[4].priorty: is not a field of a session; did you mean priority?',
    ]);
  });

  it('suggests only a key a slip away', () => {
    expect(nearestKey('Priority', ['priority', 'peers'])).toBe('priority');
    expect(nearestKey('travelMins', ['minutes', 'travelMinutes'])).toBe('travelMinutes');
    expect(nearestKey('nmae', ['name', 'base'])).toBe('name');
    expect(nearestKey('xy', ['id', 'title'])).toBeUndefined();
    expect(nearestKey('colour', ['location', 'online'])).toBeUndefined();
  });
});

describe('the files Convene ships and tests with are valid', () => {
  const examples = readdirSync(new URL('../../examples/', import.meta.url)).filter((f) => /\.(ya?ml|json)$/.test(f));
  const texts: [string, string][] = [
    ...examples.map((f): [string, string] => [`examples/${f}`, readFileSync(new URL(`../../examples/${f}`, import.meta.url), 'utf8')]),
    ['SMALL_REVIEW', SMALL_REVIEW],
    ['TIMETABLE_REVIEW', TIMETABLE_REVIEW],
    ['onSiteReview()', onSiteReview()],
    ['the bench’s 1× file', fileText(generated(ONE_X))],
  ];
  it.each(texts)('%s parses', (_name, text) => {
    const result = parseReviewFile(text);
    expect(result.ok ? [] : result.details).toEqual([]);
  });
});

/** Every object in the schema, as its sorted keys. */
const keySets = (schema: z.ZodTypeAny): string[] => {
  if (schema instanceof z.ZodEffects) return keySets(schema.innerType());
  if (schema instanceof z.ZodOptional) return keySets(schema.unwrap());
  if (schema instanceof z.ZodDefault) return keySets(schema.removeDefault());
  if (schema instanceof z.ZodArray) return keySets(schema.element);
  if (schema instanceof z.ZodRecord) return keySets(schema.valueSchema);
  if (!(schema instanceof z.ZodObject)) return [];
  const shape = schema.shape as z.ZodRawShape;
  return [Object.keys(shape).sort().join(' '), ...Object.values(shape).flatMap(keySets)];
};

/** Every key list the reference gives: the sections, each `{ a, b }` and each Field table. */
const documentedKeySets = (doc: string): string[] => {
  const names = (list: string) => list.split(/[,\s`]+/).filter(Boolean).sort().join(' ');
  const sections = /has these sections and no others: (.*)\./.exec(doc)![1]!;
  const braces = [...doc.matchAll(/`\{ ([A-Za-z]+(?:, [A-Za-z]+)*) \}`/g)].map((m) => names(m[1]!));
  const tables = doc.split('| Field | Required | Meaning |').slice(1).map((after) => {
    const lines = after.split('\n').slice(2);
    const rows = lines.slice(0, lines.findIndex((line) => !line.startsWith('|')));
    return names(rows.map((row) => /^\| `([A-Za-z]+)` \|/.exec(row)![1]!).join(' '));
  });
  return [names(sections), ...braces, ...tables];
};

describe('docs/review-file.md', () => {
  it('documents exactly the keys the schema accepts', () => {
    const doc = readFileSync(new URL('../../docs/review-file.md', import.meta.url), 'utf8');
    expect(new Set(documentedKeySets(doc))).toEqual(new Set(keySets(reviewFileSchema)));
  });
});
