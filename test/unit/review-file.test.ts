import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReviewFile } from '../../src/domain/review-file.js';
import { SMALL_REVIEW } from '../support/small-review.js';

const problemsOf = (text: string): string[] => {
  const result = parseReviewFile(text);
  if (result.ok) throw new Error('expected the file to be refused');
  expect(result.code).toBe('REVIEW_FILE.INVALID');
  return result.details ?? [];
};

describe('parseReviewFile', () => {
  it('reads a valid file, lower-casing emails and filling defaults', () => {
    const result = parseReviewFile(SMALL_REVIEW.replace('alex.rowan@testshire.example]', 'Alex.Rowan@Testshire.example]'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.projectTeam).toEqual(['alex.rowan@testshire.example']);
    expect(result.value.caseReviews?.cases[2]).toEqual({ id: 'C03', caseWorker: 'sam.worker@testshire.example', categories: [], reviewer: 'rita.reviewer@peers.example' });
    expect(result.value.peers[0]!.themes).toEqual([]);
    expect(result.value.busy['tom.reviewer@peers.example']).toEqual([{ start: '2026-01-14T09:00', end: '2026-01-14T10:00' }]);
  });

  it('reads the demo review', () => {
    const result = parseReviewFile(readFileSync(new URL('../../examples/shropshire-2026.yaml', import.meta.url), 'utf8'));
    expect(result.ok && result.value.caseReviews?.cases.length).toBe(16);
    expect(result.ok && result.value.themes.length).toBe(7);
  });

  it('accepts JSON', () => {
    const json = JSON.stringify({
      review: { name: 'R', timeZone: 'Europe/London', organiser: 'o@x.example', base: 'B', projectTeam: ['p@x.example'] },
      themes: [{ id: 't', title: 'T' }],
      peers: [{ email: 'a@x.example', name: 'A', role: 'peer', themes: ['t'] }],
    });
    expect(parseReviewFile(json).ok).toBe(true);
  });

  it('reports every problem at once, each with its path and what to fix', () => {
    const broken = SMALL_REVIEW.replace('timeZone: Europe/London', 'timeZone: Mars/Olympus')
      .replace('caseWorker: sam.worker@testshire.example, categories: [childInNeed]', 'caseWorker: bob, categories: [childInNeed, pirates]')
      .replace('role: caseReviewer }\n  - { email: tom', 'role: reviewer }\n  - { email: tom')
      .replace('date: 2026-01-14, start: "09:00", end: "12:00"', 'date: 2026-02-30, start: "12:00", end: "09:00"')
      .replace('{ start: "2026-01-14T09:00", end: "2026-01-14T10:00" }', '{ start: "2026-01-14T10:00", end: "2026-01-14T09:00" }');
    expect(problemsOf(broken)).toEqual([
      'review.timeZone: "Mars/Olympus" is not a time zone: use a name like Europe/London',
      'peers[0].role: "reviewer" is not one of teamLead, challengeManager, peer, caseReviewer, shadow',
      'busy.tom.reviewer@peers.example[0]: the end must be after the start',
      'caseReviews.days[0].date: "2026-02-30" is not a real date: write it as yyyy-mm-dd, e.g. 2026-01-14',
      'caseReviews.cases[1].caseWorker: "bob" is not an email address',
      'caseReviews.cases[1].categories[1]: "pirates" is not one of missingFromEducation, independentPlacement, alternativeProvision, youthJustice, transitionToAdult, lookedAfter, childInNeed, childProtection, servicePersonnel, inHospital',
      'caseReviews.cases[2].reviewer: rita.reviewer@peers.example is not a peer with role caseReviewer',
    ]);
  });

  it.each([
    ['a missing project team', (s: string) => s.replace('  projectTeam: [alex.rowan@testshire.example]\n', ''), 'review.projectTeam: is missing: give a list'],
    ['an empty project team', (s: string) => s.replace('projectTeam: [alex.rowan@testshire.example]', 'projectTeam: []'), 'review.projectTeam: list at least one email: the people who run the review'],
    ['a duplicate case id', (s: string) => s.replace('id: C02', 'id: C01'), 'caseReviews.cases[1].id: "C01" is used by another case: case ids must be unique'],
    ['an unknown theme', (s: string) => s.replace('role: caseReviewer }\n  - { email: tom', 'role: caseReviewer, themes: [money] }\n  - { email: tom'), 'peers[0].themes[0]: "money" is not a theme id (known: leadership)'],
    ['a call longer than the day', (s: string) => s.replace('minutes: 60', 'minutes: 240'), 'caseReviews.days[0]: is 180 minutes long, shorter than one 240-minute call'],
    ['a time without quotes', (s: string) => s.replace('start: "09:00", end: "12:00"', 'start: 9, end: "12:00"'), 'caseReviews.days[0].start: write the time in quotes as "HH:mm", e.g. "09:00"'],
    ['an unknown section', (s: string) => `${s}\nextras: 1\n`, 'extras: is not a section of a review file (review, themes, peers, people, caseReviews, onSite, busy)'],
    ['a busy key that is not an email', (s: string) => s.replace('  tom.reviewer@peers.example:\n', '  tom:\n'), 'busy.tom: "tom" is not an email address'],
  ])('names %s', (_name, edit, problem) => {
    expect(problemsOf(edit(SMALL_REVIEW))).toContain(problem);
  });

  it('checks the on-site part', () => {
    const onSite = `${SMALL_REVIEW}
onSite:
  days: [ { date: 2026-02-03, start: "08:30", end: "19:00" } ]
  streams: 2
  sessions:
    - { id: dcs, title: DCS, kind: interview, attendees: [bob], themes: [leadership] }
    - { id: dcs, title: Visit, kind: siteVisit, date: 2026-02-09 }
    - { id: x, title: X, kind: party }
`;
    expect(problemsOf(onSite)).toEqual([
      'onSite.sessions[0].attendees[0]: "bob" is not an email address',
      'onSite.sessions[1].id: "dcs" is used by another session: session ids must be unique',
      'onSite.sessions[1].minutes: is needed for a site visit: how long is it on site?',
      'onSite.sessions[1].date: 2026-02-09 is not one of the on-site days (2026-02-03)',
      'onSite.sessions[2].kind: "party" is not one of interview, focusGroup, siteVisit, teamMeeting, feedback',
    ]);
  });

  it('reports a YAML syntax error with its line, and a file that is not a section', () => {
    const result = parseReviewFile('review:\n  name: [unclosed\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.details?.[0]).toMatch(/^line \d+: /);
    expect(problemsOf('just text')).toEqual(['the file: should be a section with fields (key: value)']);
  });
});
