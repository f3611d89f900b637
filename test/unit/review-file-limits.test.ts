import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/domain/review-file/limits.js';
import { parseReviewFile } from '../../src/domain/review-file/parse-review-file.js';
import type { Review } from '../../src/domain/shared/review.js';
import { fileText, generated, LARGEST, ONE_X, withSessions } from '../support/large-review.js';

const refusal = (review: Review) => {
  const result = parseReviewFile(fileText(review));
  if (result.ok) throw new Error('expected the file to be refused');
  return result;
};

const small = generated(ONE_X);
const onSite = small.onSite as Record<string, unknown[]>;
const times = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));

describe('the size limits of a review file', () => {
  it('takes a file at the limits: 400 sessions, 60 peers, 14 days of busy calendars', () => {
    const review = generated(LARGEST);
    expect(review.peers).toHaveLength(LIMITS.peers);
    const parsed = parseReviewFile(fileText(review));
    expect(parsed.ok ? [] : parsed.details).toEqual([]);
  });

  const over: [string, Review, string][] = [
    ['sessions', withSessions(small, 401), 'onSite.sessions: 401 sessions; a review file may have at most 400'],
    ['peers', { ...small, peers: times(61, (i) => ({ email: `p${i}@peers.example`, name: `P ${i}`, role: 'peer', themes: [] })) }, 'peers: 61 peers; a review file may have at most 60'],
    ['people', { ...small, people: times(1001, (i) => ({ email: `s${i}@council.example`, name: `S ${i}` })) }, 'people: 1001 people; a review file may have at most 1000'],
    ['themes', { ...small, themes: times(51, (i) => ({ id: `t${i}`, title: `T ${i}` })) }, 'themes: 51 themes; a review file may have at most 50'],
    ['on-site days', { ...small, onSite: { ...onSite, days: times(31, () => onSite.days![0]) } }, 'onSite.days: 31 on-site days; a review file may have at most 30'],
    ['fixed items', { ...small, onSite: { ...onSite, fixed: times(101, () => onSite.fixed![0]) } }, 'onSite.fixed: 101 fixed items; a review file may have at most 100'],
    [
      'cases',
      { ...small, caseReviews: { days: [{ date: '2026-01-14', start: '09:00', end: '17:00' }], minutes: 60, cases: times(101, (i) => ({ id: `C${i}`, caseWorker: 'sam@council.example', categories: [] })) } },
      'caseReviews.cases: 101 cases; a review file may have at most 100',
    ],
    [
      'case-review days',
      { ...small, caseReviews: { days: times(6, (i) => ({ date: `2026-01-1${i}`, start: '09:00', end: '17:00' })), minutes: 60, cases: [] } },
      'caseReviews.days: 6 case-review days; a review file may have at most 5',
    ],
    ['busy times', { ...small, busy: { 'a@council.example': times(10_001, () => ({ start: '2026-03-24T09:00', end: '2026-03-24T10:00' })), 'b@council.example': times(10_000, () => ({ start: '2026-03-24T09:00', end: '2026-03-24T10:00' })) } }, 'busy: 20001 busy times; a review file may have at most 20000'],
    [
      'attendees of a session',
      { ...small, onSite: { ...onSite, sessions: [{ ...(onSite.sessions![0] as object), attendees: times(101, (i) => `a${i}@council.example`) }] } },
      'onSite.sessions[0].attendees: 101 attendees; a session may have at most 100',
    ],
  ];
  it.each(over)('refuses a file over the limit of %s, whole, naming the limit and the count', (_what, review, problem) => {
    expect(refusal(review)).toEqual({ ok: false, code: 'REVIEW_FILE.INVALID', message: 'The review file is too large to plan; nothing was imported.', details: [problem] });
  });

  it('refuses a file of 10,000 sessions at once, with one line', () => {
    const started = performance.now();
    expect(refusal(withSessions(small, 10_000)).details).toEqual(['onSite.sessions: 10000 sessions; a review file may have at most 400']);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('lists the first ten limits a file is over, and how many more', () => {
    const crowded = times(12, (i) => ({ ...(onSite.sessions![i] as object), attendees: times(101, (j) => `a${j}@council.example`) }));
    const details = refusal({ ...small, onSite: { ...onSite, sessions: crowded } }).details!;
    expect(details).toHaveLength(11);
    expect(details[0]).toBe('onSite.sessions[0].attendees: 101 attendees; a session may have at most 100');
    expect(details[10]).toBe('and 2 more over the limits');
  });
});

describe('YAML aliases', () => {
  const bomb = [
    'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
    ...'bcdefghi'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`),
  ].join('\n');

  it('refuses a "billion laughs" file as unreadable, and says why', () => {
    expect(parseReviewFile(bomb)).toEqual({
      ok: false,
      code: 'REVIEW_FILE.INVALID',
      message: 'The review file could not be read; nothing was imported.',
      details: ['the file: it repeats parts of itself through YAML aliases (*name) more than 100 times: write the parts out instead'],
    });
  });

  it('still reads a file that uses an alias or two', () => {
    const hearing = '"sam@council.example": &hearing [ { "start": "2026-03-24T09:00", "end": "2026-03-24T10:00" } ], "kim@council.example": *hearing';
    const shared = fileText({ ...small, busy: {} }).replace('"busy":{}', `"busy": { ${hearing} }`);
    const parsed = parseReviewFile(shared);
    expect(parsed.ok && parsed.value.busy['kim@council.example']).toEqual([{ start: '2026-03-24T09:00', end: '2026-03-24T10:00' }]);
  });
});
