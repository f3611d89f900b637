import { describe, expect, it } from 'vitest';
import { parseReviewFile } from '../../src/domain/review-file/parse-review-file.js';

const file = (session: string) => `
review: { name: T, timeZone: Europe/London, organiser: o@t.example, base: Town Hall, projectTeam: [p@t.example] }
themes: [ { id: leadership, title: Leadership } ]
peers: []
onSite:
  days: [ { date: 2026-02-03, start: "09:00", end: "17:00" } ]
  sessions:
    - ${session}
`;

describe('the on-site part of a review file: setting and location', () => {
  it('accepts a site visit with a setting and a location', () => {
    const result = parseReviewFile(file('{ id: v, title: Visit, kind: siteVisit, minutes: 60, setting: familyHub, location: Hub (demo) }'));
    expect(result.ok).toBe(true);
  });

  it.each([
    ['{ id: v, title: Visit, kind: siteVisit, minutes: 60, setting: zoo }', 'onSite.sessions[0].setting: "zoo" is not one of specialSchool, primary, secondary, fe, earlyYears, alternativeProvision, healthTrust, camhs, familyHub'],
    ['{ id: i, title: Talk, kind: interview, setting: primary }', 'onSite.sessions[0].setting: is for site visits only: the kind of place visited'],
    ['{ id: i, title: Talk, kind: interview, location: [a, b] }', 'onSite.sessions[0].location: should be text'],
  ])('reports %s', (session, problem) => {
    const result = parseReviewFile(file(session));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.details).toEqual([problem]);
  });
});

describe('the on-site part of a review file: session ids', () => {
  it('refuses a session whose id is also a case id, since both name a booking', () => {
    const text = `${file('{ id: C01, title: Talk, kind: interview }')}
caseReviews:
  days: [ { date: 2026-01-20, start: "09:00", end: "17:00" } ]
  minutes: 60
  cases: [ { id: C01, caseWorker: w@t.example, categories: [lookedAfter] } ]
`.replace('peers: []', 'peers: [ { email: r@t.example, name: Rae Reviewer, role: caseReviewer } ]');
    const result = parseReviewFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.details).toEqual(['onSite.sessions[0].id: "C01" is also a case id: give the session an id of its own']);
  });
});
