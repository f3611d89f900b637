import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReviewFile } from '../../src/domain/review-file/parse-review-file.js';
import { SMALL_REVIEW } from '../support/small-review.js';

/** The least a review file needs: nothing optional is given, so every default shows. */
const MINIMAL = `
review:
  name: Testshire SEND Peer Challenge
  timeZone: Europe/London
  organiser: PeerReview@Testshire.example
  base: Town Hall
  projectTeam: [Alex.Rowan@Testshire.example]
themes:
  - { id: leadership, title: Leadership }
peers:
  - { email: Rita@Peers.example, name: Rita Reviewer, role: caseReviewer }
caseReviews:
  days: [ { date: 2026-01-14, start: "09:00", end: "17:00" } ]
  cases:
    - { id: C01, caseWorker: Sam@Testshire.example }
`;

const problemsOf = (text: string): string[] => {
  const result = parseReviewFile(text);
  if (result.ok) throw new Error('expected the file to be refused');
  expect(result.code).toBe('REVIEW_FILE.INVALID');
  return result.details ?? [];
};

const CATEGORIES =
  'missingFromEducation, independentPlacement, alternativeProvision, youthJustice, transitionToAdult, lookedAfter, childInNeed, childProtection, servicePersonnel, inHospital';

describe('parseReviewFile: valid files', () => {
  it('fills every default and lower-cases every email', () => {
    const result = parseReviewFile(MINIMAL);
    if (!result.ok) throw new Error(result.details?.join('\n'));
    expect(result.value).toEqual({
      name: 'Testshire SEND Peer Challenge',
      timeZone: 'Europe/London',
      organiser: 'peerreview@testshire.example',
      base: 'Town Hall',
      projectTeam: ['alex.rowan@testshire.example'],
      themes: [{ id: 'leadership', title: 'Leadership' }],
      peers: [{ email: 'rita@peers.example', name: 'Rita Reviewer', role: 'caseReviewer', themes: [] }],
      people: [],
      caseReviews: { days: [{ date: '2026-01-14', start: '09:00', end: '17:00' }], minutes: 60, cases: [{ id: 'C01', caseWorker: 'sam@testshire.example', categories: [] }] },
      busy: {},
    });
  });

  it('keeps a named reviewer, people and busy times', () => {
    const result = parseReviewFile(SMALL_REVIEW.replace('  tom.reviewer@peers.example:\n', '  Tom.Reviewer@Peers.example:\n'));
    if (!result.ok) throw new Error(result.details?.join('\n'));
    expect(result.value.caseReviews?.cases[2]).toEqual({ id: 'C03', caseWorker: 'sam.worker@testshire.example', categories: [], reviewer: 'rita.reviewer@peers.example' });
    expect(result.value.people).toContainEqual({ email: 'alex.rowan@testshire.example', name: 'Alex Rowan' });
    expect(result.value.busy).toEqual({ 'tom.reviewer@peers.example': [{ start: '2026-01-14T09:00', end: '2026-01-14T10:00' }] });
  });

  it('keeps the on-site part as given, with attendee emails lower-cased', () => {
    const result = parseReviewFile(`${MINIMAL}
onSite:
  days: [ { date: 2026-02-03, start: "08:30", end: "19:00" } ]
  streams: 2
  fixed:
    - { title: Lunch, kind: break, daily: true, start: "12:30", end: "13:15", allPeers: true }
  sessions:
    - { id: dcs, title: DCS, kind: interview, attendees: [DCS@Testshire.example], themes: [leadership], date: 2026-02-03 }
`);
    if (!result.ok) throw new Error(result.details?.join('\n'));
    expect(result.value.onSite).toEqual({
      days: [{ date: '2026-02-03', start: '08:30', end: '19:00' }],
      streams: 2,
      fixed: [{ title: 'Lunch', kind: 'break', daily: true, start: '12:30', end: '13:15', allPeers: true }],
      sessions: [{ id: 'dcs', title: 'DCS', kind: 'interview', attendees: ['dcs@testshire.example'], themes: ['leadership'], date: '2026-02-03' }],
    });
  });

  it('reads the demo review', () => {
    const result = parseReviewFile(readFileSync(new URL('../../examples/shropshire-2026.yaml', import.meta.url), 'utf8'));
    if (!result.ok) throw new Error(result.details?.join('\n'));
    expect(result.value.caseReviews?.cases.map((c) => c.id)).toEqual(Array.from({ length: 16 }, (_, k) => `C${String(k + 1).padStart(2, '0')}`));
    expect(result.value.themes).toHaveLength(7);
    expect(result.value.projectTeam).toContain('alex.rowan@shropshire.example');
    expect(result.value.caseReviews?.cases.find((c) => c.id === 'C01')?.caseWorker).toBe('alex.rowan@shropshire.example');
    const emails = [...result.value.peers, ...result.value.people].map((p) => p.email);
    expect(emails.filter((e) => !/@[a-z-]+\.example$/.test(e))).toEqual([]);
  });

  it('accepts JSON', () => {
    const json = JSON.stringify({
      review: { name: 'R', timeZone: 'Europe/London', organiser: 'o@x.example', base: 'B', projectTeam: ['p@x.example'] },
      themes: [{ id: 't', title: 'T' }],
      peers: [{ email: 'a@x.example', name: 'A', role: 'peer', themes: ['t'] }],
    });
    const result = parseReviewFile(json);
    expect(result.ok && result.value.peers).toEqual([{ email: 'a@x.example', name: 'A', role: 'peer', themes: ['t'] }]);
  });
});

