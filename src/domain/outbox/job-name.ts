/**
 * The name of a try of an outbox message: its key, how many tries it had had, and the moment the try is for.
 * Each new try is a new name, so a queue that refuses a second job of one name never refuses a real retry.
 */
export const jobName = (key: string, attempts: number, at?: string): string => `${key}#${attempts}#${at ?? ''}`;
