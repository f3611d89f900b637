/**
 * A Bot Framework connector on 127.0.0.1, standing in for Teams' service URL: it records every
 * activity the bot sends, updates or replies, answers member look-ups, and serves attached files.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TeamsUser {
  id: string;
  aadObjectId: string;
  name: string;
  email: string;
}

export interface Recorded {
  kind: 'send' | 'reply' | 'update';
  conversationId: string;
  activityId: string;
  activity: Record<string, any>;
  /** The bot's own token, as it sent it. */
  authorization?: string;
  /** When it arrived (ms since the epoch): what the send limits are checked on. */
  at: number;
}

/** Every activity the bot tried to send or update, taken or not, with the status it was answered. */
export interface Attempt {
  kind: Recorded['kind'];
  conversationId: string;
  at: number;
  status: number;
}

/**
 * What the connector does with an activity before it records it: `fail` answers 500 (Teams refusing it), `drop`
 * hangs up without an answer (the request never got there), a status answers that (429 with or without
 * Retry-After, 412, 502, 503, 504, 403 for a person who blocked the app). None of them is recorded. `hold` keeps
 * the request unanswered until `release()`; one whose sender goes away meanwhile (killed) is never recorded.
 */
export type Interception = 'fail' | 'drop' | 'hold' | { status: number; retryAfter?: string } | undefined;

export interface ConnectorServer {
  url: string;
  recorded: Recorded[];
  attempts: Attempt[];
  /** Decides, for each activity the bot sends or updates, whether Teams takes it. */
  intercept?: (kind: Recorded['kind'], activity: Record<string, any>) => Interception;
  /** Decides, for each member look-up (who is talking), whether Teams answers it. */
  interceptMember?: (memberId: string) => Interception;
  /** Requests held now (by `hold`), and a way to let them all go on. */
  held(): number;
  release(): void;
  addUser(user: TeamsUser): void;
  addFile(name: string, content: string): string;
  close(): Promise<void>;
}

const readBody = async (req: IncomingMessage): Promise<any> => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
};

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

export const startConnectorServer = async (): Promise<ConnectorServer> => {
  const users = new Map<string, TeamsUser>();
  const files = new Map<string, string>();
  const recorded: Recorded[] = [];
  const attempts: Attempt[] = [];
  const holding = new Set<() => void>();
  let next = 1;

  const connector = {} as ConnectorServer;
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = /^\/files\/(.+)$/.exec(path);
    if (req.method === 'GET' && file) {
      const content = files.get(file[1]!);
      return content === undefined ? json(res, 404, {}) : void res.writeHead(200).end(content);
    }
    const member = /^\/v3\/conversations\/([^/]+)\/members\/([^/]+)$/.exec(path);
    if (req.method === 'GET' && member) {
      const interception = connector.interceptMember?.(member[2]!);
      if (interception === 'drop') return void req.socket.destroy();
      if (interception === 'fail') return json(res, 500, { error: { code: 'ServiceError', message: 'failed by the test' } });
      const user = [...users.values()].find((u) => u.id === member[2] || u.aadObjectId === member[2]);
      if (!user) return json(res, 404, { error: { code: 'MemberNotFoundInConversation', message: 'not a member' } });
      return json(res, 200, { id: user.id, aadObjectId: user.aadObjectId, name: user.name, email: user.email, userPrincipalName: user.email });
    }
    const activity = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(path);
    if (activity && (req.method === 'POST' || req.method === 'PUT')) {
      const body = await readBody(req);
      const conversationId = activity[1]!;
      const kind = req.method === 'PUT' ? 'update' : activity[2] ? 'reply' : 'send';
      // What Teams counts against its limits is a request's arrival, however long it is then held.
      const at = Date.now();
      const interception = connector.intercept?.(kind, body);
      if (interception === 'hold') {
        const released = await new Promise<boolean>((resolve) => {
          const release = () => resolve(true);
          holding.add(release);
          res.once('close', () => {
            holding.delete(release);
            resolve(false);
          });
        });
        if (!released || res.destroyed) return;
      }
      if (interception === 'drop') return void req.socket.destroy();
      if (interception === 'fail') {
        attempts.push({ kind, conversationId, at, status: 500 });
        return json(res, 500, { error: { code: 'ServiceError', message: 'failed by the test' } });
      }
      if (interception && interception !== 'hold') {
        attempts.push({ kind, conversationId, at, status: interception.status });
        if (interception.retryAfter !== undefined) res.setHeader('retry-after', interception.retryAfter);
        return json(res, interception.status, { error: { code: interception.status === 403 ? 'BotDisabledByAdmin' : 'Throttled', message: 'answered by the test' } });
      }
      attempts.push({ kind, conversationId, at, status: 200 });
      const activityId = kind === 'update' ? activity[2]! : `activity-${next++}`;
      recorded.push({ kind, conversationId, activityId, activity: body, authorization: req.headers.authorization, at });
      return json(res, 200, { id: activityId });
    }
    json(res, 404, { error: { code: 'NotFound', message: `${req.method} ${path}` } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  Object.assign(connector, <Omit<ConnectorServer, 'intercept' | 'interceptMember'>>{
    url,
    recorded,
    attempts,
    held: () => holding.size,
    release: () => {
      for (const release of [...holding]) {
        holding.delete(release);
        release();
      }
    },
    addUser: (user) => users.set(user.id, user),
    addFile: (name, content) => {
      files.set(name, content);
      return `${url}/files/${encodeURIComponent(name)}`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
  return connector;
};
