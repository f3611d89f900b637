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
}

/**
 * What the connector does with an activity before it records it: `fail` answers 500 (Teams refusing it), `drop`
 * hangs up without an answer (the request never got there). Neither is recorded.
 */
export type Interception = 'fail' | 'drop' | undefined;

export interface ConnectorServer {
  url: string;
  recorded: Recorded[];
  /** Decides, for each activity the bot sends or updates, whether Teams takes it. */
  intercept?: (kind: Recorded['kind'], activity: Record<string, any>) => Interception;
  /** Decides, for each member look-up (who is talking), whether Teams answers it. */
  interceptMember?: (memberId: string) => Interception;
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
      const interception = connector.intercept?.(kind, body);
      if (interception === 'drop') return void req.socket.destroy();
      if (interception === 'fail') return json(res, 500, { error: { code: 'ServiceError', message: 'failed by the test' } });
      const activityId = kind === 'update' ? activity[2]! : `activity-${next++}`;
      recorded.push({ kind, conversationId, activityId, activity: body });
      return json(res, 200, { id: activityId });
    }
    json(res, 404, { error: { code: 'NotFound', message: `${req.method} ${path}` } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  Object.assign(connector, <Omit<ConnectorServer, 'intercept' | 'interceptMember'>>{
    url,
    recorded,
    addUser: (user) => users.set(user.id, user),
    addFile: (name, content) => {
      files.set(name, content);
      return `${url}/files/${encodeURIComponent(name)}`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
  return connector;
};
