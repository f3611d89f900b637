/** handleNotices on hand-written fakes: who is told what, once per batch, whatever else fails. */
import { describe, expect, it } from 'vitest';
import type { CalendarSubscriptions, StoredSubscription, SubscriptionNotice, SubscriptionRepository } from '../../src/services/ports/index.js';
import { hashToken } from '../../src/services/shared/index.js';
import { handleNotices, type SubscriptionDeps } from '../../src/services/subscriptions/index.js';

const NOW = '2026-06-01T09:00:00.000Z';
const ANA = 'peerreview@shropshire.example';
const BEN = 'bookings@telford.example';

class KeptSubscriptions implements SubscriptionRepository {
  readonly byId = new Map<string, StoredSubscription>();
  async put(subscription: StoredSubscription) {
    for (const [id, kept] of this.byId) if (kept.organiser === subscription.organiser) this.byId.delete(id);
    this.byId.set(subscription.id, subscription);
  }
  async all() {
    return [...this.byId.values()];
  }
  async renewed(id: string, expiresAt: string) {
    const kept = this.byId.get(id);
    if (kept) this.byId.set(id, { ...kept, expiresAt });
  }
  async remove(id: string) {
    this.byId.delete(id);
  }
}

/** A Graph that renews and subscribes, numbering what it makes; `down` makes every call fail. */
class FakeGraph implements CalendarSubscriptions {
  made = 0;
  down = false;
  async subscribe() {
    if (this.down) throw new Error('Graph is away');
    this.made += 1;
    return { id: `made-${this.made}`, expiresAt: '2026-06-04T03:00:00.000Z' };
  }
  async renew(id: string, expiresAt: string) {
    if (this.down) throw new Error('Graph is away');
    return { id, expiresAt };
  }
  async unsubscribe() {}
}

const setUp = (organiserChanged: SubscriptionDeps['organiserChanged'] = async () => undefined) => {
  const subscriptions = new KeptSubscriptions();
  const graph = new FakeGraph();
  const logged: string[] = [];
  const deps: SubscriptionDeps = {
    store: { subscriptions, runs: { tryLock: async () => async () => undefined }, reviews: {} as never, bookings: {} as never },
    calendarSubscriptions: graph,
    urls: () => ({ notificationUrl: 'https://convene.example.org/api/graph/notifications', lifecycleNotificationUrl: 'https://convene.example.org/api/graph/lifecycle' }),
    organiserChanged,
    log: { info: () => undefined, warn: (_, message) => void logged.push(message), error: (_, message) => void logged.push(message) },
    now: () => NOW,
    tickSeconds: 60,
  };
  return { deps, subscriptions, graph, logged };
};

const keep = (subscriptions: KeptSubscriptions, id: string, organiser: string) =>
  subscriptions.put({ id, organiser, clientStateHash: hashToken(`secret-of-${id}`), expiresAt: '2026-06-03T09:00:00.000Z' });
const notice = (subscriptionId: string, event: SubscriptionNotice['event'] = 'changed', clientState = `secret-of-${subscriptionId}`): SubscriptionNotice => ({ subscriptionId, clientState, event });

describe('handleNotices', () => {
  it('tells each organiser once per batch, and missed over changed', async () => {
    const told: [string, string][] = [];
    const { deps, subscriptions } = setUp(async (organiser, reason) => void told.push([organiser, reason]));
    await keep(subscriptions, 'ana', ANA);
    await keep(subscriptions, 'ben', BEN);

    const handled = await handleNotices(deps, [notice('ana'), notice('ana'), notice('ben'), notice('ben', 'missed'), notice('ben')]);

    expect(handled).toEqual({ told: 2, refused: 0 });
    expect(told).toEqual([
      [ANA, 'changed'],
      [BEN, 'missed'],
    ]);
  });

  it('refuses a secret of another subscription, or of none, and tells only the rest', async () => {
    const told: string[] = [];
    const { deps, subscriptions, logged } = setUp(async (organiser) => void told.push(organiser));
    await keep(subscriptions, 'ana', ANA);
    await keep(subscriptions, 'ben', BEN);

    const handled = await handleNotices(deps, [notice('ana', 'changed', 'secret-of-ben'), notice('ana', 'missed', ''), notice('nobody'), notice('ben')]);

    expect(handled).toEqual({ told: 1, refused: 3 });
    expect(told).toEqual([BEN]);
    expect(logged).toEqual(['change notifications refused: no such subscription, or the wrong clientState']);
  });

  it('a removed subscription made again while Graph is away is left to the timer, and the organiser still told', async () => {
    const told: [string, string][] = [];
    const { deps, subscriptions, graph, logged } = setUp(async (organiser, reason) => void told.push([organiser, reason]));
    await keep(subscriptions, 'ana', ANA);
    graph.down = true;

    await handleNotices(deps, [notice('ana', 'subscriptionRemoved')]);

    expect(await subscriptions.all()).toEqual([]);
    expect(told).toEqual([[ANA, 'missed']]);
    expect(logged).toEqual(['a calendar subscription could not be kept alive']);
  });

  it('one organiser whose reading fails is logged; the others are still told', async () => {
    const told: string[] = [];
    const { deps, subscriptions, logged } = setUp(async (organiser) => {
      if (organiser === ANA) throw new Error('delta sync failed');
      told.push(organiser);
    });
    await keep(subscriptions, 'ana', ANA);
    await keep(subscriptions, 'ben', BEN);

    await handleNotices(deps, [notice('ana'), notice('ben')]);

    expect(told).toEqual([BEN]);
    expect(logged).toEqual(["reading an organiser's changes failed"]);
  });
});
