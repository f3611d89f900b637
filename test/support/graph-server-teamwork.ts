/**
 * Graph's Teams app installations for users, as the Graph-compatible server answers them: install
 * (`POST /users/{id | upn}/teamwork/installedApps`), list (`$expand=teamsApp`, `$filter=teamsApp/id eq '…'`), the
 * installation's 1:1 chat (`…/installedApps/{installation-id}/chat`, by the user's id only, as documented), and the
 * user (`GET /users/{id | upn}`). Ids are stable: the same person and app give the same ids in every run.
 */
import { createHash } from 'node:crypto';
import { graphError, json, project, type GraphCall, type GraphReply } from './graph-server-reply.js';
import type { ScheduleSources } from './graph-server-schedule.js';
import { TENANT } from './teams-client.js';

/** A user's Entra object id, derived from their address. */
export const userIdOf = (email: string): string => {
  const hex = createHash('sha256').update(email.toLowerCase()).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

/** Graph's installation ids are base64 of the user's id and the app's, with `##` between. */
const installationIdOf = (email: string, catalogId: string): string => Buffer.from(`${userIdOf(email)}##${catalogId}`).toString('base64');

/** The chat id Graph gives a person's 1:1 chat with an app: the app's id and the user's. */
export const installedChatId = (email: string, catalogId: string): string => `19:${catalogId}_${userIdOf(email)}@unq.gbl.spaces`;

const userNotFound = (segment: string): GraphReply =>
  graphError(404, 'Request_ResourceNotFound', `Resource '${segment}' does not exist or one of its queried reference-property objects are not present.`);

/** The `teamwork` and user routes; undefined when the call is none of them. Installation ids may hold a `/`. */
export const routeTeamwork = (call: GraphCall, sources: ScheduleSources): GraphReply | undefined => {
  const [, segment = '', rest = ''] = /^\/users\/([^/]+)(?:\/(.*))?$/.exec(call.path) ?? [];
  const email = resolve(sources, segment);
  if (email && segment.includes('@')) sources.mailboxes.knownUsers.add(email);
  const known = email !== undefined && !sources.unknownPeople.has(email);
  const route = `${call.method} ${rest}`;
  if (route === 'GET ') return known ? json({ '@odata.context': `${call.origin}/v1.0/$metadata#users/$entity`, ...project(userOf(email), call.query) }) : userNotFound(segment);
  if (route === 'POST teamwork/installedApps') return known ? installApp(sources, email, call) : userNotFound(segment);
  if (route === 'GET teamwork/installedApps') return known ? listApps(sources, email, call) : userNotFound(segment);
  const chatOf = /^GET teamwork\/installedApps\/(.+)\/chat$/.exec(route)?.[1];
  // The chat is asked for by the user's id; an address (or an unknown id) is not found.
  if (chatOf) return known && segment === userIdOf(email) ? installedChat(sources, email, chatOf, call) : userNotFound(segment);
  return undefined;
};

/** A path's user segment: an address, or the id of one this server has been asked about (or has Convene installed for). */
const resolve = ({ mailboxes }: ScheduleSources, segment: string): string | undefined => {
  const lower = segment.toLowerCase();
  if (lower.includes('@')) return lower;
  return [...mailboxes.installed.keys(), ...mailboxes.knownUsers].find((email) => userIdOf(email) === lower);
};

const userOf = (email: string) => ({ businessPhones: [], displayName: null, mail: email, userPrincipalName: email, id: userIdOf(email) });

/** As Graph: 201 with no body, or 409 when the app is there already, 403 when the tenant refuses. */
const installApp = ({ mailboxes }: ScheduleSources, email: string, call: GraphCall): GraphReply => {
  const bind = String((call.body as Record<string, unknown> | undefined)?.['teamsApp@odata.bind'] ?? '');
  const catalogId = /\/appCatalogs\/teamsApps\/([^/]+)$/.exec(bind)?.[1];
  if (!catalogId) return graphError(400, 'BadRequest', 'teamsApp@odata.bind must name an app in the catalog.');
  if (mailboxes.installBlocked.has(email)) return graphError(403, 'Forbidden', 'App installation is not allowed for this user by the tenant.');
  const apps = mailboxes.installed.get(email) ?? new Set<string>();
  if (apps.has(catalogId)) return graphError(409, 'Conflict', 'The app is already installed for this user.');
  apps.add(catalogId);
  mailboxes.installed.set(email, apps);
  mailboxes.onInstall?.(email, catalogId);
  return { status: 201 };
};

/** teamsAppInstallation objects; `teamsApp` only with `$expand=teamsApp`; the one filter Convene uses. */
const listApps = ({ mailboxes }: ScheduleSources, email: string, call: GraphCall): GraphReply => {
  const filter = call.query.get('$filter');
  const wanted = filter === null ? undefined : /^teamsApp\/id eq '((?:[^']|'')*)'$/.exec(filter.trim())?.[1]?.replace(/''/g, "'");
  if (filter !== null && wanted === undefined) return graphError(400, 'BadRequest', `Invalid filter clause: ${filter}`);
  const expand = (call.query.get('$expand') ?? '').split(',').map((name) => name.trim());
  const value = [...(mailboxes.installed.get(email) ?? [])]
    .filter((catalogId) => wanted === undefined || catalogId === wanted)
    .map((catalogId) => ({
      id: installationIdOf(email, catalogId),
      ...(expand.includes('teamsApp') ? { teamsApp: { id: catalogId, externalId: null, displayName: 'Convene', distributionMethod: 'organization' } } : {}),
    }));
  return json({ '@odata.context': `${call.origin}/v1.0/$metadata#users('${userIdOf(email)}')/teamwork/installedApps`, value });
};

/** The chat object of a personal installation (all its properties, cut to `$select`). */
const installedChat = ({ mailboxes }: ScheduleSources, email: string, installationId: string, call: GraphCall): GraphReply => {
  const catalogId = [...(mailboxes.installed.get(email) ?? [])].find((id) => installationIdOf(email, id) === installationId);
  if (!catalogId) return graphError(404, 'NotFound', 'The installation was not found for this user.');
  const id = installedChatId(email, catalogId);
  const chat = {
    id,
    topic: null,
    createdDateTime: '2026-01-05T09:00:00.000Z',
    lastUpdatedDateTime: '2026-01-05T09:00:00.000Z',
    chatType: 'oneOnOne',
    webUrl: `https://teams.microsoft.com/l/chat/${encodeURIComponent(id)}/0?tenantId=${TENANT}`,
    tenantId: TENANT,
    onlineMeetingInfo: null,
    viewpoint: null,
  };
  return json({ '@odata.context': `${call.origin}/v1.0/$metadata#chats/$entity`, ...project(chat, call.query) });
};
