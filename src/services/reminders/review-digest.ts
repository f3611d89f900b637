/**
 * The project team's digest: per session still to come, who has not answered and who declined, and how each
 * silent person can be reached. The answers given in Outlook are picked up first, as for `status`.
 */
import { ok, type Result } from '../../domain/shared/index.js';
import { statusOfReview } from '../invitations/index.js';
import type { CalendarPort, DigestSession, Log, Mailer, MessageKind, Reach, ReviewDigest, Store, StoredReview } from '../ports/index.js';

const TEAM_KINDS = new Set<MessageKind>(['invite', 'reminder', 'decline', 'changedInOutlook', 'digest']);

export interface DigestDeps {
  store: Store;
  /** With a mailer, someone with no chat is reminded by email. */
  mailer?: Mailer;
  calendar: CalendarPort;
  log: Log;
  now: () => string;
}

export const reviewDigest = async (deps: DigestDeps, stored: StoredReview, asker: string): Promise<Result<ReviewDigest>> => {
  const status = await statusOfReview(deps, stored, asker);
  if (!status.ok) return status;
  const now = deps.now();
  const upcoming = status.value.sessions.filter(({ booking }) => booking.start > now);
  const blocked = new Set(await deps.store.messages.blockedRecipients(stored.id));
  // A person with several sessions is looked up once.
  const reaches = new Map<string, Promise<Reach>>();
  const lookUp = async (email: string): Promise<Reach> => {
    if (blocked.has(email)) return 'blocked';
    if (await deps.store.people.conversationFor(email)) return 'chat';
    return deps.mailer ? 'email' : 'calendarOnly';
  };
  const reachOf = (email: string): Promise<Reach> => {
    const known = reaches.get(email) ?? lookUp(email);
    reaches.set(email, known);
    return known;
  };
  const sessions: DigestSession[] = [];
  for (const { booking, invitations } of upcoming) {
    const noReply = [];
    for (const invitation of invitations.filter((i) => i.rsvp === 'pending')) noReply.push({ invitation, reach: await reachOf(invitation.email) });
    const declined = invitations.filter((i) => i.rsvp === 'declined');
    if (noReply.length > 0 || declined.length > 0) sessions.push({ booking, noReply, declined });
  }
  const toRemind = sessions.flatMap((s) => s.noReply.filter((n) => n.reach === 'chat' || n.reach === 'email').map((n) => n.invitation));
  // Concerns and note prompts are the peer team's own: the council's project team is not told of them, failed or not.
  const failed = (await deps.store.messages.failed(stored.id)).filter((m) => TEAM_KINDS.has(m.payload.kind));
  return ok({ stored, sessions, upcoming: upcoming.length, toRemind, failed });
};
