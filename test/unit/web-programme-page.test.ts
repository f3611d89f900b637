import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';
import type { BookingRepository, Proposal, ProposalRepository, ReviewRepository, StoredReview } from '../../src/services/ports/index.js';
import { programmePage } from '../../src/web/programme-page.js';
import { signLink } from '../../src/web/programme-link.js';
import { issueTimetableLink } from '../../src/web/page-links.js';
import { handMadePlan, timetableReview } from '../support/timetable-review.js';

const SECRET = 's'.repeat(40);
const NOW = '2026-03-20T10:00:00.000Z';
const nowSeconds = Date.parse(NOW) / 1000;

/** Hand-written fakes of the two repositories the page and the command read. */
const fakeStore = (withProposal: boolean) => {
  const stored: StoredReview = { id: 'review-1', key: 'review-1', revision: 1, review: timetableReview(), importedBy: 'alex.rowan@testshire.example', importedAt: NOW };
  const proposal: Proposal = { id: 'p1', reviewId: 'review-1', revision: 1, createdBy: 'alex.rowan@testshire.example', kind: 'onSite', plan: handMadePlan(), status: 'proposed' };
  const reviews = { latest: async () => stored, get: async (id: string) => (id === stored.id ? stored : undefined) } as unknown as ReviewRepository;
  const proposals = {
    latest: async (reviewId: string, kind: string) => (withProposal && reviewId === stored.id && kind === 'onSite' ? proposal : undefined),
  } as unknown as ProposalRepository;
  // Nothing booked yet: the page shows the proposal.
  const bookings = { forReview: async () => [] } as unknown as BookingRepository;
  return { reviews, proposals, store: { proposals, bookings } };
};

const signed = (reviewId: string, email: string, expires = nowSeconds + 3600) => ({
  for: email,
  exp: String(expires),
  sig: signLink(SECRET, { reviewId, email, expires }),
});

describe('the programme page handler', () => {
  const page = programmePage({ ...fakeStore(true), linkSecret: SECRET, now: () => NOW });

  it('shows the timetable to a peer with a good link', async () => {
    const shown = await page('review-1', signed('review-1', 'jenny.ellis@peers.example'));
    expect(shown.status).toBe(200);
    expect(shown.html).toContain('Thursday 26 March 2026');
  });

  it('refuses expired and forged links with what to do next', async () => {
    const expired = await page('review-1', signed('review-1', 'jenny.ellis@peers.example', nowSeconds - 1));
    expect(expired).toMatchObject({ status: 403 });
    expect(expired.html).toMatch(/has expired[\s\S]*send <code>timetable<\/code>/);
    const forged = await page('review-1', { ...signed('review-1', 'jenny.ellis@peers.example'), for: 'sam.worker@testshire.example' });
    expect(forged.status).toBe(403);
    expect(forged.html).toMatch(/not valid[\s\S]*send <code>timetable<\/code>/);
    expect(forged.html).not.toContain('Thursday 26 March');
  });

  it('refuses someone no longer on the review even with a signed link', async () => {
    const shown = await page('review-1', signed('review-1', 'sam.worker@testshire.example'));
    expect(shown.status).toBe(403);
    expect(shown.html).toContain('Only the project team and the peers');
  });

  it('says when the review or its programme is not there', async () => {
    expect((await page('review-2', signed('review-2', 'jenny.ellis@peers.example'))).status).toBe(404);
    const none = await programmePage({ ...fakeStore(false), linkSecret: SECRET, now: () => NOW })('review-1', signed('review-1', 'alex.rowan@testshire.example'));
    expect(none.status).toBe(404);
    expect(none.html).toContain('send <code>schedule on-site</code>');
  });
});

describe('the timetable command’s link', () => {
  const links = { secret: SECRET, baseUrl: () => 'https://convene.example.net' };

  it('gives the project team and peers a link for seven days, in the review’s local time', async () => {
    for (const email of ['alex.rowan@testshire.example', 'omar.khan@peers.example']) {
      const issued = await issueTimetableLink(fakeStore(true), links, email, NOW);
      if (!issued.ok) throw new Error(issued.message);
      const url = new URL(issued.value.url);
      expect(url.searchParams.get('for')).toBe(email);
      expect(Number(url.searchParams.get('exp'))).toBe(nowSeconds + 7 * 86_400);
      expect(issued.value.until).toBe('Friday 27 March, 10:00 (UK time)');
    }
  });

  it('refuses staff politely, and asks for schedule on-site when there is no programme', async () => {
    const staff = await issueTimetableLink(fakeStore(true), links, 'sam.worker@testshire.example', NOW);
    expect(staff).toMatchObject({ ok: false, code: 'ACCESS.DENIED' });
    expect(!staff.ok && staff.message).toMatch(/^Sorry, the timetable .* is only for the project team and the peers/);
    const early = await issueTimetableLink(fakeStore(false), links, 'alex.rowan@testshire.example', NOW);
    expect(!early.ok && early.message).toMatch(/send \*\*schedule on-site\*\* first/);
    const peerEarly = await issueTimetableLink(fakeStore(false), links, 'omar.khan@peers.example', NOW);
    expect(!peerEarly.ok && peerEarly.message).toMatch(/project team has not scheduled/);
  });
});

describe('LINK_SECRET', () => {
  it('is made at random in local mode, fresh on each start', () => {
    const first = readConfig({}).LINK_SECRET;
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(readConfig({}).LINK_SECRET).not.toBe(first);
  });

  it('is required with BOT_ID, kept as given, and must be long enough', () => {
    expect(() => readConfig({ BOT_ID: 'bot' })).toThrow(/LINK_SECRET is needed/);
    expect(readConfig({ BOT_ID: 'bot', BOT_TENANT_ID: 'tenant', BOT_PASSWORD: 'secret', LINK_SECRET: SECRET, NOTES_KEY: 'ab'.repeat(32) }).LINK_SECRET).toBe(SECRET);
    expect(() => readConfig({ LINK_SECRET: 'short' })).toThrow(/at least 32 characters/);
  });
});

describe('NOTES_KEY', () => {
  const production = { BOT_ID: 'bot', BOT_TENANT_ID: 'tenant', BOT_PASSWORD: 'secret', LINK_SECRET: SECRET };

  it('is required with BOT_ID, and must be 32 bytes in hex', () => {
    expect(() => readConfig(production)).toThrow(/NOTES_KEY is needed too: it seals notes until their release/);
    expect(() => readConfig({ ...production, NOTES_KEY: 'not hex at all' })).toThrow(/64 hex digits/);
    expect(() => readConfig({ NOTES_KEY: 'ab'.repeat(16) })).toThrow(/64 hex digits/);
    expect(readConfig({ ...production, NOTES_KEY: 'AB'.repeat(32) }).NOTES_KEY).toBe('AB'.repeat(32));
  });
});
