import { earliestDate, parseReviewFile, shiftWeeks } from '../../domain/review-file/index.js';
import { revisionChanges } from '../../domain/revisions/index.js';
import type { BookedSession } from '../../domain/revisions/index.js';
import { ok, reviewKey, userError, type BusyByPerson, type Result, type Review, type UserError } from '../../domain/shared/index.js';
import { isProjectTeam, type Admins } from '../shared/index.js';
import type { CalendarPort, Imported, Log, ReviewRepository, Store, StoredReview } from '../ports/index.js';
import { bookedSessions } from './booked-sessions.js';

/**
 * The demo's dates as `npm start` moved them (DEMO_REVIEW_AHEAD): its key, and by how many weeks. A file of the demo
 * imported again with its dates still in the past (the example file, edited) is moved as far, so that it is a
 * revision of the programme that is booked, not of one months ago.
 */
export interface DemoDates {
  key: string;
  weeks: number;
}

type Deps = {
  store: Pick<Store, 'reviews' | 'bookings'>;
  /** Read for who is busy now at the booked sessions' times; without it only the file's busy times count. */
  calendar?: Pick<CalendarPort, 'getBusy'>;
  log?: Log;
  demoDates?: DemoDates;
  now?: () => string;
  /** Who may import the first review, and who is on every project team; without it, anyone may import first. */
  admins?: Admins;
};

/**
 * Everyone's calendar over what is booked, for the clashes a revision makes. An outage of the calendar does not stop
 * the import: the reply then tells only the file's clashes, and `review changes` reads the calendars again.
 */
const calendarBusy = async (deps: Deps, review: Review, booked: readonly BookedSession[]): Promise<BusyByPerson> => {
  if (!deps.calendar || booked.length === 0) return new Map();
  const people = [...new Set(booked.flatMap((b) => [...b.attendees, ...b.peers]))];
  const window = { start: booked.map((b) => b.start).sort()[0]!, end: booked.map((b) => b.end).sort().at(-1)! };
  return deps.calendar.getBusy(review.organiser, people, window).catch((error: unknown) => {
    deps.log?.warn({ err: String(error) }, 'calendar not read for the import: only the file’s busy times are told');
    return new Map();
  });
};

const asTheDemo = (deps: Deps, text: string, review: Review): { text: string; weeks: number } | undefined => {
  const demo = deps.demoDates;
  const first = earliestDate(text);
  const today = deps.now?.().slice(0, 10);
  if (!demo || !first || !today || reviewKey(review) !== demo.key || first >= today) return undefined;
  return { text: shiftWeeks(text, demo.weeks), weeks: demo.weeks };
};

const notOnTeam = (name: string): UserError => userError('ACCESS.DENIED', `Sorry, only the project team of ${name} can import a review.`);

/**
 * Whether this person may import anything at all: someone on the project team of the review chat acts on, or,
 * before the first import, an admin (anyone in local mode without ADMINS). Asked before an attached file is
 * downloaded, so a stranger makes the bot fetch nothing; the file's own review is checked once it is read.
 */
export const mayImport = async (reviews: ReviewRepository, importer: string, admins?: Admins): Promise<UserError | undefined> => {
  const current = await reviews.latest();
  if (!current) return admins?.firstImport(importer);
  return isProjectTeam(current.review, importer) ? undefined : notOnTeam(current.review.name);
};

/**
 * Imports a review file. Nothing is stored unless the whole file is valid and the importer is on the new file's
 * project team (so they can manage it after) and on the review's own, for a revision, or on the current review's,
 * for a new one.
 */
export const importReview = async (deps: Deps, text: string, importer: string): Promise<Result<Imported>> => {
  const { store } = deps;
  let parsed = parseReviewFile(text);
  if (!parsed.ok) {
    // A stranger learns nothing of the file's problems.
    return (await mayImport(store.reviews, importer, deps.admins)) ?? parsed;
  }
  const demo = asTheDemo(deps, text, parsed.value);
  if (demo) parsed = parseReviewFile(demo.text);
  if (!parsed.ok) return parsed;
  const review = parsed.value;
  const existing = await store.reviews.byKey(reviewKey(review));
  if (existing && !isProjectTeam(existing.review, importer)) return notOnTeam(existing.review.name);
  if (!existing) {
    const refused = await mayImport(store.reviews, importer, deps.admins);
    if (refused) return refused;
  }
  if (!isProjectTeam(review, importer) && !deps.admins?.isAdmin(importer)) {
    return userError(
      'ACCESS.DENIED',
      `You are not in this file's review.projectTeam, so you could not manage the review after importing it. Add ${importer} to review.projectTeam and send the file again.`,
    );
  }
  if (existing) {
    // A file that says nothing of reminders leaves the policy as it is (perhaps set from chat).
    const next = review.reminders || !existing.review.reminders ? review : { ...review, reminders: existing.review.reminders };
    const stored = await store.reviews.revise(existing.id, next, importer);
    if (!stored) return userError('REVIEW.NONE', 'The review was removed meanwhile, so nothing was imported. Send the file again.');
    const booked = bookedSessions(existing.review, await store.bookings.forReview(stored.id));
    const changes = revisionChanges(existing.review, stored.review, booked, await calendarBusy(deps, stored.review, booked));
    return ok({ kind: 'revision', stored, previous: existing.review, changes, ...(demo ? { movedWeeks: demo.weeks } : {}) });
  }
  const current = await store.reviews.latest();
  const booked = current ? (await store.bookings.forReview(current.id)).filter((booking) => booking.status === 'booked').length : 0;
  if (current && booked > 0) return ok({ kind: 'held', held: await store.reviews.hold(review, importer), review, current, booked });
  return ok({ kind: 'new', stored: await store.reviews.save(review, importer) });
};

/** A press on a held import's card that finds nothing to take: a second press, or someone else's. */
export const HELD_GONE = userError('IMPORT.GONE', 'This file was imported already, or is not one you sent: send it with **import** if you still want it.');

/**
 * The importer's answer to their held import: it becomes a new review, and chat acts on it from now. The current
 * review's events stay in calendars. Taken once: a second press finds nothing held.
 */
export const importHeld = async ({ store }: Deps, held: unknown, asker: string): Promise<Result<StoredReview>> => {
  if (typeof held !== 'string') return HELD_GONE;
  const taken = await store.reviews.takeHeld(held, asker);
  return taken ? ok(await importTaken(store.reviews, taken.review, asker)) : HELD_GONE;
};

/**
 * A held file, taken: a new review; or, if one of its key was imported meanwhile (another person, or the same file
 * twice), that review's next revision. Taking it was the one press that acts, so it is imported whatever happened since.
 */
export const importTaken = async (reviews: ReviewRepository, review: Review, asker: string): Promise<StoredReview> => {
  const existing = await reviews.byKey(reviewKey(review));
  return (existing && (await reviews.revise(existing.id, review, asker))) ?? reviews.save(review, asker);
};

/** The importer's "Don't import": their held file is dropped, once; answers its review's name, if it was theirs. */
export const dropHeld = async ({ store }: Deps, held: unknown, asker: string): Promise<string | undefined> => {
  const taken = typeof held === 'string' ? await store.reviews.takeHeld(held, asker) : undefined;
  return taken?.review.name;
};
