import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERBS } from '../../src/cards/shared/verbs.js';
import { createGraphClient } from '../../src/graph/graph-client.js';
import { GraphCalendar } from '../../src/graph/graph-calendar.js';
import { startBotHarness, user, type BotHarness } from '../support/bot-harness.js';
import type { Recorded } from '../support/connector-server.js';
import { staticCredential } from '../support/graph-server-credential.js';
import { startGraphServer, type GraphServer } from '../support/graph-server.js';
import { actionsOf, cardOf, cardText } from '../support/teams-client.js';
import { DEMO, alex, morgan } from '../support/demo-people.js';

const stranger = user('3', 'Stan Ger', 'stan.ger@elsewhere.example');

/** Cancel on the on-site proposal card, through the bot's HTTP endpoint, with the calendar in a Graph-compatible server. */
describe('cancelling the on-site proposal in Teams', () => {
  let graph: GraphServer;
  let h: BotHarness;
  let card: Recorded;
  beforeAll(async () => {
    graph = await startGraphServer();
    const calendar = new GraphCalendar(createGraphClient({ baseUrl: graph.baseUrl, credential: staticCredential() }));
    h = await startBotHarness([alex, morgan, stranger], {}, { calendar });
    await h.client.say(alex, `import\n${DEMO}`);
    card = (await h.client.sayAndWait(alex, 'schedule on-site')).filter((r) => cardOf(r)).at(-1)!;
  });
  afterAll(async () => {
    await h?.close();
    await graph?.close();
  });

  const button = (verb: string) => actionsOf(cardOf(card)).find((a) => a.verb === verb)!;
  const press = (who: typeof alex, verb: string) => h.client.press(who, card.activityId, verb, button(verb).data);
  const proposal = async () => (await h.convene.store.proposals.get(String(button(VERBS.cancelProposal).data.proposalId)))!;
  const bookings = async () => h.convene.store.bookings.forReview((await h.convene.store.reviews.latest())!.id);

  it('refuses Cancel from anyone outside the project team and leaves the proposal as it was', async () => {
    for (const who of [stranger, morgan]) {
      const response = await press(who, VERBS.cancelProposal);
      expect(response.body.value).toMatch(/only the project team .* can cancel a proposal/);
    }
    expect((await proposal()).status).toBe('proposed');
  });

  it('Cancel turns the card into a cancelled one with no buttons', async () => {
    const response = await press(alex, VERBS.cancelProposal);
    expect(cardText(response.body.value)).toContain('Cancelled: nothing was booked.');
    expect(actionsOf(response.body.value)).toEqual([]);
    expect((await proposal()).status).toBe('cancelled');
  });

  it('a later Confirm on the same card is refused, and nothing reaches the calendar', async () => {
    const response = await press(alex, VERBS.confirmProposal);
    expect(response.body.value).toMatch(/This proposal was cancelled, so it cannot be booked\. Send \*\*schedule on-site\*\* again for a new one\./);
    await h.convene.idle();
    expect((await proposal()).status).toBe('cancelled');
    expect(await bookings()).toEqual([]);
    // Planning read free/busy; nothing else went to Graph: no $batch, no event.
    expect(new Set(graph.requests.map((r) => `${r.method} ${r.path.replace(/\/users\/[^/]+/, '/users/…')}`))).toEqual(
      new Set(['POST /users/…/calendar/getSchedule']),
    );
    expect(graph.mailboxes.events('peerreview@shropshire.example')).toEqual([]);
  });
});
