/** Every environment variable Convene reads, checked once at start-up. `.env.example` documents each. */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { StartupError } from './startup-error.js';

const optional = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

/**
 * Teams puts a file sent to a bot in the sender's OneDrive for Business, <tenant>-my.sharepoint.com, and
 * channel files on <tenant>.sharepoint.com (Microsoft 365 endpoints, "SharePoint Online and OneDrive for
 * Business"). Bots get no files in GCC High, DoD or 21Vianet, so no other cloud's hosts are needed.
 */
const TEAMS_FILE_HOSTS = ['sharepoint.com'];

/** A comma-separated variable as its entries, trimmed and in lower case; empty entries dropped. */
const commaList = z
  .string()
  .optional()
  .transform((value) => (value ?? '').split(',').map((entry) => entry.trim().toLowerCase()).filter((entry) => entry !== ''));

/** Host suffixes, comma-separated; empty means Teams' own file hosts. */
const hostSuffixes = commaList
  .transform((hosts) => hosts.map((host) => host.replace(/^\*?\./, '')).filter((host) => host !== ''))
  .refine((hosts) => hosts.every((host) => /^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(host)), 'each entry must be a host name such as sharepoint.com')
  .transform((hosts) => (hosts.length > 0 ? hosts : [...TEAMS_FILE_HOSTS]));

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMAIL = /^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/;

/** Emails and Entra group ids, comma-separated. */
const admins = commaList
  .refine((entries) => entries.every((entry) => GUID.test(entry) || EMAIL.test(entry)), 'each entry must be an email or an Entra group id (a GUID)')
  .transform((entries) => ({ emails: entries.filter((entry) => EMAIL.test(entry)), groups: entries.filter((entry) => GUID.test(entry)) }));

/** Tenant ids, comma-separated. Teams sends the tenant's GUID, never a domain: a domain here would match nothing. */
const tenantIds = commaList.refine((ids) => ids.every((id) => GUID.test(id)), 'each entry must be a tenant id (a GUID), not a domain');

/** The tenants whose Teams activity Convene takes; `any` only in local mode with none named. */
export type Tenants = readonly string[] | 'any';

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: optional,
  PUBLIC_URL: optional,
  LINK_SECRET: optional,
  NOTES_KEY: optional,
  BOT_ID: optional,
  BOT_PASSWORD: optional,
  BOT_TENANT_ID: optional,
  BOT_TYPE: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('SingleTenant'),
  ADMINS: admins,
  ALLOWED_TENANT_IDS: tenantIds,
  DATABASE_URL: optional,
  DATABASE_AUTH: z.enum(['password', 'entra']).default('password'),
  DATA_DIR: z.string().default('./data'),
  CALENDAR: z.enum(['local', 'graph']).default('local'),
  GRAPH_BASE_URL: optional,
  AZURE_TENANT_ID: optional,
  AZURE_CLIENT_ID: optional,
  AZURE_CLIENT_SECRET: optional,
  GRAPH_MAILBOX_ACCESS: z.enum(['entra', 'exchange-rbac']).default('entra'),
  TEAMS_APP_CATALOG_ID: optional,
  EMAIL_REMINDERS: z.enum(['true', 'false']).default('true').transform((value) => value === 'true'),
  DEMO_REVIEW: optional,
  DEMO_REVIEW_AHEAD: z.enum(['true', 'false']).default('false').transform((value) => value === 'true'),
  ATTACHMENT_HOSTS: hostSuffixes,
  TICK_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
  OUTBOX_LEASE_SECONDS: z.coerce.number().int().min(2).max(3600).default(300),
  PLAN_TIME_LIMIT_SECONDS: z.coerce.number().int().min(1).max(600).default(60),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/**
 * What a deployment to Azure must set (infra/main.bicep does, and test/unit/infra.test.ts holds it to this): the rest
 * have defaults that suit production. Without BOT_ID Convene runs in local mode; without DATABASE_URL on PGlite, which
 * one instance alone can use; without PUBLIC_URL its links name an address no one else can reach.
 */
export const PRODUCTION_SETTINGS = [
  'BOT_ID',
  'BOT_TENANT_ID',
  'BOT_TYPE',
  'LINK_SECRET',
  'NOTES_KEY',
  'DATABASE_URL',
  'DATABASE_AUTH',
  'CALENDAR',
  'AZURE_CLIENT_ID',
  'AZURE_TENANT_ID',
  'PUBLIC_URL',
] as const satisfies readonly (keyof typeof schema.shape)[];

/** What App Service leaves in a setting whose Key Vault reference it could not resolve. */
const KEY_VAULT_REFERENCE = '@Microsoft.KeyVault(';

