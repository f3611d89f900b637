import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileBusy } from '../../src/domain/shared/intervals.js';
import { checkOnSitePlan } from '../../src/domain/on-site/check.js';
import { planOnSite } from '../../src/domain/on-site/plan-on-site.js';
import { formatOnSiteTimetable } from '../../src/domain/programme/on-site-timetable.js';
import { onSiteProgrammeItems, reviewProgramme } from '../../src/domain/programme/programme.js';
import { planCaseReviews } from '../../src/domain/case-reviews/plan-case-reviews.js';
import { readOnSite } from '../../src/domain/on-site/read-on-site.js';
import { parseReviewFile } from '../../src/domain/review-file/parse-review-file.js';

const parsed = parseReviewFile(readFileSync(new URL('../../examples/shropshire-2026.yaml', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error(parsed.details?.join('\n'));
const review = parsed.value;
const busy = fileBusy(review);

describe('the demo’s on-site week (examples/shropshire-2026.yaml)', () => {
  it('reads the file with every default filled in', () => {
    const onSite = readOnSite(review)!;
    expect(onSite.streams).toBe(2);
    expect(onSite.sessions.find((s) => s.id === 'dcs')).toEqual({
      id: 'dcs', title: "Meeting with the Director of Children's Services", kind: 'interview', attendees: ['director.childrens@shropshire.example'],
      themes: ['leadership'], minutes: 60, travelMinutes: 0, online: false, peers: 2, priority: 1,
    });
    expect(onSite.sessions.find((s) => s.id === 'visit-fe')).toMatchObject({ minutes: 75, travelMinutes: 30, setting: 'fe' });
  });

  // How fast is the bench's to say (npm run bench: the demo's median time against its 1 s target).
  it('places all of its 30+ sessions, validly, covering every theme and essential visit', () => {
    const plan = planOnSite(review, busy);
    expect(readOnSite(review)!.sessions.length).toBeGreaterThanOrEqual(30);
    expect(plan.unplaced).toEqual([]);
    expect(plan.placed).toHaveLength(readOnSite(review)!.sessions.length);
    expect(checkOnSitePlan(review, busy, plan)).toEqual([]);
    expect(plan.coverage.themesUncovered).toEqual([]);
    expect(plan.coverage.essentialVisits.every((v) => v.present)).toBe(true);
  });

  it('puts the programme in the format of programme-spec.md, offsets and all', () => {
    const plan = planOnSite(review, busy);
    const programme = reviewProgramme(review, planCaseReviews(review, busy), plan);
    const onSite = programme.placed.filter((p) => p.kind !== 'caseReview');
    expect(onSite).toEqual(onSiteProgrammeItems(review, plan));
    expect(onSite.find((p) => p.sessionId === 'lunch-2026-02-03')).toEqual({
      sessionId: 'lunch-2026-02-03', kind: 'break', title: 'Lunch', start: '2026-02-03T12:30:00.000+00:00', end: '2026-02-03T13:15:00.000+00:00',
      stream: null, peers: review.peers.filter((p) => p.role !== 'caseReviewer').map((p) => p.email), attendees: [], location: 'Guildhall, Frankwell Quay, Shrewsbury', online: false,
    });
    expect(onSite.find((p) => p.sessionId === 'camhs')).toMatchObject({ stream: expect.stringMatching(/^[AB]$/), location: null, online: true });
    expect(onSite.find((p) => p.sessionId === 'visit-primary')).toMatchObject({ location: 'Castlefields Primary (demo)' });
    expect(programme.coverage).toEqual(plan.coverage);
    expect(programme.unplaced).toEqual([]);
  });

  it('prints a timetable like Appendix 7: a column per team, a row per band, fixed items across', () => {
    const text = formatOnSiteTimetable(review, planOnSite(review, busy));
    expect(text).toContain('On-site programme\nTimes are UK time.\n');
    expect(text).toContain('Tuesday 3 February 2026\nTime         Team A                                      Team B\n08:30–09:00  Welcome to the base room (all peers)');
    expect(text).toMatch(/\n12:30–13:15 {2}Lunch \(all peers\)\n/);
    expect(text).toMatch(/\n\d\d:\d\d–\d\d:\d\d {2}\S.*\[[A-Z]{2}, [A-Z]{2}\] +\S.*\[[A-Z]{2}, [A-Z]{2}\]\n/);
    // A title longer than its column goes on under it, in the same column, never cut short.
    const crew = String.raw`\d\d:\d\d–\d\d:\d\d \[[A-Z]{2}, [A-Z]{2}\]`;
    expect(text).toMatch(new RegExp(String.raw`\n(.{13}Visit to the SEND lead of the acute.*\n {13}hospital trust ${crew}|.{57}Visit to the SEND lead of the acute\n.{57}hospital trust ${crew}\n)`));
    expect(text).toContain('\nKey to initials\n  FC  Fern Castell\n  IB  Isla Brennan\n  JM  Jude Marlow\n  MH  Morgan Hale\n  OT  Owen Tate\n  RO  Ruth Okafor\n');
    expect(text).toContain('Every on-site session is placed.');
    expect(text).toContain('  ✓ FE college');
  });
});
