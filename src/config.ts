/** Every environment variable Convene reads, checked once at start-up. `.env.example` documents each. */
import { z } from 'zod';

const optional = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: optional,
  PUBLIC_URL: optional,
  BOT_ID: optional,
  BOT_PASSWORD: optional,
  BOT_TENANT_ID: optional,
  BOT_TYPE: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('SingleTenant'),
  DATABASE_URL: optional,
  DATA_DIR: z.string().default('./data'),
  CALENDAR: z.enum(['local', 'graph']).default('local'),
  GRAPH_BASE_URL: optional,
  AZURE_TENANT_ID: optional,
  AZURE_CLIENT_ID: optional,
  AZURE_CLIENT_SECRET: optional,
  DEMO_REVIEW: optional,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = z.infer<typeof schema> & {
  /** No BOT_ID: no Bot Framework auth, so listen on loopback only. */
  localMode: boolean;
  host: string;
};

export const readConfig = (env: Record<string, string | undefined>): Config => {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${problems.join('\n')}`);
  }
  const config = parsed.data;
  const localMode = config.BOT_ID === undefined;
  if (config.CALENDAR === 'graph' && config.AZURE_CLIENT_ID === undefined) {
    throw new Error('CALENDAR=graph needs AZURE_CLIENT_ID (and AZURE_TENANT_ID with AZURE_CLIENT_SECRET, or a managed identity).');
  }
  return { ...config, localMode, host: localMode ? '127.0.0.1' : (config.HOST ?? '0.0.0.0') };
};
