/**
 * The ports the services talk through. Adapters: src/graph/ (calendars) and src/store/ (database).
 * Everything here is plain data; Bot Framework types never appear (conversation references are opaque).
 */
import type { CaseReviewPlan } from '../../domain/case-reviews/index.js';
import type { OnSitePlan } from '../../domain/on-site/index.js';
import type { ChangePlan } from '../../domain/replan/index.js';
import type { UtcInterval, BusyByPerson } from '../../domain/shared/index.js';
import type { Rsvp, RsvpAnswer } from '../../domain/invitations/index.js';
import type {
  CaseFormRepository,
  ConcernRepository,
  DownloadRepository,
  NoteRepository,
  PurgeRepository,
} from './evidence-ports.js';
import type { MessageRepository, SendLog } from './outbox-ports.js';
import type { ReviewRepository } from './review-ports.js';
import type { SubscriptionRepository } from './calendar-subscription-ports.js';
import type { CalendarChanges, ChangeTokenRepository, EventState, EventUpdate } from './calendar-change-ports.js';

// ---- Calendar ----

export interface NewEvent {
  /** Stable for one booking: a retried create with the same id must not make a second event. */
  transactionId: string;
  subject: string;
  body: string;
  /** UTC ISO instants: Outlook shows each person the time in their own zone. */
  start: string;
  end: string;
  /** Required attendees (lower-case emails). */
  attendees: string[];
  online: boolean;
  location?: string;
}

export interface CalendarEvent {
  /** The event's id in the organiser's mailbox. */
  id: string;
  /** The same in every attendee's calendar: how an attendee's copy is found. */
  iCalUId: string;
  joinUrl?: string;
}

export interface CalendarPort {
  /** Busy intervals of each person in the window (people the calendar does not know are simply free). */
  getBusy(organiser: string, emails: string[], window: UtcInterval): Promise<BusyByPerson>;
  createEvent(organiser: string, event: NewEvent): Promise<CalendarEvent>;
  /**
   * Many events in the organiser's mailbox, answered in the order given: each the event, or the Error that
   * stopped it (the others still go in). Same transactionId rule as createEvent.
   */
  createEvents(organiser: string, events: NewEvent[]): Promise<(CalendarEvent | Error)[]>;
  /** Writes an attendee's answer on their copy of the event (Graph accept / tentativelyAccept / decline). */
  respond(attendee: string, iCalUId: string, answer: RsvpAnswer, comment?: string): Promise<void>;
  /**
   * Changes the organiser's event (EventUpdate says who hears of what). Only what differs from the event as it is
   * now is changed, so the same update applied twice leaves the same event, and the second sends no mail (but for a
   * body through Graph: graph-event-update.ts). Undefined when the event is no longer in the organiser's calendar
   * (cancelled or deleted): nothing is changed.
   */
  updateEvent(organiser: string, eventId: string, update: EventUpdate): Promise<CalendarEvent | undefined>;
  /**
   * Cancels the organiser's event and sends every attendee a cancellation with the comment (only the organiser can:
   * Graph's cancel). An event already cancelled or deleted is left so, without an error.
   */
  cancelEvent(organiser: string, eventId: string, comment?: string): Promise<void>;
  /**
   * The organiser's events in the window that changed since `token` (moved, cancelled, answered); with no token,
   * every event in the window. Either way with the token for the next call.
   */
  changesSince(organiser: string, window: UtcInterval, token?: string): Promise<CalendarChanges>;
  /** The organiser's event as it is now: what changesSince's `removed` was (cancelled, deleted, or moved out of the window). */
  eventState(organiser: string, eventId: string): Promise<EventState>;
}

// ---- Store ----

export type ProposalStatus = 'proposed' | 'booking' | 'booked' | 'cancelled';

/** Where a card was posted, so it can be updated in place later. `reference` is opaque to services. */
export interface CardLocation {
  activityId: string;
  reference: unknown;
}

/** What a proposal proposes: the case-review calls, the on-site programme, or changes to what is booked. */
export type ProposalPlan = { kind: 'caseReviews'; plan: CaseReviewPlan } | { kind: 'onSite'; plan: OnSitePlan } | { kind: 'changes'; plan: ChangePlan };

/** `revision`: the review's revision the plan was made from; Confirm refuses it once the review has moved on. */
export type NewProposal = { reviewId: string; revision: number; createdBy: string } & ProposalPlan;

