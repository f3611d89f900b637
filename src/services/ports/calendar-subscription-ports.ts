/**
 * Graph change notifications on an organiser's events: how Convene hears at once that an event it booked was moved,
 * cancelled or answered in Outlook, rather than at the next look. Plain data; the Graph adapter is
 * src/graph/graph-subscriptions.ts (the local calendar has none: nothing outside Convene changes it).
 */

export interface NewSubscription {
  organiser: string;
  /** Where Graph posts changes; https (Graph calls nothing else). */
  notificationUrl: string;
  /** Where Graph posts reauthorizationRequired, subscriptionRemoved and missed. */
  lifecycleNotificationUrl: string;
  /** The secret Graph echoes in every notification: at most 128 characters. */
  clientState: string;
  /** UTC ISO; at most 4,230 minutes ahead for Outlook events. */
  expiresAt: string;
}

export interface CalendarSubscription {
  id: string;
  /** UTC ISO, as Graph set it. */
  expiresAt: string;
}

export interface CalendarSubscriptions {
  /**
   * Subscribes to the organiser's events being created, updated or deleted. Graph first checks that both URLs
   * answer its validation handshake, and refuses the subscription (this throws) when one does not.
   */
  subscribe(request: NewSubscription): Promise<CalendarSubscription>;
  /** Moves the expiry (which also reauthorises it); undefined when Graph no longer has it (expired or removed). */
  renew(id: string, expiresAt: string): Promise<CalendarSubscription | undefined>;
  /** A subscription Graph no longer has is left so, without an error. */
  unsubscribe(id: string): Promise<void>;
}

/** What one notification says happened, before anyone has checked that Graph sent it. */
export type NoticeEvent = 'changed' | 'reauthorizationRequired' | 'subscriptionRemoved' | 'missed';

export interface SubscriptionNotice {
  subscriptionId: string;
  /** As received: compared with the kept hash, never logged. */
  clientState: string;
  event: NoticeEvent;
}

/**
 * Called once a batch of notifications is checked, once per organiser: `changed` when Graph told of changes to
 * their events, `missed` when notifications were or may have been lost (the caller then reads every change since
 * its last token, as a resync would).
 */
export type OrganiserChanged = (organiser: string, reason: 'changed' | 'missed') => Promise<void>;

export interface StoredSubscription {
  id: string;
  /** Lower-case email. */
  organiser: string;
  /** SHA-256 (hex) of the clientState. */
  clientStateHash: string;
  expiresAt: string;
}

/** One subscription per organiser. */
export interface SubscriptionRepository {
  /** The organiser's subscription, replacing any earlier one of theirs. */
  put(subscription: StoredSubscription): Promise<void>;
  /** By organiser. */
  all(): Promise<StoredSubscription[]>;
  renewed(id: string, expiresAt: string): Promise<void>;
  remove(id: string): Promise<void>;
}
