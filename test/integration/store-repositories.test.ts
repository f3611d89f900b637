import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { CaseReviewPlan } from '../../src/domain/case-reviews/case-review-plan.js';
import type { Review } from '../../src/domain/shared/review.js';
import { describeEachDatabase } from '../support/databases.js';

const review = (name: string): Review => ({
  name,
  timeZone: 'Europe/London',
  organiser: 'organiser@council.example',
  base: 'Town Hall',
  projectTeam: ['lead@council.example'],
  themes: [{ id: 'identification', title: 'Identification of need' }],
  peers: [{ email: 'peer@other.example', name: 'Pat Peer', role: 'caseReviewer', themes: ['identification'] }],
  people: [],
  busy: { 'peer@other.example': [{ start: '2026-01-14T09:00', end: '2026-01-14T10:00' }] },
});

const plan: CaseReviewPlan = {
  placed: [
    {
      caseId: 'C1',
      reviewer: 'peer@other.example',
      caseWorker: 'worker@council.example',
      start: '2026-01-14T09:00:00.000Z',
      end: '2026-01-14T10:00:00.000Z',
    },
  ],
  unplaced: [{ caseId: 'C2', reason: 'No common free hour.' }],
};

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describeEachDatabase('store repositories', (context) => {
  describe('reviews', () => {
    it('saves a review and gets it back whole, importer lower-cased', async () => {
      const saved = await context.store.reviews.save(review('Northshire'), 'Lead@Council.example');
      expect(saved.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(saved.importedBy).toBe('lead@council.example');
      expect(saved.importedAt).toMatch(ISO);
      expect(await context.store.reviews.get(saved.id)).toEqual(saved);
      expect(saved.review).toEqual(review('Northshire'));
    });

    it('keeps a review read once, frozen, until its row changes in any way', async () => {
      const saved = await context.store.reviews.save(review('Kept'), 'lead@council.example');
      const first = await context.store.reviews.get(saved.id);
      expect(await context.store.reviews.get(saved.id)).toBe(first);
      expect(Object.isFrozen(first?.review.peers[0])).toBe(true);

      const policy = { noReply: ['PT48H'], joiningDetails: false, digest: false as const, workingHours: { start: '09:00', end: '17:00', days: ['mon' as const] } };
      const changed = await context.store.reviews.setReminders(saved.id, policy);
      expect((await context.store.reviews.get(saved.id))?.review.reminders).toEqual(changed?.review.reminders);
      expect(changed?.review.reminders?.noReply).toEqual(['PT48H']);

      // Rewritten by hand, as an operator might: the trigger moves the version, so no stale copy is served.
      await context.db.updateTable('reviews').set({ name: 'Renamed', body: sql`jsonb_set(body, '{name}', '"Renamed"')` }).where('id', '=', saved.id).execute();
      expect((await context.store.reviews.get(saved.id))?.review.name).toBe('Renamed');
      const { version } = await context.db.selectFrom('reviews').select('version').where('id', '=', saved.id).executeTakeFirstOrThrow();
      expect(version).toBe(3);
    });

    it('keeps a review’s identity across imports: each one a revision, every file kept, found by key however typed', async () => {
      const first = await context.store.reviews.save({ ...review('Revised'), key: 'Revised-2026' }, 'lead@council.example');
      expect(first).toMatchObject({ key: 'revised-2026', revision: 1 });
      expect((await context.store.reviews.byKey('revised-2026'))?.id).toBe(first.id);
      const corrected = { ...review('Revised, corrected'), key: '  REVISED-2026 ' };
      const second = await context.store.reviews.revise(first.id, corrected, 'Other@Council.example');
      expect(second).toMatchObject({ id: first.id, key: 'revised-2026', revision: 2, importedBy: 'other@council.example', review: corrected });
      expect(await context.store.reviews.get(first.id)).toEqual(second);
      expect((await context.store.reviews.revision(first.id, 1))?.name).toBe('Revised');
      expect((await context.store.reviews.revision(first.id, 2))?.name).toBe('Revised, corrected');
      expect(await context.store.reviews.revise('6f1c1c9e-0000-4000-8000-000000000000', corrected, 'x@y.example')).toBeUndefined();
      await expect(context.store.reviews.save(review('Revised, again'), 'lead@council.example')).resolves.toMatchObject({ key: 'revised, again' });
      // A second review with the same key is refused by the store itself.
      await expect(context.store.reviews.save({ ...review('Other'), key: 'revised-2026' }, 'lead@council.example')).rejects.toThrow();
    });

    it('makes chat work on the review imported or chosen last, and lists that one first', async () => {
      await context.clear();
      const a = await context.store.reviews.save(review('Alpha'), 'lead@council.example');
      const b = await context.store.reviews.save(review('Beta'), 'lead@council.example');
      expect((await context.store.reviews.latest())?.id).toBe(b.id);
      expect(await context.store.reviews.choose(a.id)).toBe(true);
      expect((await context.store.reviews.latest())?.id).toBe(a.id);
      expect((await context.store.reviews.list()).map((r) => r.name)).toEqual(['Alpha', 'Beta']);
      await context.store.reviews.revise(b.id, review('Beta'), 'lead@council.example');
      expect((await context.store.reviews.latest())?.id).toBe(b.id);
      expect(await context.store.reviews.choose('6f1c1c9e-0000-4000-8000-000000000000')).toBe(false);
    });

    it('holds a file for its importer only, and gives it up once', async () => {
      const held = await context.store.reviews.hold(review('Held'), 'Lead@Council.example');
      expect(await context.store.reviews.takeHeld(held, 'someone@else.example')).toBeUndefined();
      expect(await context.store.reviews.takeHeld(held, 'lead@council.example')).toEqual({ review: review('Held'), importedBy: 'lead@council.example' });
      expect(await context.store.reviews.takeHeld(held, 'lead@council.example')).toBeUndefined();
      expect(await context.store.reviews.takeHeld('nope', 'lead@council.example')).toBeUndefined();
    });

    it('finds nothing for an unknown or malformed id', async () => {
      expect(await context.store.reviews.get('6f1c1c9e-0000-4000-8000-000000000000')).toBeUndefined();
      expect(await context.store.reviews.get('not-a-uuid')).toBeUndefined();
    });

    it('latest is the most recent import, and the later one when two share a timestamp', async () => {
      await context.clear();
      expect(await context.store.reviews.latest()).toBeUndefined();
      await context.store.reviews.save(review('First'), 'lead@council.example');
      const second = await context.store.reviews.save(review('Second'), 'lead@council.example');
      expect((await context.store.reviews.latest())?.id).toBe(second.id);

      const third = await context.store.reviews.save(review('Third'), 'lead@council.example');
      await context.db
        .updateTable('reviews')
        .set({ imported_at: '2100-01-01T00:00:00.000Z' })
        .where('id', 'in', [second.id, third.id])
        .execute();
      expect((await context.store.reviews.latest())?.id).toBe(third.id);
      expect((await context.store.reviews.latest())?.importedAt).toBe('2100-01-01T00:00:00.000Z');
    });
  });

  describe('proposals', () => {
    const newProposal = async () => {
      const { id: reviewId } = await context.store.reviews.save({ ...review('Proposals'), key: randomUUID() }, 'lead@council.example');
      return context.store.proposals.create({ reviewId, revision: 1, kind: 'caseReviews', plan, createdBy: 'Lead@Council.example' });
    };

    it('creates a proposal as proposed, without a card', async () => {
      const proposal = await newProposal();
      expect(proposal).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        reviewId: expect.any(String),
        revision: 1,
        kind: 'caseReviews',
        plan,
        status: 'proposed',
        createdBy: 'lead@council.example',
        card: undefined,
      });
      expect(await context.store.proposals.get(proposal.id)).toEqual(proposal);
      expect(await context.store.proposals.get('nope')).toBeUndefined();
    });

    it('remembers where its card was posted', async () => {
      const proposal = await newProposal();
      const card = { activityId: 'activity-1', reference: { conversation: { id: 'c-1' }, serviceUrl: 'x' } };
      await context.store.proposals.setCard(proposal.id, card);
      expect((await context.store.proposals.get(proposal.id))?.card).toEqual(card);
      await expect(
        context.store.proposals.setCard('6f1c1c9e-0000-4000-8000-000000000000', card),
      ).rejects.toThrow(/No proposal/);
    });

    it('moves the status only from the given statuses', async () => {
      const proposal = await newProposal();
      expect(await context.store.proposals.transition(proposal.id, ['booking'], 'booked')).toBe(false);
      expect(await context.store.proposals.transition(proposal.id, ['proposed'], 'booking')).toBe(true);
      expect(await context.store.proposals.transition(proposal.id, ['proposed'], 'booking')).toBe(false);
      expect(await context.store.proposals.transition(proposal.id, [], 'cancelled')).toBe(false);
      expect(await context.store.proposals.transition(proposal.id, ['booking', 'proposed'], 'booked')).toBe(true);
      expect((await context.store.proposals.get(proposal.id))?.status).toBe('booked');
    });

    it('lets exactly one of two concurrent confirms win', async () => {
      for (let round = 0; round < 5; round += 1) {
        const proposal = await newProposal();
        const outcomes = await Promise.all([
          context.store.proposals.transition(proposal.id, ['proposed'], 'booking'),
          context.store.proposals.transition(proposal.id, ['proposed'], 'booking'),
        ]);
        expect(outcomes.filter(Boolean)).toHaveLength(1);
        expect((await context.store.proposals.get(proposal.id))?.status).toBe('booking');
      }
    });
  });

  describe('people', () => {
    it('caches who an AAD object id is, and updates it', async () => {
      expect(await context.store.people.emailFor('aad-1')).toBeUndefined();
      await context.store.people.remember('aad-1', 'Pat.Peer@Other.example');
      expect(await context.store.people.emailFor('aad-1')).toBe('pat.peer@other.example');
      await context.store.people.remember('aad-1', 'pat@other.example');
      expect(await context.store.people.emailFor('aad-1')).toBe('pat@other.example');
      const rows = await context.db
        .selectFrom('people')
        .select(sql<number>`count(*)::int`.as('count'))
        .where('aad_object_id', '=', 'aad-1')
        .executeTakeFirstOrThrow();
      expect(rows.count).toBe(1);
    });

    it('keeps the latest conversation reference per email, whatever the case', async () => {
      expect(await context.store.people.conversationFor('pat@other.example')).toBeUndefined();
      const first = { conversation: { id: 'a:1' }, serviceUrl: 'https://smba.example/', bot: { id: 'b' } };
      expect(await context.store.people.saveConversation('Pat@Other.example', first)).toBe(true);
      expect(await context.store.people.conversationFor('pat@other.example')).toEqual(first);
      const second = { ...first, conversation: { id: 'a:2' } };
      expect(await context.store.people.saveConversation('pat@other.example', second)).toBe(false);
      expect(await context.store.people.conversationFor('PAT@other.example')).toEqual(second);
    });

    it('says the first conversation is first to exactly one of two saves at once', async () => {
      const reference = { conversation: { id: 'a:3' }, serviceUrl: 'https://smba.example/', bot: { id: 'b' } };
      const firsts = await Promise.all([1, 2, 3].map(() => context.store.people.saveConversation('kim@other.example', reference)));
      expect(firsts.filter(Boolean)).toHaveLength(1);
    });

    it('keeps a chat Graph named only for someone with none kept, and lists the latest kept first', async () => {
      const named = { conversation: { id: '19:app_user@unq.gbl.spaces' }, serviceUrl: 'https://smba.example/', bot: { id: 'b' } };
      expect(await context.store.people.keepConversation('Lee@Other.example', named)).toEqual(named);
      expect(await context.store.people.conversationFor('lee@other.example')).toEqual(named);
      // Teams' own reference replaces it, and is not replaced by a chat Graph names afterwards.
      const announced = { ...named, conversation: { id: 'a:lee' } };
      expect(await context.store.people.saveConversation('lee@other.example', announced)).toBe(false);
      expect(await context.store.people.keepConversation('lee@other.example', named)).toEqual(announced);
      expect(await context.store.people.conversationFor('lee@other.example')).toEqual(announced);
      // Kept to the day only: Lee's chat, kept yesterday, comes after Max's of today.
      await sql`update conversations set updated_at = updated_at - interval '1 day' where email = 'lee@other.example'`.execute(context.db);
      const later = { ...named, conversation: { id: 'a:max' } };
      await context.store.people.saveConversation('max@other.example', later);
      const ids = (await context.store.people.latestConversations(1_000)).map((reference) => (reference as typeof named).conversation.id);
      expect(ids.indexOf('a:max')).toBeGreaterThanOrEqual(0);
      expect(ids.indexOf('a:max')).toBeLessThan(ids.indexOf('a:lee'));
      expect(await context.store.people.latestConversations(1)).toHaveLength(1);
      const { rows } = await sql<{ day: boolean }>`select bool_and(updated_at = date_trunc('day', updated_at)) as day from conversations`.execute(context.db);
      expect(rows[0]!.day).toBe(true);
    });
  });
});
