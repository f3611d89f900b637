/**
 * The store's ports for the peer team's evidence: notes, concerns, EHCP forms, and what goes with them.
 * Notes are non-attributable by construction: nothing here can hold a note's author, session or time.
 */
import type { CaseForm } from '../../domain/case-forms/index.js';
import type { Note, NoteKind } from '../../domain/notes/index.js';

export type NewNote = Omit<Note, 'id'>;

export interface NoteChange {
  themes: string[];
  kind: NoteKind;
  text: string;
}

/** A note as its author's card reaches it: held until the next release, or in the collections. */
export type OwnNote = Note & { held: boolean };

/**
 * Notes are held (sealed with NOTES_KEY) until a release writes them into the collections, a batch at a time in
 * random order, so that no row's order or time says who wrote which note when.
 */
export interface NoteRepository {
  /** Holds a new note. tokenHash: the hash of the capability token in the author's card; the token itself is never stored. */
  add(note: NewNote, tokenHash: string): Promise<OwnNote>;
  /**
   * The note, held or released, found by its token's hash alone: a release gives the note a new id and keeps the
   * hash only in a form the held row's cannot be matched with, so nothing ties a released note to its held row.
   */
  withToken(tokenHash: string): Promise<OwnNote | undefined>;
  /** Holds the corrected note until the next release; a released one leaves the collections at once. */
  update(tokenHash: string, change: NoteChange): Promise<OwnNote | undefined>;
  remove(tokenHash: string): Promise<boolean>;
  /** The released notes, sorted by kind, then text: the order says nothing of when a note was written. */
  forReview(reviewId: string): Promise<Note[]>;
  /** How many notes wait for the next release. */
  heldCount(reviewId: string): Promise<number>;
  /** Reviews with notes waiting. */
  reviewsHolding(): Promise<string[]>;
  /** When the review's notes were last released (or the release clock started), UTC ISO. */
  lastRelease(reviewId: string): Promise<string | undefined>;
  /** Starts the release clock of a review that has none, without releasing anything. */
  startReleases(reviewId: string, at: string): Promise<void>;
  /**
   * Moves every held note of the review into the collections in one transaction, in random order, and records the
   * release. Notes sealed with another key stay held and are counted as unreadable.
   */
  release(reviewId: string, at: string): Promise<{ released: number; unreadable: number }>;
  /** Rewrites the notes tables when a note was changed, deleted or released since the last time, so no earlier text stays on their pages. */
  scrub(): Promise<boolean>;
}

/** A safeguarding or whistle-blowing concern: not a note. It keeps its author, so it can be followed up. */
export interface Concern {
  id: string;
  reviewId: string;
  author: string;
  text: string;
  raisedAt: string;
}

export interface ConcernRepository {
  add(concern: Omit<Concern, 'id' | 'raisedAt'>): Promise<Concern>;
  get(id: string): Promise<Concern | undefined>;
  forReview(reviewId: string): Promise<Concern[]>;
}

export interface StoredCaseForm {
  form: CaseForm;
  savedBy: string;
  savedAt: string;
}

export interface CaseFormRepository {
  save(form: CaseForm, savedBy: string): Promise<void>;
  get(reviewId: string, caseId: string): Promise<StoredCaseForm | undefined>;
  forReview(reviewId: string): Promise<StoredCaseForm[]>;
}

export interface Download {
  reviewId: string;
  fileName: string;
  contentType: string;
  body: Uint8Array;
}

/** Files waiting to be fetched once: through a one-time link, or the Teams file consent flow. */
export interface DownloadRepository {
  put(tokenHash: string, download: Download, expiresAt: string): Promise<void>;
  /**
   * Saves the files of one review, all or none, unless it has had more than `purgesSeen` purges: checked and
   * saved while holding the review against a purge, so that no file made from purged notes outlives it.
   */
  putUnlessPurged(files: { tokenHash: string; download: Download }[], expiresAt: string, purgesSeen: number): Promise<boolean>;
  /** The file, deleted as it is taken; undefined when unknown, taken or expired. */
  take(tokenHash: string, now: string): Promise<Download | undefined>;
}

export interface PurgeRecord {
  reviewId: string;
  purgedBy: string;
  purgedAt: string;
  notes: number;
  concerns: number;
}

export interface PurgeRepository {
  /**
   * Deletes every note, concern and waiting export of the review and records the counts, in one transaction
   * that holds the review, so that an export saving its files waits for it or it waits for the export.
   */
  purge(reviewId: string, purgedBy: string): Promise<PurgeRecord>;
  forReview(reviewId: string): Promise<PurgeRecord[]>;
}
