/**
 * Convene holds one organisation's review: activity from any other tenant is refused before a turn starts, so no
 * route runs, nothing is written (not even the chat's reference) and nothing is sent into the other tenant's chat.
 * Microsoft asks single-tenant bots to check the tenant of every activity themselves; the token does not name it.
 */
import { createHash } from 'node:crypto';
import type { Tenants } from '../../config.js';
import type { Log } from '../../services/ports/index.js';
import type { TeamsAdapter } from '@microsoft/teams-ai';
import { authenticationOf, isRefusedToken } from './authentication.js';

type Authenticate = ReturnType<typeof authenticationOf>['authenticateRequest'];

/** Every tenant id the activity states (Teams sends both); none when it states none. */
const tenantsOf = (activity: unknown): string[] => {
  const { conversation, channelData } = activity as { conversation?: { tenantId?: unknown }; channelData?: { tenant?: { id?: unknown } } };
  return [conversation?.tenantId, channelData?.tenant?.id].filter((id): id is string => typeof id === 'string' && id !== '').map((id) => id.toLowerCase());
};

/** Served: every tenant it names is one of ours, and it names at least one (two that differ are not to be chosen from). */
export const fromServedTenant = (tenants: Tenants, activity: unknown): boolean => {
  if (tenants === 'any') return true;
  const stated = tenantsOf(activity);
  return stated.length > 0 && stated.every((id) => tenants.includes(id));
};

/** Which tenant, without naming it: enough to tell one from many, and to check a guess. */
const tenantHash = (activity: unknown): string => createHash('sha256').update(tenantsOf(activity).join(',')).digest('hex').slice(0, 12);

/**
 * The answer to an activity of another tenant. Its token is checked first, as for any activity, so that a caller
 * without a valid one learns no more than 401, and only a real one from Teams is logged. That gets 403 (understood,
 * not allowed) rather than a reply: no word of Convene's goes into another organisation's chat, and a card action
 * there fails as Teams shows any failed action.
 */
export const refuseOtherTenant = async (adapter: TeamsAdapter, activity: unknown, authorization: string | undefined, log: Log): Promise<{ status: number; error: string }> => {
  try {
    await authenticationOf(adapter).authenticateRequest(activity as Parameters<Authenticate>[0], authorization ?? '');
  } catch (error) {
    if (isRefusedToken(error)) return { status: 401, error: 'The request is not authorised.' };
    throw error;
  }
  log.warn({ tenant: tenantHash(activity) }, 'activity from another tenant refused');
  return { status: 403, error: 'Convene serves another organisation.' };
};

/** Graph's notifications name their tenant in every item: all must be one of ours. */
export const notificationsFromServedTenant = (tenants: Tenants, body: unknown): boolean => {
  if (tenants === 'any') return true;
  const items: unknown = (body as { value?: unknown }).value;
  if (!Array.isArray(items)) return false;
  return items.every((item: { tenantId?: unknown } | null) => typeof item?.tenantId === 'string' && tenants.includes(item.tenantId.toLowerCase()));
};
