import { describe, expect, it } from 'vitest';
import type { Rsvp } from '../../src/domain/invitations/rsvp.js';
import type { Booking, Invitation, ReviewRepository, StoredReview } from '../../src/services/ports/index.js';
import type { ReviewStatus } from '../../src/services/ports/read-models.js';
import { checkLink, linkQuery, signLink } from '../../src/web/programme-link.js';
import { repliesView } from '../../src/web/replies-page.js';
import { issueRepliesLink } from '../../src/web/page-links.js';
import { timetableReview } from '../support/timetable-review.js';

const SECRET = 's'.repeat(40);
const NOW = '2026-03-20T10:00:00.000Z';
const signed = { for: 'alex.rowan@testshire.example', exp: '1774605600', sig: 'c2lnbmF0dXJl' };
const SIGNED_PART = 'for=alex.rowan%40testshire.example&amp;exp=1774605600&amp;sig=c2lnbmF0dXJl';

const stored: StoredReview = { id: 'review-1', key: 'testshire', revision: 1, review: timetableReview(), importedBy: 'alex.rowan@testshire.example', importedAt: NOW };

let seq = 0;
const booking = (subject: string, start: string, end: string): Booking => ({
  id: `b${++seq}`, reviewId: 'review-1', proposalId: 'p1', sessionId: `s${seq}`, kind: 'interview', transactionId: `t${seq}`,
  subject: `${subject}: Testshire SEND Peer Challenge`, start, end, attendees: [], online: false, status: 'booked',
});
const answers = (b: Booking, given: [string, Rsvp, string?][]): ReviewStatus['sessions'][number] => {
  const invitations: Invitation[] = given.map(([email, rsvp, reason], i) => ({ id: `${b.id}-${i}`, reviewId: 'review-1', bookingId: b.id, email, rsvp, reason }));
  return { booking: b, invitations };
};

// Thursday 26 March is GMT (UTC+0); Monday 30 March is BST (UTC+1): 08:00Z is 09:00 local.
const status: ReviewStatus = {
  stored,
  sessions: [
    answers(booking('Meeting with the Director of Children’s Services', '2026-03-26T10:15:00.000Z', '2026-03-26T11:15:00.000Z'), [
      ['director@testshire.example', 'accepted'],
      ['deb.austin@peers.example', 'accepted'],
      ['jenny.ellis@peers.example', 'declined', 'On leave <that day> & after'],
    ]),
    answers(booking('Focus group with parent carers', '2026-03-26T13:30:00.000Z', '2026-03-26T15:00:00.000Z'), [
      ['jenny.ellis@peers.example', 'tentative', 'May be late'],
      ['siobhan.oneill@peers.example', 'pending'],
    ]),
    answers(booking('SENCo focus group', '2026-03-30T08:00:00.000Z', '2026-03-30T09:30:00.000Z'), [
      ['siobhan.oneill@peers.example', 'pending'],
      ['jenny.ellis@peers.example', 'accepted'],
      ['stranger@elsewhere.example', 'declined'],
    ]),
  ],
};

const view = (query: Record<string, unknown> = {}, s: ReviewStatus = status) => repliesView(s, { ...signed, ...query }, signed);
const shown = (query: Record<string, unknown> = {}) => {
  const page = view(query);
  expect(page.status).toBe(200);
  return page.html;
};
/** The page's words, tags taken out, for matching what a reader sees. */
const words = (html: string) => html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
/** The answer tables' rows, each as "name answer reason". */
const rows = (html: string) => [...html.matchAll(/<tr><td>(.*?)<\/tr>/g)].map((m) => words(m[1]!).trim());