describe('parseReviewFile: problems', () => {
  it('reports every problem at once, each with its path and what to fix', () => {
    const broken = SMALL_REVIEW.replace('timeZone: Europe/London', 'timeZone: Mars/Olympus')
      .replace('caseWorker: sam.worker@testshire.example, categories: [childInNeed]', 'caseWorker: bob, categories: [childInNeed, pirates]')
      .replace('role: caseReviewer }\n  - { email: tom', 'role: reviewer }\n  - { email: tom')
      .replace('date: 2026-01-14, start: "09:00", end: "12:00"', 'date: 2026-02-30, start: "12:00", end: "09:00"')
      .replace('{ start: "2026-01-14T09:00", end: "2026-01-14T10:00" }', '{ start: "2026-01-14T10:00", end: "2026-01-14T09:00" }');
    const result = parseReviewFile(broken);
    expect(result).toEqual({
      ok: false,
      code: 'REVIEW_FILE.INVALID',
      message: 'The review file has 7 problems; nothing was imported.',
      details: [
        'review.timeZone: "Mars/Olympus" is not a time zone: use a name like Europe/London',
        'peers[0].role: "reviewer" is not one of teamLead, challengeManager, peer, caseReviewer, shadow',
        'caseReviews.days[0].date: "2026-02-30" is not a real date: write it as yyyy-mm-dd, e.g. 2026-01-14',
        'caseReviews.cases[1].caseWorker: "bob" is not an email address',
        `caseReviews.cases[1].categories[1]: "pirates" is not one of ${CATEGORIES}`,
        'caseReviews.cases[2].reviewer: rita.reviewer@peers.example is not a peer with role caseReviewer',
        'busy.tom.reviewer@peers.example[0]: the end must be after the start',
      ],
    });
  });

  it('says "1 problem" for one', () => {
    const result = parseReviewFile(MINIMAL.replace('id: C01', 'id: ""'));
    expect(!result.ok && result.message).toBe('The review file has 1 problem; nothing was imported.');
  });

  const cases: [string, (s: string) => string, string][] = [
    ['a missing project team', (s) => s.replace('  projectTeam: [alex.rowan@testshire.example]\n', ''), 'review.projectTeam: is missing: give a list'],
    ['an empty project team', (s) => s.replace('projectTeam: [alex.rowan@testshire.example]', 'projectTeam: []'), 'review.projectTeam: list at least one email: the people who run the review'],
    ['a project team member without an address', (s) => s.replace('projectTeam: [alex.rowan@testshire.example]', 'projectTeam: [Alex Rowan]'), 'review.projectTeam[0]: "Alex Rowan" is not an email address'],
    ['a missing review name', (s) => s.replace('  name: Testshire SEND Peer Challenge\n', ''), 'review.name: is missing'],
    ['a person without a name', (s) => s.replace('{ email: sam.worker@testshire.example, name: Sam Worker }', '{ email: sam.worker@testshire.example }'), 'people[1].name: is missing'],
    ['a duplicate theme id', (s) => s.replace('  - { id: leadership, title: Leadership and governance }', '  - { id: leadership, title: A }\n  - { id: leadership, title: B }'), 'themes[1].id: "leadership" is used by another theme: theme ids must be unique'],
    ['an unknown theme', (s) => s.replace('role: caseReviewer }\n  - { email: tom', 'role: caseReviewer, themes: [money] }\n  - { email: tom'), 'peers[0].themes[0]: "money" is not a theme id (known: leadership)'],
    ['a peer listed twice', (s) => s.replace('tom.reviewer@peers.example, name: Tom', 'rita.reviewer@peers.example, name: Tom'), 'peers[1].email: rita.reviewer@peers.example is listed twice in peers'],
    ['a time the day does not have', (s) => s.replace('end: "12:00"', 'end: "25:00"'), 'caseReviews.days[0].end: "25:00" is not a time: write it as "HH:mm", e.g. "09:00"'],
    ['a day that ends before it starts', (s) => s.replace('start: "09:00", end: "12:00"', 'start: "12:00", end: "09:00"'), 'caseReviews.days[0]: starts at 12:00 but ends at 09:00: the end must be after the start'],
    ['a time without quotes', (s) => s.replace('start: "09:00", end: "12:00"', 'start: 9, end: "12:00"'), 'caseReviews.days[0].start: write the time in quotes as "HH:mm", e.g. "09:00"'],
    ['a call longer than the day', (s) => s.replace('minutes: 60', 'minutes: 240'), 'caseReviews.days[0]: is 180 minutes long, shorter than one 240-minute call'],
    ['a call of no minutes', (s) => s.replace('minutes: 60', 'minutes: 0'), 'caseReviews.minutes: should be a whole number from 15 to 1440'],
    ['a call of part minutes', (s) => s.replace('minutes: 60', 'minutes: 45.5'), 'caseReviews.minutes: should be a whole number from 15 to 1440'],
    ['a call too short to be a review', (s) => s.replace('minutes: 60', 'minutes: 10'), 'caseReviews.minutes: should be a whole number from 15 to 1440'],
    ['cases without a case-review day', (s) => s.replace('days: [ { date: 2026-01-14, start: "09:00", end: "12:00" } ]', 'days: []'), 'caseReviews.days: list at least one day for the case-review calls'],
    ['a duplicate case id', (s) => s.replace('id: C02', 'id: C01'), 'caseReviews.cases[1].id: "C01" is used by another case: case ids must be unique'],
    ['a named reviewer who is not a peer', (s) => s.replace('reviewer: rita.reviewer@peers.example', 'reviewer: sam.worker@testshire.example'), 'caseReviews.cases[2].reviewer: sam.worker@testshire.example is not a peer with role caseReviewer'],
    ['cases without a case reviewer', (s) => s.replaceAll('role: caseReviewer', 'role: peer'), 'peers: there are cases to review but no peer has role caseReviewer'],
    ['a busy key that is not an email', (s) => s.replace('  tom.reviewer@peers.example:\n', '  tom:\n'), 'busy.tom: "tom" is not an email address'],
    ['a busy time that is not a date-time', (s) => s.replace('start: "2026-01-14T09:00"', 'start: "14 Jan 9am"'), 'busy.tom.reviewer@peers.example[0].start: "14 Jan 9am" is not a date and time: write it as "yyyy-mm-ddTHH:mm", e.g. "2026-01-14T09:00"'],
    ['an unknown section', (s) => `${s}\nextras: 1\n`, 'extras: is not a section of a review file (review, themes, peers, people, caseReviews, onSite, reminders, busy)'],
  ];
  it.each(cases)('names %s', (_name, edit, problem) => {
    expect(problemsOf(edit(SMALL_REVIEW))).toContain(problem);
  });

  it('refuses a case worker as their own case reviewer', () => {
    const ownCase = MINIMAL.replace('caseWorker: Sam@Testshire.example', 'caseWorker: rita@peers.example, reviewer: rita@peers.example');
    expect(problemsOf(ownCase)).toEqual(['caseReviews.cases[0].reviewer: rita@peers.example is the case worker: a case needs a reviewer other than its case worker']);
  });

  it('checks the on-site part', () => {
    const onSite = `${SMALL_REVIEW}
onSite:
  days: [ { date: 2026-02-03, start: "08:30", end: "19:00" } ]
  streams: 0
  fixed:
    - { title: Welcome, kind: presentation, start: "09:00", end: "10:00" }
  sessions:
    - { id: dcs, title: DCS, kind: interview, attendees: [bob], themes: [leadership, money] }
    - { id: dcs, title: Visit, kind: siteVisit, date: 2026-02-09 }
    - { id: x, title: X, kind: party }
`;
    expect(problemsOf(onSite)).toEqual([
      'onSite.streams: should be a whole number from 1 to 6',
      'onSite.fixed[0].date: is missing',
      'onSite.sessions[0].attendees[0]: "bob" is not an email address',
      'onSite.sessions[0].themes[1]: "money" is not a theme id',
      'onSite.sessions[1].id: "dcs" is used by another session: session ids must be unique',
      'onSite.sessions[1].minutes: is needed for a site visit: how long is it on site?',
      'onSite.sessions[1].date: 2026-02-09 is not one of the on-site days (2026-02-03)',
      'onSite.sessions[2].kind: "party" is not one of interview, focusGroup, siteVisit, teamMeeting, feedback',
    ]);
  });

  it('reports a YAML syntax error with its line and column', () => {
    expect(parseReviewFile('review:\n  name: [unclosed\n')).toEqual({
      ok: false,
      code: 'REVIEW_FILE.INVALID',
      message: 'The review file is not valid YAML or JSON; nothing was imported.',
      details: ['line 3, column 1: Flow sequence in block collection must be sufficiently indented and end with a ]'],
    });
    expect(problemsOf('review:\n  name: a\n  name: b\n')).toEqual(['line 3, column 3: Map keys must be unique']);
    expect(problemsOf('{ "review": { "name": "R", }')).toEqual(['line 1, column 29: Flow map must end with a }']);
  });

  it('refuses an empty file and one that is not a section', () => {
    expect(problemsOf('')).toEqual(['the file: is empty: start with a review section (see docs/review-file.md)']);
    expect(problemsOf('just text')).toEqual(['the file: should be a section with fields (key: value)']);
  });
});
