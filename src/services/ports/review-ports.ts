/** Reviews as the store keeps them: one row per review, each import of it a revision. */
import type { RevisionChange } from '../../domain/revisions/index.js';
import type { ReminderPolicy, Review } from '../../domain/shared/index.js';

export interface StoredReview {
  id: string;
  /** reviewKey(review): what makes a later import the same review. */
  key: string;
  /** 1 for the first import; each import of the same key adds one. */
  revision: number;
  review: Review;
  importedBy: string;
  importedAt: string;
}

export interface ReviewSummary {
  id: string;
  key: string;
  name: string;
  revision: number;
  importedAt: string;
}

export interface ReviewRepository {
  /** A new review, its first revision. Its key must be new (`byKey` finds none). */
  save(review: Review, importedBy: string): Promise<StoredReview>;
  /** The next revision of review `id`: its file replaced, the earlier one kept; everything attached stays attached. */
  revise(id: string, review: Review, importedBy: string): Promise<StoredReview | undefined>;
  /** The review a file of this key (reviewKey) belongs to, if Convene has it. */
  byKey(key: string): Promise<StoredReview | undefined>;
  /** The file of an earlier (or the current) revision. */
  revision(id: string, revision: number): Promise<Review | undefined>;
  /** Makes it the review chat acts on (the one imported or chosen last); false when there is no such review. */
  choose(id: string): Promise<boolean>;
  /** Every review, the one chat acts on first. */
  list(): Promise<ReviewSummary[]>;
  /** Keeps a file that waits for an answer (a different review while the current one is booked); its id. */
  hold(review: Review, importedBy: string): Promise<string>;
  /** Takes a held file, once and only by whoever sent it: a second take (a double click) finds nothing. */
  takeHeld(id: string, importedBy: string): Promise<{ review: Review; importedBy: string } | undefined>;
  /** The review imported or chosen last: the one chat commands act on. */
  latest(): Promise<StoredReview | undefined>;
  /**
   * The review as stored; the same object to every caller until it changes, so never change it. `version`, when the
   * caller has just read it (with an invitation), saves reading it again.
   */
  get(id: string, version?: number): Promise<StoredReview | undefined>;
  /** Replaces the review's reminder policy, as the project team set it from chat; the review otherwise stays as imported. */
  setReminders(id: string, policy: ReminderPolicy): Promise<StoredReview | undefined>;
}

/**
 * What an import came to. A file of a review Convene has is its next revision; one of a different review is a new
 * review, unless the review chat acts on has bookings: then it is held until the project team says what becomes of
 * that review's events.
 */
export type Imported =
  | { kind: 'new'; stored: StoredReview }
  /** `changes`: what the new revision changes against what is booked (not applied). */
  /** `movedWeeks`: the demo's file, its dates moved ahead as the demo's were on start (`DemoDates`). */
  | { kind: 'revision'; stored: StoredReview; previous: Review; changes: RevisionChange[]; movedWeeks?: number }
  | { kind: 'held'; held: string; review: Review; current: StoredReview; booked: number };

export interface ReviewListing {
  reviews: {
    id: string;
    name: string;
    revision: number;
    importedAt: string;
    /** For showing times: the review's own zone. */
    timeZone: string;
    booked: number;
    /** The one chat works on. */
    current: boolean;
    /** The asker is on its project team, so may make chat work on it. */
    mayChoose: boolean;
  }[];
}
