/**
 * The project team's answer to a decline, in one click: another time, someone in the decliner's place, keeping the
 * session without them, or cancelling it. It is checked again against the calendars now (the card may be hours old),
 * then applied as any change to what is booked is: a changes proposal, confirmed at once, resumable.
 */
import { targetOf, type PlannedChange } from '../../domain/replan/index.js';
import { nameOf, ok, userError, type Result } from '../../domain/shared/index.js';
import { confirmProposal, type BookingDeps, type ClaimedProposal } from '../booking/index.js';
import { projectTeamOnly } from '../shared/index.js';
import { declineChoices, type DeclineChoices } from './decline-choices.js';

export const DECLINE_CHOICES = ['move', 'replace', 'keep', 'cancel'] as const;
export type DeclineChoice = (typeof DECLINE_CHOICES)[number];

export interface SettleInput {
  invitationId: unknown;
  choice: unknown;
  /** For `move`: the start (UTC ISO) of one of the times offered. */
  alternative?: unknown;
  /** For `replace`: the email of one of the peers offered. */
  replacement?: unknown;
}

const STALE = 'Send **status** to see where the session stands; the choices on this card may be out of date.';

const chosen = (input: SettleInput, choices: DeclineChoices, decliner: string): Result<PlannedChange> => {
  const from = choices.session;
  switch (input.choice as DeclineChoice) {
    case 'move': {
      const at = choices.alternatives.find((a) => a.start === input.alternative);
      if (!at) return userError('DECLINE.STALE', `That time is no longer free for everyone, or was not chosen. ${STALE}`);
      return ok({ action: 'update', from, to: targetOf(from, { start: at.start, end: at.end }) });
    }
    case 'replace': {
      const peer = choices.replacements.find((r) => r.email === input.replacement);
      if (!peer) return userError('DECLINE.STALE', `Choose who takes their place from the list: that peer is not free then, or was not chosen. ${STALE}`);
      return ok({ action: 'update', from, to: targetOf(from, { peers: from.peers.map((p) => (p === decliner ? peer.email : p)) }) });
    }
    case 'keep':
      return ok({ action: 'update', from, to: targetOf(from, { peers: from.peers.filter((p) => p !== decliner), attendees: from.attendees.filter((a) => a !== decliner) }) });
    case 'cancel':
      return ok({ action: 'cancel', from });
    default:
      return userError('CARD.INVALID', 'This card is missing its choice. Send **status** to see the replies.');
  }
};

export const settleDecline = async (deps: BookingDeps, input: SettleInput, asker: string): Promise<Result<ClaimedProposal>> => {
  if (typeof input.invitationId !== 'string' || !DECLINE_CHOICES.includes(input.choice as DeclineChoice)) {
    return userError('CARD.INVALID', 'This card is missing what it needs. Send **status** to see the replies.');
  }
  const found = await deps.store.invitations.withBooking(input.invitationId);
  const stored = found && (await deps.store.reviews.get(found.invitation.reviewId));
  if (!found || !stored) return userError('INVITATION.NOT_FOUND', 'I cannot find this decline. Send **status** to see the replies.');
  const denied = projectTeamOnly(stored.review, asker, 'settle a decline');
  if (denied) return denied;
  const { invitation, booking } = found;
  const who = nameOf(stored.review, invitation.email);
  if (booking.status !== 'booked') return userError('DECLINE.SETTLED', `This session is no longer booked, so nothing was changed. ${STALE}`);
  if (invitation.removedAt || invitation.rsvp !== 'declined') {
    return userError('DECLINE.SETTLED', `${who} is no longer declining this session (they answered again, or the session changed), so nothing was changed. ${STALE}`);
  }
  // One settling per session at a time, held until its run ends: a second click finds the first one's work done.
  const release = await deps.store.runs.tryLock(`decline:${booking.id}`);
  if (!release) return userError('PROPOSAL.BOOKING', 'This decline is being settled now: its card shows how.');
  let running = false;
  try {
    const choices = await declineChoices(deps, stored, booking, invitation.email);
    const change = choices ? chosen(input, choices, invitation.email) : userError('DECLINE.SETTLED', `This session is no longer booked. ${STALE}`);
    if (!change.ok) return change;
    const plan = { changes: [change.value], because: `${who} declined ${choices!.session.title}.` };
    const proposal = await deps.store.proposals.create({ reviewId: stored.id, revision: stored.revision, kind: 'changes', plan, createdBy: asker });
    const claimed = await confirmProposal(deps, proposal.id, asker);
    if (!claimed.ok) return claimed;
    running = true;
    return ok({ ...claimed.value, run: (onProgress) => claimed.value.run(onProgress).finally(release) });
  } finally {
    if (!running) await release();
  }
};
