/** The programme of programme-spec.md: placed sessions with local times and offsets, and what was not placed. */
import { DateTime } from 'luxon';
import type { CaseReviewPlan } from './case-review-plan.js';
import { describePerson } from './plan-case-reviews.js';
import type { Review } from './review.js';

export interface ProgrammeItem {
  sessionId: string;
  kind: string;
  title: string;
  /** ISO 8601 with the UTC offset in force on that date in the review's zone. */
  start: string;
  end: string;
  stream: string | null;
  peers: string[];
  attendees: string[];
  location: string | null;
  online: boolean;
}

export interface Programme {
  review: string;
  placed: ProgrammeItem[];
  unplaced: { sessionId: string; reason: string }[];
}

const local = (iso: string, zone: string) => DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone);
const withOffset = (iso: string, zone: string) => local(iso, zone).toISO({ includeOffset: true })!.replace(/Z$/, '+00:00');

export const caseReviewProgramme = (review: Review, plan: CaseReviewPlan): Programme => ({
  review: review.name,
  placed: plan.placed.map((p) => ({
    sessionId: p.caseId,
    kind: 'caseReview',
    title: `Case review ${p.caseId}`,
    start: withOffset(p.start, review.timeZone),
    end: withOffset(p.end, review.timeZone),
    stream: null,
    peers: [p.reviewer],
    attendees: [p.caseWorker],
    location: null,
    online: true,
  })),
  unplaced: plan.unplaced.map((u) => ({ sessionId: u.caseId, reason: u.reason })),
});

/** The programme as a plain-text timetable: a block per day, a row per session. */
export const formatTimetable = (programme: Programme, review: Review): string => {
  const lines = [programme.review, `Times in ${review.timeZone}`, ''];
  const byDay = new Map<string, ProgrammeItem[]>();
  for (const item of programme.placed) {
    const day = DateTime.fromISO(item.start, { setZone: true }).toFormat('cccc d LLLL yyyy');
    byDay.set(day, [...(byDay.get(day) ?? []), item]);
  }
  for (const [day, items] of byDay) {
    lines.push(day, `${'Time'.padEnd(13)}  ${'Session'.padEnd(16)}  ${'Peers'.padEnd(24)}  With`);
    for (const item of items) {
      const time = `${DateTime.fromISO(item.start, { setZone: true }).toFormat('HH:mm')}–${DateTime.fromISO(item.end, { setZone: true }).toFormat('HH:mm')}`;
      const peers = item.peers.map((e) => describePerson(review, e)).join(', ');
      const attendees = item.attendees.map((e) => describePerson(review, e)).join(', ');
      lines.push(`${time.padEnd(13)}  ${item.title.padEnd(16)}  ${peers.padEnd(24)}  ${attendees}`);
    }
    lines.push('');
  }
  if (programme.unplaced.length > 0) {
    lines.push('Not placed');
    for (const u of programme.unplaced) lines.push(`  ${u.sessionId}: ${u.reason}`);
  } else lines.push('Everything is placed.');
  return lines.join('\n');
};
