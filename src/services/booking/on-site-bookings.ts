import { randomUUID } from 'node:crypto';
import { readOnSite } from '../../domain/on-site/index.js';
import { fixedItemId, sessionSubject } from '../../domain/programme/index.js';
import type { BookingIntent, OnSiteProposal, StoredReview } from '../ports/index.js';
import { fixedBody, onSiteBody } from './session-text.js';

/** A booking to make and the text of its event (the body is not stored: it is rebuilt from the plan on a retry). */
export interface PlannedBooking {
  intent: BookingIntent;
  body: string;
}

/**
 * Every placed session, and every fixed item someone outside the peer team attends (the others are the peers'
 * own time, on the timetable but not worth an invitation). The peers are required attendees with the others.
 */
export const onSiteBookings = (stored: StoredReview, proposal: OnSiteProposal): PlannedBooking[] => {
  const review = stored.review;
  const sessions = new Map((readOnSite(review)?.sessions ?? []).map((session) => [session.id, session]));
  const common = { reviewId: stored.id, proposalId: proposal.id };
  const placed = proposal.plan.placed.flatMap((p): PlannedBooking[] => {
    const session = sessions.get(p.sessionId);
    if (!session) return [];
    const intent: BookingIntent = {
      ...common,
      sessionId: session.id,
      kind: session.kind,
      transactionId: randomUUID(),
      subject: sessionSubject(review, session.title),
      start: p.start,
      end: p.end,
      attendees: [...session.attendees, ...p.peers],
      online: session.online,
      ...(session.online ? {} : { location: session.location ?? review.base }),
    };
    return [{ intent, body: onSiteBody(review, session, p) }];
  });
  const fixed = proposal.plan.fixed
    .filter((item) => item.attendees.length > 0)
    .map((item): PlannedBooking => ({
      intent: {
        ...common,
        // Stable across proposals, so that a fixed item booked once is never booked again.
        sessionId: fixedItemId(item),
        kind: item.kind,
        transactionId: randomUUID(),
        subject: sessionSubject(review, item.title),
        start: item.start,
        end: item.end,
        attendees: [...item.attendees, ...item.peers],
        online: false,
        location: item.location ?? review.base,
      },
      body: fixedBody(review, item.title),
    }));
  return [...placed, ...fixed].sort((a, b) => a.intent.start.localeCompare(b.intent.start));
};