export type Proposal = NewProposal & {
  id: string;
  status: ProposalStatus;
  card?: CardLocation;
};

export type CaseReviewsProposal = Extract<Proposal, { kind: 'caseReviews' }>;
export type OnSiteProposal = Extract<Proposal, { kind: 'onSite' }>;
export type ChangesProposal = Extract<Proposal, { kind: 'changes' }>;

export interface ProposalRepository {
  create(proposal: NewProposal): Promise<Proposal>;
  get(id: string): Promise<Proposal | undefined>;
  /** The newest proposal of this kind for the review that was not cancelled. */
  latest(reviewId: string, kind: Proposal['kind']): Promise<Proposal | undefined>;
  setCard(id: string, card: CardLocation): Promise<void>;
  /** Moves the status only if it is one of `from`; false when it was not (someone else moved it). */
  transition(id: string, from: ProposalStatus[], to: ProposalStatus): Promise<boolean>;
  /** The review's proposals whose booking began and did not finish, oldest first. */
  unfinished(reviewId: string): Promise<Proposal[]>;
}

/**
 * What claiming a proposal for booking found. `claimed`: it was proposed and is now booking; `resumed`: it
 * was booking already (a run may be live, or died). Either way its bookings and invitations are all stored.
 */
export type BookingClaim = 'claimed' | 'resumed' | 'superseded' | 'cancelled' | 'booked' | 'missing';

export interface BookingClaimRepository {
  /**
   * In one transaction: moves the proposal to booking (only while its review is the latest), and stores
   * every booking intent and every attendee's invitation, so nothing is sent for a half-written plan.
   */
  claim(proposalId: string, intents: BookingIntent[]): Promise<BookingClaim>;
}

/** One holder at a time per key, across every bot instance on the database; a holder that dies lets go. */
export interface RunLock {
  /** The release, or undefined when someone else holds the key. */
  tryLock(key: string): Promise<(() => Promise<void>) | undefined>;
}

/** `cancelled`: it was in calendars and is no more (the file dropped it, or the project team cancelled it). */
export type BookingStatus = 'pending' | 'booked' | 'failed' | 'cancelled';

/** The record of one session going into the calendar: written before Graph is called. */
export interface Booking {
  id: string;
  reviewId: string;
  proposalId: string;
  /** The case id, the on-site session id, or a fixed item's key. */
  sessionId: string;
  /** caseReview, or the on-site session's kind. */
  kind: string;
  transactionId: string;
  subject: string;
  start: string;
  end: string;
  attendees: string[];
  online: boolean;
  location?: string;
  status: BookingStatus;
  eventId?: string;
  iCalUId?: string;
  joinUrl?: string;
  error?: string;
}

export type BookingIntent = Omit<Booking, 'id' | 'status' | 'eventId' | 'iCalUId' | 'joinUrl' | 'error'>;

/** What a booked session becomes once its event has been changed: the session id too (a session renamed in the file). */
export type SessionUpdate = Pick<Booking, 'sessionId' | 'subject' | 'start' | 'end' | 'attendees' | 'online' | 'location' | 'joinUrl'>;

/** The invitations a session update touched. */
export interface UpdatedInvitations {
  /** People new to the session (or back after being removed): pending, their invite card still to go. */
  added: Invitation[];
  /** People no longer needed there. */
  removed: Invitation[];
  /** The session moved: everyone still in it, asked again (pending, with the time it moved from). */
  askedAgain: Invitation[];
}

export interface BookingRepository {
  /**
   * Records intents; one booking per (review, session): an intent for a session that already has a
   * booking is ignored. Returns the bookings of the given sessions as stored.
   */
  recordIntents(intents: BookingIntent[]): Promise<Booking[]>;
  /** The review's bookings, in time order; cancelled ones are history, left out (`get` still finds them). */
  forReview(reviewId: string): Promise<Booking[]>;
  /** The proposal's own bookings not cancelled, in time order. */
  forProposal(proposalId: string): Promise<Booking[]>;
  get(id: string): Promise<Booking | undefined>;
  markBooked(id: string, event: CalendarEvent): Promise<void>;
  markFailed(id: string, error: string): Promise<void>;
  /**
   * In one transaction, after the event was changed: the booking becomes `to`; people new to it get invitations,
   * people gone from it are removed from theirs, and if its time changed every remaining answer goes back to pending,
   * keeping the time it moved from. The same update again changes nothing and answers empty lists.
   */
  applyUpdate(id: string, to: SessionUpdate, at: string): Promise<UpdatedInvitations>;
  /** After its event was cancelled; false when it was cancelled already. */
  cancel(id: string): Promise<boolean>;
}

