import { timingSafeEqual } from 'node:crypto';
import type { CalendarSubscriptions, Log, OrganiserChanged, Store } from '../ports/index.js';
import { hashToken, newToken } from '../shared/index.js';

export interface SubscriptionDeps {
  store: Pick<Store, 'reviews' | 'bookings' | 'runs' | 'subscriptions'>;
  calendarSubscriptions: CalendarSubscriptions;
  /** The bot's own notification routes, as Graph reaches them (https in production: the composition root decides). */
  urls: () => { notificationUrl: string; lifecycleNotificationUrl: string };
  /** Told once per organiser per batch of notifications; its failure is logged, never answered to Graph. */
  organiserChanged: OrganiserChanged;
  log: Log;
  now: () => string;
  /** How often keepSubscriptions runs (the timer's interval). */
  tickSeconds: number;
}

/** One holder at a time across bot instances, so that two never subscribe the same organiser at once. */
export const SUBSCRIPTIONS_LOCK = 'calendar-subscriptions';

/** Graph keeps an Outlook event subscription at most 4,230 minutes; half an hour less allows for our clocks differing. */
const LIFETIME_MS = 4_200 * 60_000;

export const expiryFrom = (now: string): string => new Date(Date.parse(now) + LIFETIME_MS).toISOString();

/**
 * A new subscription on the organiser's events, with a secret of its own, kept (as its hash) in place of any earlier
 * one of theirs. Throws when Graph refuses it (an outage, or the handshake failed).
 */
export const subscribe = async (deps: SubscriptionDeps, organiser: string): Promise<void> => {
  const clientState = newToken();
  const created = await deps.calendarSubscriptions.subscribe({ organiser, ...deps.urls(), clientState, expiresAt: expiryFrom(deps.now()) });
  await deps.store.subscriptions.put({ id: created.id, organiser, clientStateHash: hashToken(clientState), expiresAt: created.expiresAt });
};

/** Compares the secret a notification carries with the kept hash, in time that does not depend on where they differ. */
export const isTheSecret = (given: string, keptHash: string): boolean => {
  const a = Buffer.from(hashToken(given), 'hex');
  const b = Buffer.from(keptHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
};

/** Notifications were, or may have been, lost: the organiser's calendar is to be read again. */
export const toldOfMissed = async (deps: SubscriptionDeps, organiser: string): Promise<void> => {
  await deps.organiserChanged(organiser, 'missed').catch((error: unknown) => deps.log.error({ err: String(error) }, "reading an organiser's calendar again failed"));
};
