/** The programme of programme-spec.md: placed sessions with local times and offsets, and what was not placed. */
import { DateTime } from 'luxon';
import type { CaseReviewPlan } from './case-review-plan.js';
import { describePerson } from './describe-person.js';
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

/** `2026-01-14T09:00:00.000+00:00`: the spec always writes the offset, never `Z`. */
const withOffset = (iso: string, zone: string): string =>
  DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone).toISO()!.replace(/Z$/, '+00:00');

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

/** A plain-text timetable: a block per day, a row per call (time | case | reviewer | case worker), then what was not placed. */
export const formatTimetable = (programme: Programme, review: Review): string => {
  const names = (emails: string[]) => emails.map((e) => describePerson(review, e)).join(', ');
  const row = (cells: string[]) => cells.map((cell, i) => cell.padEnd(WIDTHS[i] ?? 0)).join('  ').trimEnd();
  const lines = [programme.review, `Times in ${review.timeZone}`, ''];
  const byDay = new Map<string, ProgrammeItem[]>();
  for (const item of programme.placed) {
    const day = DateTime.fromISO(item.start, { setZone: true }).toFormat('cccc d LLLL yyyy');
    byDay.set(day, [...(byDay.get(day) ?? []), item]);
  }
  for (const [day, items] of byDay) {
    lines.push(day, row(['Time', 'Case', 'Reviewer', 'Case worker']));
    for (const item of items) {
      const time = `${clock(item.start)}–${clock(item.end)}`;
      lines.push(row([time, item.title, names(item.peers), names(item.attendees)]));
    }
    lines.push('');
  }
  if (programme.unplaced.length === 0) return [...lines, 'Every case is placed.'].join('\n');
  lines.push(`Not placed (${programme.unplaced.length})`);
  for (const u of programme.unplaced) lines.push(`  ${u.sessionId}: ${u.reason}`);
  return lines.join('\n');
};

const WIDTHS = [11, 16, 22];

/** HH:mm as written in the item, which carries the review's offset. */
const clock = (iso: string): string => DateTime.fromISO(iso, { setZone: true }).toFormat('HH:mm');
