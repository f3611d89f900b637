/**
 * One change from chat, the pure parts: a stored review back as its file (read again, the same review), one session
 * added to it under exactly the file's rules, and a booked session named by its id or a part of its title.
 */
import { describe, expect, it } from 'vitest';
import { namedSession, withSessionAdded } from '../../src/domain/chat-changes/index.js';
import { parseReviewFile, reviewAsFile } from '../../src/domain/review-file/index.js';
import type { Review } from '../../src/domain/shared/index.js';
import { bookedSessions } from '../../src/services/reviews/index.js';
import { demoBookings, demoReview } from '../support/demo-data.js';

const SAM = 'sam.lindqvist@shropshire.example';
const reread = (review: Review) => parseReviewFile(JSON.stringify(reviewAsFile(review)));

describe('a stored review back as its file', () => {
  it('reads again as the same review: the demo, and one with its reminders set from chat', () => {
    expect(reread(demoReview)).toEqual({ ok: true, value: demoReview });
    const set: Review = { ...demoReview, reminders: { noReply: ['PT48H'], joiningDetails: false, digest: false, workingHours: { start: '08:00', end: '24:00', days: ['mon', 'tue'] } } };
    expect(reread(set)).toEqual({ ok: true, value: set });
  });
});

describe('one session added as the file writes it', () => {
  it('adds a case written as a one-line flow mapping at the end of the cases, the rest unchanged', () => {
    const added = withSessionAdded(demoReview, `{ id: C17, caseWorker: ${SAM.toUpperCase()}, categories: [inHospital] }`);
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    expect(added.value).toMatchObject({ part: 'case', id: 'C17' });
    expect(added.value.review.caseReviews!.cases.at(-1)).toEqual({ id: 'C17', caseWorker: SAM, categories: ['inHospital'] });
    expect({ ...added.value.review, caseReviews: undefined }).toEqual({ ...demoReview, caseReviews: undefined });
  });

  it('adds an on-site session written as YAML lines, or as JSON, or as a one-item list copied from the file', () => {
    const yaml = withSessionAdded(demoReview, 'id: ehcp-team\ntitle: Meeting with the EHCP team\nkind: interview\nattendees: [ehcp.team@shropshire.example]\nthemes: [identification]');
    const json = withSessionAdded(demoReview, '{"id": "ehcp-team", "title": "Meeting with the EHCP team", "kind": "interview"}');
    const listed = withSessionAdded(demoReview, '- { id: ehcp-team, title: Meeting with the EHCP team, kind: interview }');
    for (const added of [yaml, json, listed]) {
      expect(added.ok && added.value.part === 'session' && added.value.id === 'ehcp-team').toBe(true);
      if (added.ok) expect((added.value.review.onSite as { sessions: { id: string }[] }).sessions.at(-1)!.id).toBe('ehcp-team');
    }
  });

  it('refuses what the file refuses, every problem said where it is in the session', () => {
    const added = withSessionAdded(demoReview, '{ id: C01, caseWorker: bob, categories: [hospital], colour: red }');
    expect(added).toMatchObject({ ok: false, code: 'REVIEW_FILE.INVALID' });
    if (added.ok) return;
    expect(added.message).toMatch(/^The case has 4 problems; nothing was added\.$/);
    expect(added.details).toEqual([
      'id: "C01" is used by another case: case ids must be unique',
      'caseWorker: "bob" is not an email address',
      expect.stringMatching(/^categories\[0\]: "hospital" is not one of /),
      expect.stringMatching(/^colour: is not a field of a case/),
    ]);
  });

  it('says what to write when it is not one session, a fixed item, or not YAML at all', () => {
    expect(withSessionAdded(demoReview, 'hello')).toMatchObject({ ok: false, code: 'SESSION.FORM' });
    expect(withSessionAdded(demoReview, '{ id: lunch2, categories: [] }')).toMatchObject({ ok: false, code: 'SESSION.FORM' });
    expect(withSessionAdded(demoReview, '{ title: Extra lunch, kind: break, daily: true, start: "12:00", end: "12:30" }')).toMatchObject({ ok: false, message: expect.stringMatching(/onSite\.fixed/) });
    expect(withSessionAdded(demoReview, '{ id: C17, caseWorker: [')).toMatchObject({ ok: false, message: 'The session is not valid YAML or JSON; nothing was added.' });
    const noCases: Review = { ...demoReview, caseReviews: undefined };
    expect(withSessionAdded(noCases, `{ id: C17, caseWorker: ${SAM} }`)).toMatchObject({ ok: false, code: 'SESSION.NO_PART' });
  });
});

describe('a booked session named in chat', () => {
  const booked = bookedSessions(demoReview, demoBookings);
  const name = (text: string) => namedSession(demoReview, booked, text, 'cancel');

  it('by its id in any case, else by a part of its title found in one session alone', () => {
    expect(name('c03')).toMatchObject({ ok: true, value: { sessionId: 'C03' } });
    expect(name('  DCS ')).toMatchObject({ ok: true, value: { sessionId: 'dcs' } });
    expect(name('director of children')).toMatchObject({ ok: true, value: { sessionId: 'dcs' } });
    expect(name('Head of  CAMHS')).toMatchObject({ ok: true, value: { sessionId: 'camhs' } });
  });

  it('lists the sessions a part of a title matches, and says how to name one when none does', () => {
    const many = name('focus group');
    expect(many).toMatchObject({ ok: false, code: 'SESSION.AMBIGUOUS', message: expect.stringMatching(/^\d+ booked sessions of .* have "focus group" in their title: name one by its id/) });
    if (!many.ok) expect(many.details![0]).toMatch(/^[a-z-]+: Focus group .*, \w{3} \d+ Feb \d\d:\d\d–\d\d:\d\d$/);
    expect(name('C99')).toMatchObject({ ok: false, code: 'SESSION.NOT_FOUND', message: expect.stringMatching(/No booked session .* "C99" .*\*\*cancel C03\*\*/) });
    expect(name('')).toMatchObject({ ok: false, code: 'SESSION.UNNAMED' });
  });
});
