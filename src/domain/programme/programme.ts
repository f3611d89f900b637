/** The programme of programme-spec.md: placed sessions with local times and offsets, and what was not placed. */
import { DateTime } from 'luxon';
import type { CaseReviewPlan } from '../case-reviews/index.js';
import { nameOf, timesAre } from '../shared/index.js';
import type { Coverage, OnSitePlan } from '../on-site/index.js';
import { formatOnSiteTimetable } from './on-site-timetable.js';
import { hanging, LINE_WIDTH, sideBySide, wrap } from './text-layout.js';
import { readOnSite } from '../on-site/index.js';
import type { Review } from '../shared/index.js';

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
  /** With an on-site plan: themes and essential site visits covered (shown, never blocking). */
  coverage?: Coverage;
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

/** `Team meeting` on 2026-02-04 → `team-meeting-2026-02-04`: fixed items have no id of their own. */
const fixedId = (title: string, start: string, zone: string): string =>
  `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}-${DateTime.fromISO(start, { zone: 'utc' }).setZone(zone).toISODate()}`;

/** The on-site sessions (stream 'A', 'B', ...) and fixed items (stream null) of a plan, in time order. */
export const onSiteProgrammeItems = (review: Review, plan: OnSitePlan): ProgrammeItem[] => {
  const zone = review.timeZone;
  const sessions = new Map((readOnSite(review)?.sessions ?? []).map((s) => [s.id, s]));
  const items: ProgrammeItem[] = [
    ...plan.placed.map((p) => {
      const s = sessions.get(p.sessionId)!;
      return { sessionId: p.sessionId, kind: s.kind, title: s.title, start: withOffset(p.start, zone), end: withOffset(p.end, zone), stream: p.stream, peers: p.peers, attendees: s.attendees, location: s.online ? null : (s.location ?? review.base), online: s.online };
    }),
    ...plan.fixed.map((f) => ({ sessionId: fixedId(f.title, f.start, zone), kind: f.kind, title: f.title, start: withOffset(f.start, zone), end: withOffset(f.end, zone), stream: null, peers: f.peers, attendees: f.attendees, location: f.location ?? review.base, online: false })),
  ];
  return items.sort((a, b) => a.start.localeCompare(b.start) || (a.stream ?? '').localeCompare(b.stream ?? ''));
};

/** The whole programme: case-review calls as caseReviewProgramme writes them, then the on-site week and its coverage. */
export const reviewProgramme = (review: Review, casePlan: CaseReviewPlan, onSitePlan?: OnSitePlan): Programme => {
  const cases = caseReviewProgramme(review, casePlan);
  if (!onSitePlan) return cases;
  return {
    review: review.name,
    placed: [...cases.placed, ...onSiteProgrammeItems(review, onSitePlan)],
    unplaced: [...cases.unplaced, ...onSitePlan.unplaced],
    coverage: onSitePlan.coverage,
  };
};

/** The case-review timetable (if the review has case reviews), then the on-site one (if it has an on-site week). */
export const formatReviewTimetable = (review: Review, casePlan: CaseReviewPlan, onSitePlan?: OnSitePlan): string => {
  const parts: string[] = [];
  if (review.caseReviews || !onSitePlan) parts.push(formatTimetable(caseReviewProgramme(review, casePlan), review));
  if (onSitePlan) parts.push(formatOnSiteTimetable(review, onSitePlan));
  return parts.join('\n\n');
};

/** A plain-text timetable: a block per day, a row per call (time | case | reviewer | case worker), then what was not placed. */
export const formatTimetable = (programme: Programme, review: Review): string => {
  const names = (emails: string[]) => emails.map((e) => nameOf(review, e)).join(', ');
  // Each cell wraps within its column, so a long name or email keeps the lines within LINE_WIDTH.
  const row = (cells: string[]) => sideBySide(cells.map((cell, i) => wrap(cell, WIDTHS[i]!)), WIDTHS);
  const at = programme.placed[0]?.start ?? review.caseReviews?.days[0]?.date ?? '';
  const lines = [...wrap(programme.review, LINE_WIDTH), timesAre(review.timeZone, at), ''];
  const byDay = new Map<string, ProgrammeItem[]>();
  for (const item of programme.placed) {
    const day = DateTime.fromISO(item.start, { setZone: true }).toFormat('cccc d LLLL yyyy');
    byDay.set(day, [...(byDay.get(day) ?? []), item]);
  }
  for (const [day, items] of byDay) {
    lines.push(day, ...row(['Time', 'Case', 'Reviewer', 'Case worker']));
    for (const item of items) {
      const time = `${clock(item.start)}–${clock(item.end)}`;
      lines.push(...row([time, item.title, names(item.peers), names(item.attendees)]));
    }
    lines.push('');
  }
  if (programme.unplaced.length === 0) return [...lines, 'Every case is placed.'].join('\n');
  lines.push(`Not placed (${programme.unplaced.length})`);
  for (const u of programme.unplaced) lines.push(...hanging('  ', `${u.sessionId}: ${u.reason}`, '    '));
  return lines.join('\n');
};

/** Time, case, reviewer, and the rest of the line for the case worker. */
const WIDTHS = [11, 16, 22, LINE_WIDTH - 11 - 16 - 22 - 3 * 2];

/** HH:mm as written in the item, which carries the review's offset. */
const clock = (iso: string): string => DateTime.fromISO(iso, { setZone: true }).toFormat('HH:mm');
