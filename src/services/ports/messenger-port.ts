/**
 * What the services tell people proactively, in their 1:1 chats, and the proposal card's progress, where it was
 * posted. The services say what to send; src/bot/ builds the card (src/cards/) and sends it, so no service knows
 * a card or a template.
 */
import type { CaseForm } from '../../domain/case-forms/index.js';
import type { AlternativeTime, Replacement } from '../../domain/declines/index.js';
import type { BookedSession } from '../../domain/revisions/index.js';
import type { Review } from '../../domain/shared/index.js';
import type { OutlookChange } from './calendar-change-ports.js';
import type { Concern } from './evidence-ports.js';
import type { Booking, CardLocation, Invitation, Proposal } from './ports.js';
import type { BookingProgress, ReviewDigest } from './read-models.js';

/** An Adaptive Card as JSON, built by src/cards/. */
export interface CardJson {
  type: 'AdaptiveCard';
  [key: string]: unknown;
}

export interface InviteNotice {
  review: Review;
  booking: Booking;
  invitation: Invitation;
}

export interface ConcernNotice {
  review: Review;
  concern: Concern;
}

/** A fresh decline, told to each of the project team but the one who declined, with what they can do about it. */
export type DeclineNotice = InviteNotice & {
  /** Undefined when the session is no longer booked. */
  choices?: { session: BookedSession; alternatives: AlternativeTime[]; replacements: Replacement[] };
};

/** To each of the project team: a session moved or cancelled in the organiser's calendar, and the booking as it is now. */
export interface OutlookChangeNotice {
  review: Review;
  booking: Booking;
  change: OutlookChange;
}

/** After a session: a peer is asked for notes, a case reviewer for the EHCP form. */
export type SessionPrompt =
  | { kind: 'note'; review: Review; /** The session's UTC start. */ start: string; /** The note card's opaque context. */ noteContext: string }
  | { kind: 'caseForm'; review: Review; form: CaseForm; saved: boolean; /** yyyy-MM-dd in the review's zone. */ today: string };

/** A reminder to answer, or the joining details the working day before: the invite's session with a word on top. */
export interface ReminderNotice extends InviteNotice {
  reminder: 'noReply' | 'joiningDetails';
}

/** The proposal card while it is booked: the proposal as it stands, and how far its booking run got. */
export interface ProgressNotice {
  review: Review;
  proposal: Proposal;
  progress: BookingProgress;
}

/** What the outbox sends, built from what is true when it is sent. */
export type Notice =
  | ({ kind: 'invite' } & InviteNotice)
  | ({ kind: 'concern' } & ConcernNotice)
  | ({ kind: 'decline' } & DeclineNotice)
  | ({ kind: 'changedInOutlook' } & OutlookChangeNotice)
  | { kind: 'prompt'; prompt: SessionPrompt }
  | ({ kind: 'reminder' } & ReminderNotice)
  | { kind: 'digest'; digest: ReviewDigest }
  | ({ kind: 'progress' } & ProgressNotice);

/** Teams said no to a send: its HTTP status, and how long it asked to wait (Retry-After, seconds). */
export class SendRefused extends Error {
  constructor(
    readonly status: number,
    readonly retryAfterSeconds: number | undefined,
    detail: string,
  ) {
    super(`Teams answered ${status}: ${detail}`);
    this.name = 'SendRefused';
  }
}

/** What installing Convene for a person came to. */
export type Installed = 'installed' | 'alreadyInstalled' | 'notAllowed';

/** A person's 1:1 chat with Convene as Graph names it, before any turn has come from it. */
export interface InstalledChat {
  /** Graph's chat id, which Teams also takes as the conversation to send into. */
  chatId: string;
  /** The chat's tenant: chats Convene keeps there give its Teams address. */
  tenantId: string;
  /** The person's Microsoft Entra object id. */
  userId: string;
}

/** Installs Convene in a person's Teams, so that a card can reach them; Teams then tells the bot of the new chat. */
export interface AppInstaller {
  installFor(email: string): Promise<Installed>;
  /**
   * The chat of Convene's installation for them, for when Teams will not announce it (installed before, by an
   * admin or earlier); undefined when there is none or they are not in the tenant. Throws Outage.
   */
  chatFor(email: string): Promise<InstalledChat | undefined>;
}

/** Email from the review's organiser mailbox (Graph sendMail): for someone with no chat with Convene. */
export interface Mailer {
  sendReminder(from: string, to: string, notice: ReminderNotice): Promise<void>;
}

export interface Messenger {
  /** Sends the notice's card into the conversation `reference` names; the new activity's id. Throws SendRefused. */
  deliver(reference: unknown, notice: Notice): Promise<string | undefined>;
  /**
   * A conversation reference for a chat Graph named, addressed as the first of `kept` (references Convene keeps,
   * latest first) in the same tenant is; undefined when none of them is in that tenant.
   */
  referenceFor(chat: InstalledChat, kept: readonly unknown[]): unknown | undefined;
  /** Replaces the card at `card` with the notice's card, in place. Throws SendRefused. */
  replaceCard(card: CardLocation, notice: Notice): Promise<void>;
  /** The conversation `reference` names: what Teams' limits are counted per. */
  conversationOf(reference: unknown): string;
}
