import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { generateReview, scaledShape, toReviewFile, type Shape } from '../../bench/generate.js';
import { readOnSite } from '../../src/domain/on-site/read-on-site.js';
import { parseReviewFile } from '../../src/domain/review-file/parse-review-file.js';

const base: Shape = { sessions: 32, peers: 6, attendees: 26, streams: 2, days: 4 };

describe('the benchmark generator', () => {
  it('gives the same review for the same seed, and another for another seed', () => {
    const shape = scaledShape(base, 2);
    expect(generateReview(shape, '2x')).toEqual(generateReview(shape, '2x'));
    expect(generateReview(shape, '2x', 7)).not.toEqual(generateReview(shape, '2x'));
  });

  it('writes review files that read back as the same review, as YAML and as JSON', () => {
    const review = generateReview(scaledShape(base, 2), '2x');
    for (const text of [stringify(toReviewFile(review)), JSON.stringify(toReviewFile(review))]) {
      const parsed = parseReviewFile(text);
      expect(parsed.ok ? [] : parsed.details).toEqual([]);
      expect(parsed.ok && parsed.value).toEqual(review);
    }
  });

  it('scales sessions and people with the scale, and streams times days with it too', () => {
    const shape = scaledShape(base, 5);
    expect(shape).toMatchObject({ sessions: 160, peers: 30, attendees: 130 });
    expect(shape.streams * shape.days).toBeGreaterThanOrEqual(4.5 * base.streams * base.days);
    const review = generateReview(shape, '5x');
    const onSite = readOnSite(review)!;
    expect(onSite.sessions).toHaveLength(160);
    expect(onSite.days).toHaveLength(shape.days);
    expect(review.peers.filter((p) => p.role !== 'caseReviewer')).toHaveLength(30);
    expect(new Set(onSite.sessions.flatMap((s) => s.attendees)).size).toBeLessThanOrEqual(130);
  });

  it('makes the week tight: pinned days, site visits with travel, priorities and busy calendars', () => {
    const review = generateReview(scaledShape(base, 1), '1x');
    const sessions = readOnSite(review)!.sessions;
    expect(sessions.filter((s) => s.date).length).toBeGreaterThan(2);
    expect(sessions.filter((s) => s.kind === 'siteVisit' && s.travelMinutes > 0).length).toBeGreaterThan(2);
    expect(new Set(sessions.map((s) => s.priority)).size).toBeGreaterThan(1);
    expect(Object.keys(review.busy).length).toBeGreaterThan(review.people.length / 2);
  });

  it('runs a longer review across the clock change of 29 March 2026', () => {
    const days = readOnSite(generateReview(scaledShape(base, 2), '2x'))!.days.map((d) => d.date);
    expect(days[0]! < '2026-03-29' && days[days.length - 1]! > '2026-03-29').toBe(true);
  });
});
