/**
 * On the timer: every organiser with a booked session still to end has a live subscription on their events; those
 * near expiry are renewed, those Graph lost are made again, and those of organisers with nothing left to watch go.
 */
import type { StoredSubscription } from '../ports/index.js';
import { expiryFrom, subscribe, SUBSCRIPTIONS_LOCK, toldOfMissed, type SubscriptionDeps } from './subscription-deps.js';

/** Renewed while this long and one more run of the timer are left: half a day of Graph being away loses nothing. */
const RENEW_AHEAD_MS = 12 * 3_600_000;

export interface Kept {
  subscribed: number;
  renewed: number;
  dropped: number;
  /** Organisers whose subscription could not be made or renewed this time (logged; tried again next run). */
  failed: number;
}

export const keepSubscriptions = async (deps: SubscriptionDeps): Promise<Kept> => {
  const kept: Kept = { subscribed: 0, renewed: 0, dropped: 0, failed: 0 };
  const release = await deps.store.runs.tryLock(SUBSCRIPTIONS_LOCK);
  // Another instance is at it.
  if (!release) return kept;
  try {
    const watched = await watchedOrganisers(deps);
    const subscriptions = await deps.store.subscriptions.all();
    for (const subscription of subscriptions.filter((s) => !watched.has(s.organiser))) {
      await attempt(deps, kept, 'a calendar subscription could not be deleted', async () => {
        await deps.calendarSubscriptions.unsubscribe(subscription.id);
        await deps.store.subscriptions.remove(subscription.id);
        kept.dropped += 1;
      });
    }
    for (const organiser of watched) {
      const outcome = await attempt(deps, kept, 'a calendar subscription could not be made or renewed', () =>
        keepOne(deps, organiser, subscriptions.find((s) => s.organiser === organiser)),
      );
      if (outcome === 'renewed') kept.renewed += 1;
      if (outcome === 'subscribed' || outcome === 'resubscribed') kept.subscribed += 1;
      // What changed while there was no subscription was never told, so the organiser's calendar is read again.
      if (outcome === 'resubscribed') await toldOfMissed(deps, organiser);
    }
  } finally {
    await release();
  }
  if (kept.subscribed + kept.renewed + kept.dropped + kept.failed > 0) deps.log.info({ ...kept }, 'calendar subscriptions kept');
  return kept;
};

/** One organiser's part: an outage is logged and counted, and the others still go. */
const attempt = async <T>(deps: SubscriptionDeps, kept: Kept, failure: string, work: () => Promise<T>): Promise<T | undefined> => {
  try {
    return await work();
  } catch (error) {
    kept.failed += 1;
    deps.log.error({ err: String(error) }, failure);
    return undefined;
  }
};

const keepOne = async (deps: SubscriptionDeps, organiser: string, subscription: StoredSubscription | undefined) => {
  if (!subscription) {
    await subscribe(deps, organiser);
    return 'subscribed' as const;
  }
  const left = Date.parse(subscription.expiresAt) - Date.parse(deps.now());
  if (left > RENEW_AHEAD_MS + deps.tickSeconds * 1000) return 'live' as const;
  const renewed = left > 0 ? await deps.calendarSubscriptions.renew(subscription.id, expiryFrom(deps.now())) : undefined;
  if (renewed) {
    await deps.store.subscriptions.renewed(subscription.id, renewed.expiresAt);
    return 'renewed' as const;
  }
  // Expired, or Graph removed it.
  await deps.store.subscriptions.remove(subscription.id);
  await subscribe(deps, organiser);
  return 'resubscribed' as const;
};

/** Organisers of reviews with a booked session that has not ended: after that, a change in Outlook asks nothing of us. */
const watchedOrganisers = async (deps: SubscriptionDeps): Promise<Set<string>> => {
  const now = Date.parse(deps.now());
  const organisers = new Set<string>();
  for (const { id } of await deps.store.reviews.list()) {
    const stored = await deps.store.reviews.get(id);
    if (!stored || organisers.has(stored.review.organiser.toLowerCase())) continue;
    const bookings = await deps.store.bookings.forReview(id);
    if (bookings.some((booking) => booking.status === 'booked' && Date.parse(booking.end) > now)) organisers.add(stored.review.organiser.toLowerCase());
  }
  return organisers;
};
