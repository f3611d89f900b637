/**
 * Teams' side of the outbox bench, on its own thread: the connector the bot sends to, and the clients pressing
 * answer buttons. In Teams both are other machines; run on the bot's thread they would spend the bot's CPU and
 * the bench would measure them as well.
 */
import { parentPort } from 'node:worker_threads';
import { VERBS } from '../src/cards/shared/verbs.js';
import { startConnectorServer } from '../test/support/connector-server.js';
import type { ConnectorServer, TeamsUser } from '../test/support/connector-server.js';

export interface PressRun {
  botUrl: string;
  people: TeamsUser[];
  invitationIds: string[];
  presses: number;
  clients: number;
}

export type Request = { ask: 'press'; run: PressRun } | { ask: 'attempts' } | { ask: 'close' };

const TENANT = '00000000-0000-0000-0000-00000000beef';
const ANSWERS = ['accepted', 'tentative', 'declined'] as const;

/** Each person presses on the reminder they were sent (the invite card is then updated in place). */
const pressActivity = (run: PressRun, n: number, connectorUrl: string, reminders: Map<string, string>) => {
  const person = run.people[n % run.people.length]!;
  const conversationId = `personal-${person.id}`;
  return {
    type: 'invoke',
    name: 'adaptiveCard/action',
    id: `press-${n}`,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: connectorUrl,
    from: { id: person.id, name: person.name, aadObjectId: person.aadObjectId },
    recipient: { id: 'bot-id', name: 'Convene' },
    conversation: { id: conversationId, conversationType: 'personal', tenantId: TENANT },
    replyToId: reminders.get(conversationId),
    channelData: { tenant: { id: TENANT } },
    // Each round over the people changes every answer, so that each press records something.
    value: {
      action: {
        type: 'Action.Execute',
        verb: VERBS.answerInvitation,
        data: { invitationId: run.invitationIds[n % run.people.length], answer: ANSWERS[Math.floor(n / run.people.length) % 3], view: 'invite' },
      },
      trigger: 'manual',
    },
  };
};

/** Each client presses in turn; a press counts as an error unless it is answered 200 with the updated card. */
const press = async (run: PressRun, connector: ConnectorServer) => {
  const reminders = new Map(connector.recorded.filter((r) => r.kind !== 'update').map((r) => [r.conversationId, r.activityId]));
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const client = async () => {
    for (let n = next++; n < run.presses; n = next++) {
      const at = performance.now();
      const response = await fetch(`${run.botUrl}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(pressActivity(run, n, connector.url, reminders)),
      });
      const body = await response.text();
      latencies.push(performance.now() - at);
      if (response.status !== 200 || !body.includes('You ')) errors += 1;
    }
  };
  const began = performance.now();
  await Promise.all(Array.from({ length: run.clients }, client));
  return { latencies, errors, seconds: (performance.now() - began) / 1000 };
};

const port = parentPort!;
const connector = await startConnectorServer();
port.postMessage({ url: connector.url });
port.on('message', async (request: Request) => {
  if (request.ask === 'press') port.postMessage(await press(request.run, connector));
  if (request.ask === 'attempts') port.postMessage({ attempts: connector.attempts, recorded: connector.recorded.map((r) => r.kind) });
  if (request.ask === 'close') {
    await connector.close();
    port.close();
  }
});
