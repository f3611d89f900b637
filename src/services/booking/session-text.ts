/** The words that go into calendar events, so Outlook and the cards say the same thing. */
import { DateTime } from 'luxon';
import type { OnSiteKind, OnSiteSession, PlacedSession } from '../../domain/on-site/index.js';
import { caseReviewTitle, sessionSubject } from '../../domain/programme/index.js';
import type { Review } from '../../domain/shared/index.js';
import { readOnSite } from '../../domain/on-site/index.js';
import { shifted } from '../../domain/revisions/index.js';
import type { SessionTarget } from '../../domain/replan/index.js';

export const caseReviewSubject = (review: Review, caseId: string): string => sessionSubject(review, caseReviewTitle(caseId));

export const caseReviewBody = (review: Review, caseId: string): string =>
  [
    `Case review call for case ${caseId}, part of ${review.name}.`,
    'A case reviewer from the peer team talks through the case with its lead case worker (about one hour).',
    'Please answer this invitation, and let the project team know at once if you cannot attend.',
  ].join('\n');

const ON_SITE_KIND: Record<OnSiteKind, string> = {
  interview: 'An interview with the peer team',
  focusGroup: 'A focus group with the peer team',
  siteVisit: 'A site visit by the peer team',
  teamMeeting: 'A peer team meeting',
  feedback: 'Feedback from the peer team',
};


/** The event body of an on-site session; for a site visit it gives the peers' travel, which the event itself does not cover. */
export const onSiteBody = (review: Review, session: OnSiteSession, placed: PlacedSession): string => {
  const lines = [`${ON_SITE_KIND[session.kind]}, part of ${review.name}.`];
  lines.push(`Peers: ${namesOf(review, placed.peers)}.`);
  if (session.travelMinutes > 0) {
    const leave = localTime(placed.band.start, review.timeZone);
    const back = localTime(placed.band.end, review.timeZone);
    lines.push(
      `Travel for the peers: leave ${review.base} at ${leave} (${session.travelMinutes} minutes each way), back by ${back}.`,
    );
  }
  lines.push('Please answer this invitation, and let the project team know at once if you cannot attend.');
  return lines.join('\n');
};

export const fixedBody = (review: Review, title: string): string =>
  [
    `${title}, part of the on-site week of ${review.name}.`,
    'Please answer this invitation, and let the project team know at once if you cannot attend.',
  ].join('\n');

const namesOf = (review: Review, emails: readonly string[]): string =>
  emails.map((email) => review.peers.find((p) => p.email === email)?.name ?? email).join(', ');

const localTime = (iso: string, zone: string): string => DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone).toFormat('HH:mm');

/** A changed or new session's event words, as booking writes them for the same session. */
export const targetSubject = (review: Review, to: SessionTarget): string =>
  to.kind === 'caseReview' ? caseReviewSubject(review, to.sessionId) : sessionSubject(review, to.title);

export const targetBody = (review: Review, to: SessionTarget): string => {
  if (to.kind === 'caseReview') return caseReviewBody(review, to.sessionId);
  const session = readOnSite(review)?.sessions.find((s) => s.id === to.sessionId);
  if (!session) return fixedBody(review, to.title);
  // The body says when the peers leave and are back: the session's time with its travel either side.
  const band = { start: shifted(to.start, -session.travelMinutes), end: shifted(to.end, session.travelMinutes) };
  return onSiteBody(review, session, { sessionId: session.id, start: to.start, end: to.end, band, stream: '', peers: to.peers });
};
