/**
 * Graph change notifications on an organiser's events, as Microsoft describes them (the subscription resource;
 * "Receive change notifications through webhooks"; "Reduce missing subscriptions and change notifications"). A create
 * makes Graph post a validationToken to both URLs, and it answers 201 only once both echoed it. PATCH of the expiry
 * renews and reauthorises in one; Graph deletes a subscription not renewed in time, so a 404 means gone. Notifications
 * arrive as a changeNotificationCollection: `value[]` of items naming their subscriptionId and clientState, with
 * `lifecycleEvent` on the lifecycle ones.
 */
import type { Client } from '@microsoft/microsoft-graph-client';
import type { Subscription } from '@microsoft/microsoft-graph-types';
import type { CalendarSubscription, CalendarSubscriptions, NewSubscription, NoticeEvent, SubscriptionNotice } from '../services/ports/index.js';

/** Every change to an event: a move, a cancellation (Outlook deletes the organiser's copy), an answer tallied. */
const CHANGE_TYPES = 'created,updated,deleted';
const LIFECYCLE_EVENTS: ReadonlySet<string> = new Set<NoticeEvent>(['reauthorizationRequired', 'subscriptionRemoved', 'missed']);

export class GraphSubscriptions implements CalendarSubscriptions {
  constructor(private readonly client: Client) {}

  async subscribe(request: NewSubscription): Promise<CalendarSubscription> {
    const created: Subscription = await this.client.api('/subscriptions').post({
      changeType: CHANGE_TYPES,
      notificationUrl: request.notificationUrl,
      lifecycleNotificationUrl: request.lifecycleNotificationUrl,
      resource: `/users/${request.organiser.toLowerCase()}/events`,
      expirationDateTime: request.expiresAt,
      clientState: request.clientState,
    });
    return subscriptionOf(created);
  }

  async renew(id: string, expiresAt: string): Promise<CalendarSubscription | undefined> {
    try {
      const renewed: Subscription = await this.client.api(`/subscriptions/${encodeURIComponent(id)}`).patch({ expirationDateTime: expiresAt });
      return subscriptionOf(renewed);
    } catch (error) {
      if (isGone(error)) return undefined;
      throw error;
    }
  }

  async unsubscribe(id: string): Promise<void> {
    try {
      await this.client.api(`/subscriptions/${encodeURIComponent(id)}`).delete();
    } catch (error) {
      if (!isGone(error)) throw error;
    }
  }
}

/**
 * The notices in a notification body; undefined when it is not a changeNotificationCollection at all. An item of a
 * lifecycle event Convene does not know (Graph may add some) is passed over; one without a clientState keeps an empty
 * one, which no subscription has, so it is refused with the forged ones.
 */
export const readNotices = (body: unknown): SubscriptionNotice[] | undefined => {
  if (typeof body !== 'object' || body === null) return undefined;
  const { value } = body as { value?: unknown };
  if (!Array.isArray(value)) return undefined;
  const notices: SubscriptionNotice[] = [];
  for (const item of value as unknown[]) {
    const { subscriptionId, clientState, lifecycleEvent } = (item ?? {}) as Record<string, unknown>;
    if (typeof subscriptionId !== 'string') return undefined;
    const secret = typeof clientState === 'string' ? clientState : '';
    if (lifecycleEvent === undefined) notices.push({ subscriptionId, clientState: secret, event: 'changed' });
    else if (typeof lifecycleEvent === 'string' && LIFECYCLE_EVENTS.has(lifecycleEvent)) {
      notices.push({ subscriptionId, clientState: secret, event: lifecycleEvent as NoticeEvent });
    }
  }
  return notices;
};

const subscriptionOf = (subscription: Subscription): CalendarSubscription => {
  if (!subscription.id || !subscription.expirationDateTime) throw new Error('Graph answered a subscription without its id or expiry');
  return { id: subscription.id, expiresAt: new Date(subscription.expirationDateTime).toISOString() };
};

const isGone = (error: unknown): boolean => (error as { statusCode?: number }).statusCode === 404;
