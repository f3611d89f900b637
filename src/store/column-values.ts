/** Conversions between column values and the shapes the ports promise. */

/** A timestamp as a UTC ISO string (`2026-01-14T09:00:00.000Z`). */
export const isoString = (value: Date | string): string => new Date(value).toISOString();

/** Optional fields are absent, never null. */
export const optional = <T>(value: T | null): T | undefined => value ?? undefined;

export const json = (value: unknown): string => JSON.stringify(value);

export const lowerCase = (email: string): string => email.trim().toLowerCase();

/** Emails lower-cased and each once, in first-seen order. */
export const uniqueEmails = (emails: readonly string[]): string[] => [...new Set(emails.map(lowerCase))];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids arrive in card data; one that is not a uuid finds nothing rather than failing the query. */
export const isUuid = (id: string): boolean => UUID.test(id);
