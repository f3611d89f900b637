/** What could not be reached: the answer to the person names it. */
export type OutageSystem = 'database' | 'teams';

/**
 * Thrown by an adapter when the system behind it failed (the database, Teams): not the person's doing, so
 * never a UserError. src/bot/ logs it with its cause and answers it as an outage.
 */
export class Outage extends Error {
  constructor(
    readonly system: OutageSystem,
    cause: unknown,
  ) {
    super(`${system} failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'Outage';
  }
}
