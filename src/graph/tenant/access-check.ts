/**
 * What Convene may do in Microsoft Graph, checked at start (CALENDAR=graph) from the `roles` claim of its app-only
 * token: each application permission granted in Entra ID is one role there. Without Calendars.ReadWrite nothing can be
 * booked, so Convene refuses to start; a feature that merely fails without its permission (it falls back or is skipped)
 * is named in a warning. docs/permissions.md maps every Graph call to its permission.
 *
 * Exchange Online RBAC for Applications grants the mailbox permissions per mailbox inside Exchange, and the token does
 * not show them (GRAPH_MAILBOX_ACCESS=exchange-rbac): they are then not checked here, but a tenant-wide grant of them
 * in the token is worth a warning, since Exchange adds the two together and the limit to chosen mailboxes is lost.
 */
import type { TokenCredential } from '@azure/identity';
import { StartupError } from '../../startup-error.js';
import { GRAPH_SCOPE } from '../graph-client.js';

export interface GraphFeatures {
  /** Where Calendars.ReadWrite and Mail.Send are granted: in Entra ID, or by Exchange Online RBAC for Applications. */
  mailboxAccess: 'entra' | 'exchange-rbac';
  /** EMAIL_REMINDERS. */
  emailReminders: boolean;
  /** TEAMS_APP_CATALOG_ID is set: Convene installs itself for invitees and finds earlier installations' chats. */
  installsApp: boolean;
}

export interface GraphNeed {
  permission: string;
  /** The roles that give it: the permission itself, or a wider one. */
  givenBy: readonly string[];
  /** What needs it, and the setting that turns it off where there is one. */
  feature: string;
  /** Convene cannot work without it. */
  required: boolean;
  /** A mailbox permission, which Exchange Online RBAC for Applications can grant instead of Entra ID. */
  mailbox: boolean;
}

export interface AccessWarning {
  permission: string;
  message: string;
}

const CALENDARS: GraphNeed = {
  permission: 'Calendars.ReadWrite',
  givenBy: ['Calendars.ReadWrite'],
  feature: "booking, moving and cancelling sessions, reading free/busy and calendar changes, and recording answers in invitees' calendars",
  required: true,
  mailbox: true,
};
const MAIL: GraphNeed = {
  permission: 'Mail.Send',
  givenBy: ['Mail.Send'],
  feature: 'reminders by email to people with no chat with Convene (EMAIL_REMINDERS=false turns them off)',
  required: false,
  mailbox: true,
};
// TeamsAppInstallation.ReadWriteSelfForUser.All would do, but only for an app whose manifest names its caller in
// webApplicationInfo, which Convene's does not (docs/permissions.md).
const INSTALL: GraphNeed = {
  permission: 'TeamsAppInstallation.ReadWriteForUser.All',
  givenBy: ['TeamsAppInstallation.ReadWriteForUser.All'],
  feature: 'installing Convene for invitees who never opened it (TEAMS_APP_CATALOG_ID; without it they are reminded by email)',
  required: false,
  mailbox: false,
};
const USERS: GraphNeed = {
  permission: 'User.Read.All',
  givenBy: ['User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
  feature: 'finding the chat of an installation made before (TEAMS_APP_CATALOG_ID)',
  required: false,
  mailbox: false,
};

/** The permissions the configured features need. */
export const graphNeeds = (features: GraphFeatures): GraphNeed[] => [
  CALENDARS,
  ...(features.emailReminders ? [MAIL] : []),
  ...(features.installsApp ? [INSTALL, USERS] : []),
];

/** Throws a StartupError for a permission Convene cannot work without; answers a warning for each other one missing. */
export const checkGraphAccess = async (credential: TokenCredential, features: GraphFeatures, clientId = ''): Promise<AccessWarning[]> => {
  const who = clientId ? `AZURE_CLIENT_ID=${clientId}` : 'the managed identity';
  const roles = await tokenRoles(credential, who);
  const grants = (need: GraphNeed) => need.givenBy.some((role) => roles.has(role));
  const checked = graphNeeds(features).filter((need) => features.mailboxAccess === 'entra' || !need.mailbox);
  const required = checked.find((need) => need.required && !grants(need));
  if (required) {
    throw new StartupError(
      `${who} lacks the Microsoft Graph application permission ${required.permission}, needed for ${required.feature}: grant it (docs/permissions.md), or, where Exchange Online RBAC for Applications grants it, set GRAPH_MAILBOX_ACCESS=exchange-rbac.`,
    );
  }
  const missing = checked
    .filter((need) => !grants(need))
    .map((need) => ({ permission: need.permission, message: `${who} lacks the Microsoft Graph application permission ${need.permission}: ${need.feature} will fail (docs/permissions.md).` }));
  const tenantWide =
    features.mailboxAccess === 'exchange-rbac'
      ? [...roles]
          .filter((role) => /^(Calendars|Mail)\./.test(role))
          .map((role) => ({
            permission: role,
            message: `${who} holds ${role} for every mailbox in the tenant (granted in Entra ID): Exchange Online RBAC for Applications adds to that grant rather than limiting it, so remove it (docs/permissions.md).`,
          }))
      : [];
  return [...missing, ...tenantWide];
};

const tokenRoles = async (credential: TokenCredential, who: string): Promise<Set<string>> => {
  const token = await credential.getToken(GRAPH_SCOPE).catch((error: unknown) => {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    throw new StartupError(`no Microsoft Graph token for ${who}: ${reason}`);
  });
  if (!token) throw new StartupError(`no Microsoft Graph token for ${who}.`);
  const roles = jwtClaims(token.token)?.roles;
  return new Set(Array.isArray(roles) ? roles.filter((role): role is string => typeof role === 'string') : []);
};

/** The claims of a JWT, read without checking its signature: Graph checks that, and Convene only reads its own grants. */
const jwtClaims = (token: string): Record<string, unknown> | undefined => {
  try {
    const claims: unknown = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
    return claims !== null && typeof claims === 'object' ? (claims as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
};