export interface Invitation {
  id: string;
  reviewId: string;
  bookingId: string;
  email: string;
  rsvp: Rsvp;
  reason?: string;
  answeredAt?: string;
  /** When the invite card went to the person's chat; undefined while they have only the calendar invite. */
  cardSentAt?: string;
  /** When the card was due and the person had no chat with the bot. */
  cardMissedAt?: string;
  /** The invite card's activity in the person's chat: updated when they answer on another card. */
  cardActivityId?: string;
  /** The last Remind now for it. */
  remindedAt?: string;
  /** The person is no longer needed at the session (listings leave it out; its card says so). */
  removedAt?: string;
  /** The session moved since they answered: the time it was, shown struck through until they answer again. */
  movedFrom?: UtcInterval;
}

export interface AnswerRecorded {
  /** The invitation as it was: the answer this one replaced. */
  before: Invitation;
  /** As it is now; undefined when nothing was recorded: it is someone else's, they were removed, or the session is cancelled. */
  invitation?: Invitation;
  booking: Booking;
  /** For `reviews.get`. */
  reviewVersion: number;
}

export interface InvitationRepository {
  /** One invitation per (booking, email); existing ones are kept as they are. */
  ensure(reviewId: string, bookingId: string, emails: string[]): Promise<Invitation[]>;
  get(id: string): Promise<Invitation | undefined>;
  /** The invitation, its booking and its review's version (for `reviews.get`), in one read. */
  withBooking(id: string): Promise<{ invitation: Invitation; booking: Booking; reviewVersion: number } | undefined>;
  forReview(reviewId: string): Promise<Invitation[]>;
  forEmail(reviewId: string, email: string): Promise<Invitation[]>;
  answer(id: string, rsvp: Rsvp, reason: string | undefined, at: string): Promise<Invitation>;
  /** Records the answer only if the invitation is `email`'s, in one step; undefined when there is no such invitation. */
  answerAs(id: string, email: string, rsvp: Rsvp, reason: string | undefined, at: string): Promise<AnswerRecorded | undefined>;
  /** Every invitation of the booking, those removed from it too, by email. */
  allOf(bookingId: string): Promise<Invitation[]>;
  /** The invitations of these bookings (not those removed), in the order of the bookings given, then by email. */
  forBookings(bookingIds: string[]): Promise<Invitation[]>;
  /** `at`: the bot's clock, which the reminder rules compare with. */
  markCardSent(id: string, at: string, activityId?: string): Promise<void>;
  markCardMissed(id: string, at: string): Promise<void>;
  markReminded(ids: string[], at: string): Promise<void>;
}

/** Who is who in Teams: aadObjectId → email (cached), and how to reach them proactively. */
export interface PeopleRepository {
  emailFor(aadObjectId: string): Promise<string | undefined>;
  remember(aadObjectId: string, email: string): Promise<void>;
  /** Keeps the latest; true when it is the first ever kept for that person, told apart in the same statement. */
  saveConversation(email: string, reference: unknown): Promise<boolean>;
  /** Keeps `reference` only if none is kept for them yet (one Teams announced wins); answers the one kept. */
  keepConversation(email: string, reference: unknown): Promise<unknown>;
  conversationFor(email: string): Promise<unknown | undefined>;
  /** The references kept last, latest first, at most `limit`. */
  latestConversations(limit: number): Promise<unknown[]>;
}

/** Structured logs without personal data. */
export interface Log {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}

export interface Store {
  reviews: ReviewRepository;
  proposals: ProposalRepository;
  claims: BookingClaimRepository;
  runs: RunLock;
  bookings: BookingRepository;
  invitations: InvitationRepository;
  people: PeopleRepository;
  notes: NoteRepository;
  concerns: ConcernRepository;
  caseForms: CaseFormRepository;
  downloads: DownloadRepository;
  purges: PurgeRepository;
  messages: MessageRepository;
  sendLog: SendLog;
  subscriptions: SubscriptionRepository;
  changeTokens: ChangeTokenRepository;
  close(): Promise<void>;
}