export type Config = Omit<z.infer<typeof schema>, 'LINK_SECRET'> & {
  /** Signs timetable links. Local mode makes one per start, so its links die with the process. */
  LINK_SECRET: string;
  /** No BOT_ID: no Bot Framework auth, so listen on loopback only. */
  localMode: boolean;
  host: string;
  /** BOT_TENANT_ID and ALLOWED_TENANT_IDS, in lower case as Teams sends them. */
  tenants: Tenants;
  /** Where Graph's notifications may come from: the same, and the tenant Convene reads calendars in. */
  graphTenants: Tenants;
};

/** The key's 32 bytes, or undefined when it is not 64 hex digits. */
export const notesKeyBytes = (hex: string): Buffer | undefined => (/^[0-9a-f]{64}$/i.test(hex) ? Buffer.from(hex, 'hex') : undefined);

export const readConfig = (env: Record<string, string | undefined>): Config => {
  // Taken as they are, such a LINK_SECRET would be a secret anyone can read in infra/main.bicep.
  const unresolved = Object.keys(schema.shape).filter((key) => env[key]?.trim().startsWith(KEY_VAULT_REFERENCE));
  if (unresolved.length > 0) {
    throw new StartupError(
      `${unresolved.join(', ')}: App Service could not resolve the Key Vault reference (is the secret set, and may the app's identity read it? infra/README.md).`,
    );
  }
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new StartupError(`Invalid environment:\n${problems.join('\n')}`);
  }
  const config = parsed.data;
  const localMode = config.BOT_ID === undefined;
  if (config.CALENDAR === 'graph' && config.AZURE_CLIENT_ID === undefined) {
    throw new StartupError('CALENDAR=graph needs AZURE_CLIENT_ID (and AZURE_TENANT_ID with AZURE_CLIENT_SECRET, or a managed identity).');
  }
  if (config.LINK_SECRET !== undefined && config.LINK_SECRET.length < 32) {
    throw new StartupError('LINK_SECRET must be at least 32 characters (for example: openssl rand -hex 32).');
  }
  if (!localMode && config.LINK_SECRET === undefined) {
    throw new StartupError('BOT_ID is set, so LINK_SECRET is needed too: it signs the timetable links (for example: openssl rand -hex 32).');
  }
  if (config.NOTES_KEY !== undefined && notesKeyBytes(config.NOTES_KEY) === undefined) {
    throw new StartupError('NOTES_KEY must be 32 random bytes as 64 hex digits (for example: openssl rand -hex 32).');
  }
  if (!localMode && config.NOTES_KEY === undefined) {
    throw new StartupError('BOT_ID is set, so NOTES_KEY is needed too: it seals notes until their release (for example: openssl rand -hex 32).');
  }
  if (!localMode && config.BOT_TYPE !== 'MultiTenant' && config.BOT_TENANT_ID === undefined) {
    throw new StartupError(`BOT_TYPE=${config.BOT_TYPE} needs BOT_TENANT_ID: the directory (tenant) id of the bot's app registration.`);
  }
  if (!localMode && config.BOT_TYPE !== 'UserAssignedMSI' && config.BOT_PASSWORD === undefined) {
    throw new StartupError(`BOT_TYPE=${config.BOT_TYPE} needs BOT_PASSWORD: the client secret of the bot's app registration.`);
  }
  const named = [...new Set([...(config.BOT_TENANT_ID ? [config.BOT_TENANT_ID.toLowerCase()] : []), ...config.ALLOWED_TENANT_IDS])];
  if (!localMode && named.length === 0) {
    throw new StartupError(`BOT_TYPE=${config.BOT_TYPE} needs ALLOWED_TENANT_IDS (or BOT_TENANT_ID): the tenants whose Teams may use Convene.`);
  }
  checkEntraDatabase(config.DATABASE_AUTH, config.DATABASE_URL);
  const linkSecret = config.LINK_SECRET ?? randomBytes(32).toString('hex');
  const tenants: Tenants = named.length > 0 ? named : 'any';
  const graphTenants: Tenants = tenants !== 'any' && config.AZURE_TENANT_ID ? [...tenants, config.AZURE_TENANT_ID.toLowerCase()] : tenants;
  return { ...config, LINK_SECRET: linkSecret, localMode, host: localMode ? '127.0.0.1' : (config.HOST ?? '0.0.0.0'), tenants, graphTenants };
};

/** With Entra ID the password is a token Convene fetches: the server must be PostgreSQL, and the address names no password. */
const checkEntraDatabase = (auth: 'password' | 'entra', databaseUrl: string | undefined): void => {
  if (auth !== 'entra') return;
  if (databaseUrl === undefined) {
    throw new StartupError('DATABASE_AUTH=entra needs DATABASE_URL (postgres://IDENTITY-NAME@SERVER:5432/convene?sslmode=verify-full): the embedded database has no sign-in.');
  }
  if (URL.canParse(databaseUrl) && new URL(databaseUrl).password !== '') {
    throw new StartupError('DATABASE_AUTH=entra: take the password out of DATABASE_URL; Convene signs in with a Microsoft Entra token instead.');
  }
};
