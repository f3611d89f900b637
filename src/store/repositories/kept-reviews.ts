import type { StoredReview } from '../../services/ports/index.js';

/** Reviews in use at once: the live one and a few earlier imports that messages still name. */
const KEPT = 16;

/**
 * Parsed reviews this process has read, each with the version it was read at. Every caller gets the same
 * object, so it is frozen: a caller that changed it would change it for all.
 */
export class KeptReviews {
  private readonly byId = new Map<string, { version: number; stored: StoredReview }>();

  get(id: string, version: number): StoredReview | undefined {
    const kept = this.byId.get(id);
    return kept?.version === version ? kept.stored : undefined;
  }

  keep(id: string, version: number, stored: StoredReview): StoredReview {
    const kept = this.byId.get(id);
    // Two reads racing an update: the newer version stays.
    if (kept && kept.version > version) return kept.stored;
    this.byId.delete(id);
    if (this.byId.size >= KEPT) this.byId.delete(this.byId.keys().next().value!);
    this.byId.set(id, { version, stored: deepFreeze(stored) });
    return stored;
  }
}

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
};