describe('the replies page', () => {
  it('groups the booked sessions by day in the review’s zone, in time order, the date once per day', () => {
    const page = shown();
    expect([...page.matchAll(/<h2>([^<]+)<\/h2>/g)].map((m) => m[1])).toEqual(['Thursday 26 March', 'Monday 30 March']);
    expect([...page.matchAll(/<h3><time>([^<]+)<\/time><span class="title">([^<]+)<\/span>/g)].map((m) => `${m[1]} ${m[2]}`)).toEqual([
      '10:15–11:15 Meeting with the Director of Children’s Services',
      '13:30–15:00 Focus group with parent carers',
      '09:00–10:30 SENCo focus group',
    ]);
    expect(words(page)).toContain('2 sessions · Times are UK time.');
    expect(page).not.toContain(': Testshire SEND Peer Challenge</span>');
  });

  it('names every invitee as the review does, by name within a session, with their answer and reason, escaped', () => {
    expect(rows(shown())).toEqual([
      'Dana Director Yes',
      'Deb Austin Yes',
      'Jenny Ellis No On leave &lt;that day&gt; &amp; after',
      'Jenny Ellis Maybe May be late',
      'Siobhán O&#39;Neill No reply',
      'Jenny Ellis Yes',
      'Siobhán O&#39;Neill No reply',
      // Someone the review does not name is shown by their email.
      'stranger@elsewhere.example No',
    ]);
    expect(shown()).not.toContain('<that day>');
  });

  it('counts the answers per day, per session and overall, in words as well as in the bar', () => {
    const text = words(shown());
    expect(text).toContain('Every booked session: 6 of 8 answered 3 1 2 2 Yes: 3 Maybe: 1 No: 2 No reply: 2');
    expect(text).toContain('3 sessions booked 6 of 8 invitations answered');
    expect(text).toContain('Thursday 26 March 2 sessions · Times are UK time. This day: 4 of 5 answered 2 1 1 1 Yes: 2 Maybe: 1 No: 1 No reply: 1');
    expect(text).toContain('Monday 30 March 1 session · Times are UK time. This day: 2 of 3 answered 1 1 1 Yes: 1 Maybe: 0 No: 1 No reply: 1');
    expect(text).toContain('Meeting with the Director of Children’s Services 3 of 3 answered · Yes 2 · Maybe 0 · No 1 · No reply 0');
    expect(text).toContain('SENCo focus group 2 of 3 answered · Yes 1 · Maybe 0 · No 1 · No reply 1');
    // The bar's segments are as wide as their share, and carry their number as text.
    expect(shown()).toContain('<span class="seg seg-yes" style="width: 37.50%" title="Yes: 3">3</span>');
  });

  it('filters by answer, keeping each day’s whole tally, and says what it shows', () => {
    const page = shown({ answer: 'no' });
    const text = words(page);
    expect(rows(page)).toEqual(['Jenny Ellis No On leave &lt;that day&gt; &amp; after', 'stranger@elsewhere.example No']);
    expect(text).not.toContain('Focus group with parent carers');
    expect(text).toContain('This day: 4 of 5 answered');
    expect(text).toContain('Showing only: Answer: No');
    expect(page).toContain(`<a class="chip" href="?${SIGNED_PART}&amp;answer=no" aria-current="true">No</a>`);
    expect(page).toContain(`<a class="no-print" href="?${SIGNED_PART}">Clear all filters</a>`);
  });

  it('filters by day and by person together, each filter removable on its own', () => {
    const page = shown({ day: '2026-03-26', person: 'Jenny.Ellis@peers.example' });
    const text = words(page);
    expect([...page.matchAll(/<h2>([^<]+)<\/h2>/g)].map((m) => m[1])).toEqual(['Thursday 26 March']);
    expect(text).toContain('Showing only: Day: Thu 26 Mar');
    expect(text).toContain('Person: Jenny Ellis');
    expect(rows(page)).toEqual(['Jenny Ellis No On leave &lt;that day&gt; &amp; after', 'Jenny Ellis Maybe May be late']);
    expect(page).toContain(`href="?${SIGNED_PART}&amp;person=jenny.ellis%40peers.example" aria-label="Remove the day filter"`);
    expect(page).toContain(`href="?${SIGNED_PART}&amp;day=2026-03-26" aria-label="Remove the person filter"`);
    expect(page).toContain('<option value="jenny.ellis@peers.example" selected>Jenny Ellis</option>');
    // The person form carries the link's signed part and the other filters.
    expect(page).toContain('<input type="hidden" name="sig" value="c2lnbmF0dXJl">');
    expect(page).toContain('<input type="hidden" name="day" value="2026-03-26">');
  });

  it('offers every day and everyone invited, by name, and links each name to their replies', () => {
    const page = shown();
    expect([...page.matchAll(/<option value="([^"]*)">([^<]+)<\/option>/g)].map((m) => m[2])).toEqual([
      'Everyone', 'Dana Director', 'Deb Austin', 'Jenny Ellis', 'Siobhán O&#39;Neill', 'stranger@elsewhere.example',
    ]);
    expect(page).toContain(`<a class="chip" href="?${SIGNED_PART}&amp;day=2026-03-30">Mon 30 Mar</a>`);
    expect(page).toContain(`<a href="?${SIGNED_PART}&amp;person=deb.austin%40peers.example">Deb Austin</a>`);
    expect(words(page)).toContain('Showing every reply.');
  });

  it('says so when the filters leave nothing, and when nothing is booked yet', () => {
    expect(words(shown({ day: '2026-03-30', answer: 'maybe' }))).toContain('No replies match these filters. Show every reply');
    const none = view({}, { stored, sessions: [] });
    expect(none.status).toBe(200);
    expect(words(none.html)).toContain('No session is booked yet.');
  });

  it('treats an empty filter, as the form sends for “Everyone”, as none', () => {
    expect(words(shown({ day: '', answer: '', person: '' }))).toContain('Showing every reply.');
  });

  it('answers junk filters with 400, what is wrong, and a way back that keeps the link', () => {
    for (const [query, problem] of [
      [{ answer: 'perhaps' }, 'The answer “perhaps” is not one of yes, maybe, no or none'],
      [{ day: '2026-13-45' }, 'There is no booked session on the day “2026-13-45”'],
      [{ day: '2026-03-27' }, 'There is no booked session on the day “2026-03-27”'],
      [{ person: 'sam.worker@testshire.example' }, 'Nobody invited to a booked session is “sam.worker@testshire.example”'],
      [{ answer: ['yes', 'no'] }, 'The answer filter should be given once'],
      [{ day: { $gt: '' } }, 'The day filter should be given once'],
      [{ person: '<script>alert(1)</script>' }, 'is “&lt;script&gt;alert(1)&lt;/script&gt;”'],
    ] as const) {
      const page = view(query);
      expect(page.status).toBe(400);
      expect(page.html).toContain(problem);
      expect(page.html).toContain(`<a href="?${SIGNED_PART}">Show every reply</a>`);
      expect(page.html).not.toContain('<script>');
    }
    expect(view({ answer: 'x'.repeat(5000) }).html.length).toBeLessThan(10_000);
  });

  it('names the zone by its short name outside the UK', () => {
    const paris = { ...status, stored: { ...stored, review: { ...stored.review, timeZone: 'Europe/Paris' } } };
    const text = words(repliesView(paris, signed, signed).html);
    expect(text).toContain('Times are CET.');
    expect(text).toContain('Times are CEST.');
    expect(text).toContain('11:15–12:15 Meeting with the Director');
  });
});

