/** The benchmark's instances: the demo's on-site part with its file busy times, and generated ones at 1×, 2× and 5× its size. */
import { readFile } from 'node:fs/promises';
import { readOnSite } from '../src/domain/on-site/read-on-site.js';
import { parseReviewFile } from '../src/domain/review-file/parse-review-file.js';
import type { Review } from '../src/domain/shared/review.js';
import { generateReview, scaledShape, type Shape } from './generate.js';

export interface Instance {
  name: string;
  review: Review;
}

export const DEMO_FILE = new URL('../examples/shropshire-2026.yaml', import.meta.url);
export const SCALES = [1, 2, 5];

export const shapeOf = (review: Review): Shape => {
  const onSite = readOnSite(review);
  if (!onSite) throw new Error(`${review.name} has no on-site part`);
  return {
    sessions: onSite.sessions.length,
    peers: review.peers.filter((p) => p.role !== 'caseReviewer').length,
    attendees: new Set(onSite.sessions.flatMap((s) => s.attendees)).size,
    streams: onSite.streams,
    days: onSite.days.length,
  };
};

export const loadInstances = async (): Promise<Instance[]> => {
  const parsed = parseReviewFile(await readFile(DEMO_FILE, 'utf8'));
  if (!parsed.ok) throw new Error(`${DEMO_FILE.pathname}: ${parsed.message}\n${(parsed.details ?? []).join('\n')}`);
  const demo = parsed.value;
  const base = shapeOf(demo);
  return [
    { name: 'shropshire', review: demo },
    ...SCALES.map((scale) => ({ name: `${scale}x`, review: generateReview(scaledShape(base, scale), `Generated review at ${scale}× the demo`) })),
  ];
};
