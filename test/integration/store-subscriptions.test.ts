import { describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases.js';

const subscription = (id: string, organiser: string, expiresAt = '2026-06-04T07:00:00.000Z') => ({
  id,
  organiser,
  clientStateHash: 'ab'.repeat(32),
  expiresAt,
});

describeEachDatabase('calendar subscriptions', (context) => {
  describe('SqlSubscriptionRepository', () => {
    it('keeps one per organiser (lower-cased): a new one replaces the earlier', async () => {
      const { subscriptions } = context.store;
      await subscriptions.put(subscription('first', 'PeerReview@Shropshire.example'));
      await subscriptions.put(subscription('second', 'peerreview@shropshire.example', '2026-06-05T07:00:00.000Z'));
      await subscriptions.put(subscription('other', 'bookings@telford.example'));

      expect(await subscriptions.all()).toEqual([
        subscription('other', 'bookings@telford.example'),
        subscription('second', 'peerreview@shropshire.example', '2026-06-05T07:00:00.000Z'),
      ]);
    });

    it('moves the expiry of a renewed one, and removes one', async () => {
      const { subscriptions } = context.store;
      await context.clear();
      await subscriptions.put(subscription('renewed', 'peerreview@shropshire.example'));
      await subscriptions.renewed('renewed', '2026-06-07T01:30:00.000Z');
      expect((await subscriptions.all()).map((s) => s.expiresAt)).toEqual(['2026-06-07T01:30:00.000Z']);
      await subscriptions.remove('renewed');
      await subscriptions.remove('never-was');
      expect(await subscriptions.all()).toEqual([]);
    });
  });
});