describe('the replies link', () => {
  const reviews = { latest: async () => stored, get: async (id: string) => (id === stored.id ? stored : undefined) } as unknown as ReviewRepository;
  const links = { secret: SECRET, baseUrl: () => 'https://convene.example.net/' };
  const nowSeconds = Date.parse(NOW) / 1000;

  it('is given to the project team for seven days, to the replies page, in the review’s local time', async () => {
    const issued = await issueRepliesLink({ reviews }, links, 'alex.rowan@testshire.example', NOW);
    if (!issued.ok) throw new Error(issued.message);
    const url = new URL(issued.value.url);
    expect(`${url.origin}${url.pathname}`).toBe('https://convene.example.net/reviews/review-1/replies');
    expect(Number(url.searchParams.get('exp'))).toBe(nowSeconds + 7 * 86_400);
    expect(issued.value).toMatchObject({ reviewName: 'Testshire SEND Peer Challenge', until: 'Friday 27 March, 10:00 (UK time)' });
    expect(checkLink(SECRET, 'review-1', Object.fromEntries(url.searchParams), nowSeconds, 'replies').ok).toBe(true);
  });

  it('is refused to peers and staff: the replies are the project team’s', async () => {
    for (const email of ['deb.austin@peers.example', 'sam.worker@testshire.example']) {
      const issued = await issueRepliesLink({ reviews }, links, email, NOW);
      expect(issued).toMatchObject({ ok: false, code: 'ACCESS.DENIED' });
      expect(!issued.ok && issued.message).toMatch(/^Sorry, only the project team of Testshire SEND Peer Challenge can see the replies/);
    }
  });

  it('does not open the timetable, and a timetable link does not open the replies', () => {
    const claims = { reviewId: 'review-1', email: 'alex.rowan@testshire.example', expires: nowSeconds + 60 };
    expect(signLink(SECRET, claims, 'replies')).not.toBe(signLink(SECRET, claims, 'programme'));
    expect(checkLink(SECRET, 'review-1', linkQuery(SECRET, claims, 'replies'), nowSeconds)).toEqual({ ok: false, why: 'forged' });
    expect(checkLink(SECRET, 'review-1', linkQuery(SECRET, claims, 'programme'), nowSeconds, 'replies')).toEqual({ ok: false, why: 'forged' });
    expect(checkLink(SECRET, 'review-1', linkQuery(SECRET, claims, 'programme'), nowSeconds)).toEqual({ ok: true, claims });
  });
});
