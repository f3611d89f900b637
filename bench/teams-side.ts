/**
 * Teams' side of the outbox bench, on its own thread: the connector the bot sends to, and the clients pressing
 * answer buttons. In Teams both are other machines; run on the bot's thread they would spend the bot's CPU and
 * the bench would measure them as well.
 */
import { Agent, request } from 'node:http';
import { parentPort } from 'node:worker_threads';
import { VERBS } from '../src/cards/shared/verbs.js';
import { startConnectorServer } from '../test/support/connector-server.js';
import type { ConnectorServer, TeamsUser } from '../test/support/connector-server.js';

export interface PressRun {
  botUrl: string;
  people: TeamsUser[];
  invitationIds: string[];
  /** Presses numbered from `first` (each person in turn, each round the other answer) to `first + presses`. */
  first: number;
  presses: number;
  clients: number;
  /**
   * Presses a second offered by the clients together, each client pressing on its own schedule (as people do, whatever
   * the others wait for); a press's time counts from when it was due, so a slow answer that delays the next press
   * counts against the bot. Without it, each client presses again as soon as it has its answer (the most the bot can take).
   */
  perSecond?: number;
}

export type Request = { ask: 'press'; run: PressRun } | { ask: 'attempts' } | { ask: 'close' };

const TENANT = '00000000-0000-0000-0000-00000000beef';
/** Declines are left out: each tells the project team, in their own chats, which is not what this measures. */
const ANSWERS = ['accepted', 'tentative'] as const;

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
        data: { invitationId: run.invitationIds[n % run.people.length], answer: ANSWERS[Math.floor(n / run.people.length) % ANSWERS.length], view: 'invite' },
      },
      trigger: 'manual',
    },
  };
};

/** One HTTP POST on a kept connection (undici's fetch would spend more of this thread than the bot's answer costs). */
const post = (agent: Agent, url: URL, body: string) =>
  new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The clients press together; a press counts as an error unless it is answered 200 with the updated card. */
const press = async (run: PressRun, connector: ConnectorServer) => {
  const reminders = new Map(connector.recorded.filter((r) => r.kind !== 'update').map((r) => [r.conversationId, r.activityId]));
  const agent = new Agent({ keepAlive: true, maxSockets: run.clients });
  const url = new URL(`${run.botUrl}/api/messages`);
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const began = performance.now();
  // Open: the nth press is due at began + n / perSecond; closed: it is due when its client is free.
  const dueAt = (n: number) => (run.perSecond ? began + (n * 1000) / run.perSecond : performance.now());
  const client = async () => {
    for (let n = next++; n < run.presses; n = next++) {
      const due = dueAt(n);
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      const answer = await post(agent, url, JSON.stringify(pressActivity(run, run.first + n, connector.url, reminders))).catch(() => ({ status: 0, text: '' }));
      latencies.push(performance.now() - due);
      if (answer.status !== 200 || !answer.text.includes('You ')) errors += 1;
    }
  };
  await Promise.all(Array.from({ length: run.clients }, client));
  agent.destroy();
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
