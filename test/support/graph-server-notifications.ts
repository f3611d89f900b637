/**
 * Change notifications as Graph sends them for Outlook events ("Receive change notifications through webhooks";
 * the changeNotification resource). After each call that may change a mailbox, and each change made in Outlook, the
 * server compares every watched mailbox with how it last saw it, and posts what changed to each subscription that
 * asked for that change type: a changeNotificationCollection, one POST per notification URL. Graph waits 3 seconds
 * for a 2xx; so does this server, which records the answer and, unlike Graph, never sends again. Lifecycle
 * notifications go to the lifecycle URL when a test fires one.
 */
import { createHash } from 'node:crypto';
import type { GraphMailboxes } from './graph-server-mailboxes.js';
import type { Delivery, GraphSubscription, ServerSubscriptions } from './graph-server-subscriptions.js';
import { userIdOf } from './graph-server-teamwork.js';

export type LifecycleEvent = 'reauthorizationRequired' | 'subscriptionRemoved' | 'missed';

/** The test tenant's id, as every notification names it. */
export const TENANT_ID = '6b2a1f0e-7c3d-4e5f-8a9b-0c1d2e3f4a5b';
const ANSWER_WITHIN_MS = 3_000;

type ChangeType = 'created' | 'updated' | 'deleted';

export class ChangeNotifications {
  /** Each watched mailbox's events by id, as JSON, when last compared. */
  private readonly seen = new Map<string, Map<string, string>>();
  private readonly sending = new Set<Promise<unknown>>();

  constructor(
    private readonly mailboxes: GraphMailboxes,
    private readonly subscriptions: ServerSubscriptions,
  ) {}

  /** A new subscription: its mailbox is compared from now on. */
  watch(subscription: GraphSubscription): void {
    if (!this.seen.has(subscription.mailbox)) this.seen.set(subscription.mailbox, this.snapshot(subscription.mailbox));
  }

  /** Tells every live subscription what changed in its mailbox since the last look. */
  look(): void {
    const live = this.subscriptions.live();
    const watched = new Set(live.map((subscription) => subscription.mailbox));
    for (const mailbox of this.seen.keys()) if (!watched.has(mailbox)) this.seen.delete(mailbox);
    const byUrl = new Map<string, unknown[]>();
    for (const mailbox of watched) {
      const before = this.seen.get(mailbox) ?? new Map<string, string>();
      const now = this.snapshot(mailbox);
      this.seen.set(mailbox, now);
      const changes: [ChangeType, string][] = [
        ...[...now].filter(([id, event]) => before.get(id) !== event).map(([id]): [ChangeType, string] => [before.has(id) ? 'updated' : 'created', id]),
        ...[...before.keys()].filter((id) => !now.has(id)).map((id): [ChangeType, string] => ['deleted', id]),
      ];
      for (const subscription of live.filter((s) => s.mailbox === mailbox)) {
        for (const [changeType, id] of changes.filter(([type]) => subscription.changeTypes.includes(type))) {
          const batch = byUrl.get(subscription.notificationUrl) ?? [];
          batch.push(changeNotification(subscription, changeType, id));
          byUrl.set(subscription.notificationUrl, batch);
        }
      }
    }
    for (const [url, value] of byUrl) void this.track(this.send('change', url, { value }));
  }

  /**
   * Sends a lifecycle notification of the subscription to its lifecycle URL, as Graph would; subscriptionRemoved
   * first removes the subscription. Answers the delivery.
   */
  lifecycle(id: string, lifecycleEvent: LifecycleEvent): Promise<Delivery> {
    const subscription = this.subscriptions.get(id);
    if (!subscription?.lifecycleNotificationUrl) throw new Error(`No live subscription ${id} with a lifecycle URL`);
    if (lifecycleEvent === 'subscriptionRemoved') this.subscriptions.forget(id);
    const notification = {
      subscriptionId: id,
      subscriptionExpirationDateTime: subscription.expirationDateTime,
      tenantId: TENANT_ID,
      clientState: subscription.clientState ?? null,
      lifecycleEvent,
    };
    return this.track(this.send('lifecycle', subscription.lifecycleNotificationUrl, { value: [notification] }));
  }

  /** Resolves once every notification sent so far has been answered (or not, in time). */
  async settled(): Promise<void> {
    while (this.sending.size > 0) await Promise.allSettled([...this.sending]);
  }

  private send(kind: Delivery['kind'], url: string, collection: { value: unknown[] }): Promise<Delivery> {
    return this.subscriptions.post(kind, url, JSON.stringify(collection), 'application/json; charset=utf-8', collection, ANSWER_WITHIN_MS);
  }

  private track<T>(sending: Promise<T>): Promise<T> {
    this.sending.add(sending);
    void sending.finally(() => this.sending.delete(sending));
    return sending;
  }

  private snapshot(mailbox: string): Map<string, string> {
    return new Map(this.mailboxes.events(mailbox).map((event) => [event.id as string, JSON.stringify(event)]));
  }
}

/** A basic notification (no resource data but the ids), as Graph words one for an Outlook event. */
const changeNotification = (subscription: GraphSubscription, changeType: ChangeType, eventId: string) => {
  const resource = `Users/${userIdOf(subscription.mailbox)}/Events/${eventId}`;
  return {
    subscriptionId: subscription.id,
    subscriptionExpirationDateTime: subscription.expirationDateTime,
    changeType,
    resource,
    resourceData: {
      '@odata.type': '#Microsoft.Graph.Event',
      '@odata.id': resource,
      '@odata.etag': `W/"${createHash('sha256').update(`${eventId}${Date.now()}`).digest('base64').slice(0, 24)}"`,
      id: eventId,
    },
    clientState: subscription.clientState ?? null,
    tenantId: TENANT_ID,
  };
};
