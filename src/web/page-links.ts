/**
 * Signed links to a review's pages: the `timetable` command's, for the project team and peers once there is a
 * programme; and the replies', for the project team.
 */
import { DateTime } from 'luxon';
import { userError, ok, zoneLabel, type Result, type Review } from '../domain/shared/index.js';
import { audienceOf, currentReview, projectTeamOnly } from '../services/shared/index.js';
import type { Store, StoredReview } from '../services/ports/index.js';
import { LINK_DAYS, pageLink, type LinkPage } from './programme-link.js';

export interface TimetableLinks {
  secret: string;
  /** Where people reach the bot: PUBLIC_URL, or the bot's own address in local mode (known once it listens). */
  baseUrl: () => string;
}

export interface IssuedLink {
  reviewName: string;
  url: string;
  /** "Tuesday 10 February, 14:05 (UK time)": when the link stops working, in the review's zone. */
  until: string;
}

export const issueTimetableLink = async (
  store: Pick<Store, 'reviews' | 'proposals'>,
  links: TimetableLinks,
  email: string,
  now: string,
): Promise<Result<IssuedLink>> => {
  const current = await currentReview(store.reviews);
  if (!current.ok) return current;
  const { id, review } = current.value;
  // The timetable is for the project team, who run the review, and its peers, who are in it.
  const audience = audienceOf(review, email);
  if (!audience.projectTeam && !audience.peer) {
    return userError(
      'ACCESS.DENIED',
      `Sorry, the timetable of ${review.name} is only for the project team and the peers. You can still send **my sessions** to see your own sessions.`,
    );
  }
  if (!(await store.proposals.latest(id, 'onSite'))) {
    return userError(
      'PROPOSAL.NOT_FOUND',
      audience.projectTeam
        ? 'There is no on-site programme yet: send **schedule on-site** first, then **timetable** again.'
        : 'There is no on-site programme yet: the project team has not scheduled the on-site week. Try again later.',
    );
  }
  return ok(issue(links, id, review, email, now, 'programme'));
};

/** A link to the replies page of the current review: every invitee's answer per booked session, for the project team. */
export const issueRepliesLink = async (
  store: Pick<Store, 'reviews'>,
  links: TimetableLinks,
  email: string,
  now: string,
): Promise<Result<IssuedLink>> => {
  const current = await currentReview(store.reviews);
  return current.ok ? repliesLinkFor(current.value, links, email, now) : current;
};

/** The same, for a review already read (as `status` has it). */
export const repliesLinkFor = ({ id, review }: StoredReview, links: TimetableLinks, email: string, now: string): Result<IssuedLink> =>
  projectTeamOnly(review, email, 'see the replies') ?? ok(issue(links, id, review, email, now, 'replies'));

const issue = (links: TimetableLinks, reviewId: string, review: Review, email: string, now: string, page: LinkPage): IssuedLink => {
  const expiry = DateTime.fromISO(now, { zone: 'utc' }).plus({ days: LINK_DAYS });
  const local = expiry.setZone(review.timeZone).setLocale('en-GB');
  return {
    reviewName: review.name,
    url: pageLink(links.baseUrl(), links.secret, { reviewId, email, expires: Math.floor(expiry.toSeconds()) }, page),
    until: `${local.toFormat('cccc d LLLL, HH:mm')} (${zoneLabel(review.timeZone, expiry.toISO()!)})`,
  };
};
