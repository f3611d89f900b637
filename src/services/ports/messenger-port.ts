/**
 * What the services tell people proactively, in their 1:1 chats. The services say what to send; src/bot/
 * builds the card (src/cards/) and sends it, so no service knows a card or a template.
 */
import type { CaseForm } from '../../domain/case-forms/index.js';
import type { Review } from '../../domain/shared/index.js';
import type { Concern } from './evidence-ports.js';
import type { Booking, Invitation } from './ports.js';

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

/** A fresh decline, told to each of the project team but the one who declined. */
export type DeclineNotice = InviteNotice;

/** After a session: a peer is asked for notes, a case reviewer for the EHCP form. */
export type SessionPrompt =
  | { kind: 'note'; review: Review; /** The session's UTC start. */ start: string; /** The note card's opaque context. */ noteContext: string }
  | { kind: 'caseForm'; review: Review; form: CaseForm; saved: boolean; /** yyyy-MM-dd in the review's zone. */ today: string };

/** Each resolves false when the person has no conversation with the bot (they never installed or wrote to it). */
export interface Messenger {
  sendInvite(email: string, invite: InviteNotice): Promise<boolean>;
  sendConcern(email: string, notice: ConcernNotice): Promise<boolean>;
  sendPrompt(email: string, prompt: SessionPrompt): Promise<boolean>;
  sendDecline(email: string, notice: DeclineNotice): Promise<boolean>;
}
