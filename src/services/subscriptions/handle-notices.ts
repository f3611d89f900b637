/**
 * A batch of Graph's notifications, after the HTTP answer went: each is checked against the secret of the
 * subscription it names, and only then believed. Changes tell the organiser's calendar changed; lifecycle events keep
 * the subscription alive (reauthorizationRequired: renewed; subscriptionRemoved: made again) and, where notifications
 * were lost, ask for the calendar to be read again.
 */
import type { StoredSubscription, SubscriptionNotice } from '../ports/index.js';
import { expiryFrom, isTheSecret, subscribe, SUBSCRIPTIONS_LOCK, toldOfMissed, type SubscriptionDeps } from './subscription-deps.js';

export interface Handled {
  /** Organisers told, each once. */
  told: number;
  /** Notices with no such subscription or the wrong secret: forged, or for a subscription dropped since. */
  refused: number;
}

export const handleNotices = async (deps: SubscriptionDeps, notices: SubscriptionNotice[]): Promise<Handled> => {
  const reasons = new Map<string, 'changed' | 'missed'>();
  let refused = 0;
  // One read, whatever the batch holds: there is one subscription per organiser, so few.
  const kept = new Map((await deps.store.subscriptions.all()).map((subscription) => [subscription.id, subscription]));
  for (const notice of notices) {
    const subscription = kept.get(notice.subscriptionId);
    if (!subscription || !isTheSecret(notice.clientState, subscription.clientStateHash)) {
      refused += 1;
      continue;
    }
    const reason = await keepAlive(deps, notice, subscription);
    if (reason && reasons.get(subscription.organiser) !== 'missed') reasons.set(subscription.organiser, reason);
  }
  // Counts only: what a forged notice carries is not repeated into the logs.
  if (refused > 0) deps.log.warn({ refused, of: notices.length }, 'change notifications refused: no such subscription, or the wrong clientState');
  for (const [organiser, reason] of reasons) {
    if (reason === 'missed') await toldOfMissed(deps, organiser);
    else await deps.organiserChanged(organiser, reason).catch((error: unknown) => deps.log.error({ err: String(error) }, "reading an organiser's changes failed"));
  }
  return { told: reasons.size, refused };
};

/**
 * What the organiser is told once the lifecycle event is answered: a change, that changes may have been missed, or
 * nothing (a subscription reauthorised in time lost nothing).
 */
const keepAlive = async (deps: SubscriptionDeps, notice: SubscriptionNotice, subscription: StoredSubscription): Promise<'changed' | 'missed' | undefined> => {
  if (notice.event === 'changed') return 'changed';
  if (notice.event === 'missed') return 'missed';
  deps.log.info({ subscriptionId: subscription.id, event: notice.event }, 'calendar subscription lifecycle event');
  try {
    if (notice.event === 'reauthorizationRequired') {
      const renewed = await deps.calendarSubscriptions.renew(subscription.id, expiryFrom(deps.now()));
      if (renewed) {
        await deps.store.subscriptions.renewed(subscription.id, renewed.expiresAt);
        return undefined;
      }
    }
    await resubscribe(deps, subscription);
  } catch (error) {
    // The timer's next run makes it again: until then, changes may go untold.
    deps.log.error({ err: String(error) }, 'a calendar subscription could not be kept alive');
  }
  return 'missed';
};

/** Graph removed it (or no longer has it): a new one, unless the timer's run is at it already (it then makes it). */
const resubscribe = async (deps: SubscriptionDeps, subscription: StoredSubscription): Promise<void> => {
  await deps.store.subscriptions.remove(subscription.id);
  const release = await deps.store.runs.tryLock(SUBSCRIPTIONS_LOCK);
  if (!release) return;
  try {
    await subscribe(deps, subscription.organiser);
  } finally {
    await release();
  }
};
