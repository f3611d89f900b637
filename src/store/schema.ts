/**
 * The tables as Kysely sees them. Timestamps are written as ISO strings and read back as Dates
 * (both drivers parse timestamptz); JSON is written as text, because pg would turn a JS array into
 * a PostgreSQL array, and read back parsed.
 */
import type { ColumnType, Generated } from 'kysely';
import type { CaseForm } from '../domain/case-forms/index.js';
import type { NoteKind } from '../domain/notes/index.js';
import type { Review } from '../domain/shared/index.js';
import type { Rsvp } from '../domain/invitations/index.js';
import type { BookingStatus, CardLocation, MessageKind, MessagePayload, MessageState, ProposalPlan, ProposalStatus } from '../services/ports/index.js';

type Timestamp = ColumnType<Date, string, string>;
/** Set by the database when the row is written. */
type DefaultTimestamp = ColumnType<Date, string | undefined, string>;
type Json<T> = ColumnType<T, string, string>;

export interface ReviewsTable {
  id: string;
  name: string;
  body: Json<Review>;
  imported_by: string;
  imported_at: DefaultTimestamp;
  /** Goes up by one with each change of the row (a trigger counts it). */
  version: Generated<number>;
  /** reviewKey of the file: unique, what makes a later import the same review. */
  key: string;
  /** How many times the review has been imported; `body` is that revision's file. */
  revision: Generated<number>;
  /** When someone chose to work on it (`reviews`): chat acts on the review imported or chosen last. */
  chosen_at: ColumnType<Date | null, string | undefined, string | null>;
}

/** A file of a different review, waiting for the project team to say what becomes of the current one's events. */
export interface PendingImportsTable {
  id: string;
  body: Json<Review>;
  imported_by: string;
  created_at: DefaultTimestamp;
}

/** Every imported file of a review, by revision. */
export interface ReviewRevisionsTable {
  review_id: string;
  revision: number;
  body: Json<Review>;
  imported_by: string;
  imported_at: DefaultTimestamp;
}

export interface ProposalsTable {
  id: string;
  review_id: string;
  kind: ProposalPlan['kind'];
  plan: Json<ProposalPlan['plan']>;
  status: ProposalStatus;
  created_by: string;
  card: Json<CardLocation> | null;
  /** The review's revision it was planned from. */
  revision: number;
  created_at: DefaultTimestamp;
}

export interface BookingsTable {
  id: string;
  review_id: string;
  proposal_id: string;
  session_id: string;
  kind: string;
  transaction_id: string;
  subject: string;
  start_at: Timestamp;
  end_at: Timestamp;
  attendees: Json<string[]>;
  online: boolean;
  location: string | null;
  status: BookingStatus;
  event_id: string | null;
  ical_uid: string | null;
  join_url: string | null;
  error: string | null;
}

export interface InvitationsTable {
  id: string;
  review_id: string;
  booking_id: string;
  email: string;
  rsvp: Rsvp;
  reason: string | null;
  answered_at: Timestamp | null;
  card_sent_at: Timestamp | null;
  card_missed_at: Timestamp | null;
  card_activity_id: string | null;
  reminded_at: Timestamp | null;
  removed_at: Timestamp | null;
  previous_start: Timestamp | null;
  previous_end: Timestamp | null;
}

export interface PeopleTable {
  aad_object_id: string;
  email: string;
  updated_at: DefaultTimestamp;
}

export interface ConversationsTable {
  email: string;
  reference: Json<unknown>;
  updated_at: DefaultTimestamp;
}

/** An attendee of a local event and their answer: `pending` until they give one. */
export interface LocalAttendee {
  email: string;
  response: Rsvp;
}

export interface LocalEventsTable {
  id: string;
  organiser: string;
  transaction_id: string;
  ical_uid: string;
  subject: string;
  body: string;
  start_at: Timestamp;
  end_at: Timestamp;
  attendees: Json<LocalAttendee[]>;
  online: boolean;
  location: string | null;
  join_url: string | null;
  /** Set when the organiser cancels: the row stays, so that changes since a token can report it. */
  cancelled_at: Timestamp | null;
  /** The row's last change number (a trigger takes it from a sequence on every write); bigint, read as text. */
  change: Generated<string>;
}

export interface NotesTable {
  id: string;
  review_id: string;
  themes: Json<string[]>;
  kind: NoteKind;
  text: string;
  /** yyyy-MM-dd: the day only, by construction. */
  day: string;
  token_hash: string;
}

/** A note until its release: everything but what finds it again is sealed with NOTES_KEY (see notes-seal.ts). */
export interface HeldNotesTable {
  id: string;
  review_id: string;
  token_hash: string;
  sealed: string;
}

export interface NoteReleasesTable {
  review_id: string;
  released_at: Timestamp;
}

export interface ConcernsTable {
  id: string;
  review_id: string;
  author: string;
  text: string;
  raised_at: DefaultTimestamp;
}

export interface CaseFormsTable {
  review_id: string;
  case_id: string;
  body: Json<CaseForm>;
  saved_by: string;
  saved_at: DefaultTimestamp;
}

export interface DownloadsTable {
  token_hash: string;
  review_id: string;
  file_name: string;
  content_type: string;
  body: Uint8Array;
  expires_at: Timestamp;
}

export interface PurgesTable {
  id: string;
  review_id: string;
  purged_by: string;
  purged_at: DefaultTimestamp;
  notes: number;
  concerns: number;
}

/** A send's moment (ms since the epoch), for Teams' limits across instances (src/store/send-log.ts). */
export interface SendLogTable {
  id: ColumnType<string, never, never>;
  conversation: string;
  sent_at: number;
}

/** Teams asked a conversation to wait until then (ms since the epoch). */
export interface SendHoldsTable {
  conversation: string;
  until: number;
}

/** An outbound message (src/services/outbox): its row is the truth about whether it went. */
export interface MessagesTable {
  key: string;
  review_id: string;
  recipient: string;
  kind: MessageKind;
  payload: Json<MessagePayload>;
  due_at: Timestamp;
  state: ColumnType<MessageState, MessageState | undefined, MessageState>;
  attempts: ColumnType<number, number | undefined, number>;
  claimed_at: Timestamp | null;
  reason: string | null;
  sent_at: Timestamp | null;
  activity_id: string | null;
}

/** A Graph subscription on an organiser's events (src/services/subscriptions). */
export interface CalendarSubscriptionsTable {
  id: string;
  organiser: string;
  client_state_hash: string;
  expires_at: Timestamp;
}

/** Where an organiser's last round of calendar changes ended, for the window it was made for. */
export interface ChangeTokensTable {
  organiser: string;
  window_start: Timestamp;
  window_end: Timestamp;
  token: string;
  kept_at: DefaultTimestamp;
}

export interface Database {
  reviews: ReviewsTable;
  review_revisions: ReviewRevisionsTable;
  pending_imports: PendingImportsTable;
  proposals: ProposalsTable;
  bookings: BookingsTable;
  invitations: InvitationsTable;
  people: PeopleTable;
  conversations: ConversationsTable;
  local_events: LocalEventsTable;
  notes: NotesTable;
  held_notes: HeldNotesTable;
  note_releases: NoteReleasesTable;
  concerns: ConcernsTable;
  case_forms: CaseFormsTable;
  downloads: DownloadsTable;
  purges: PurgesTable;
  messages: MessagesTable;
  send_log: SendLogTable;
  send_holds: SendHoldsTable;
  calendar_subscriptions: CalendarSubscriptionsTable;
  change_tokens: ChangeTokensTable;
}
