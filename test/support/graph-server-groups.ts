/**
 * Entra groups, as the Graph-compatible server answers `GET /groups/{id}/transitiveMembers/microsoft.graph.user`:
 * pages of `$top` members (100 by default, as Graph) with an `@odata.nextLink`, `$select` honoured, 404 for a group
 * it does not know. Members are users with `mail` and `userPrincipalName`.
 */
import { graphError, json, project, type GraphCall, type GraphReply } from './graph-server-reply.js';

const PATH = /^\/groups\/([^/]+)\/transitiveMembers\/microsoft\.graph\.user$/;

export const routeGroups = (call: GraphCall, groups: ReadonlyMap<string, readonly string[]>): GraphReply | undefined => {
  const match = PATH.exec(call.path);
  if (!match || call.method !== 'GET') return undefined;
  const members = groups.get(match[1]!.toLowerCase());
  if (!members) return graphError(404, 'Request_ResourceNotFound', `Resource '${match[1]}' does not exist or one of its queried reference-property objects are not present.`);
  const top = Math.min(Number(call.query.get('$top') ?? 100), 999);
  const skip = Number(call.query.get('$skiptoken') ?? 0);
  const value = members.slice(skip, skip + top).map((email) => project({ '@odata.type': '#microsoft.graph.user', mail: email, userPrincipalName: email }, call.query));
  const next = new URLSearchParams(call.query);
  next.set('$skiptoken', String(skip + top));
  return json({ value, ...(skip + top < members.length ? { '@odata.nextLink': `${call.origin}/v1.0${call.path}?${next}` } : {}) });
};
