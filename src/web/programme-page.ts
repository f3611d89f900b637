/** GET /reviews/:id/programme, without Express: check the link, then show the on-site programme (as booked, once it is). */
import { readOnSite } from '../domain/on-site/index.js';
import { onSiteTimetable } from '../services/on-site/index.js';
import type { ReviewRepository, Store } from '../services/ports/index.js';
import { audienceOf } from '../services/shared/index.js';
import { linkRefusedPage, noLongerOnReviewPage, noProgrammePage, reviewGonePage, type WebPage } from './notice-page.js';
import { checkLink } from './programme-link.js';
import { timetablePage } from './timetable-page.js';

export interface ProgrammePageDeps {
  reviews: ReviewRepository;
  store: Pick<Store, 'proposals' | 'bookings'>;
  linkSecret: string;
  now: () => string;
}

export type ProgrammePage = (reviewId: string, query: Record<string, unknown>) => Promise<WebPage>;

export const programmePage =
  (deps: ProgrammePageDeps): ProgrammePage =>
  async (reviewId, query) => {
    const link = checkLink(deps.linkSecret, reviewId, query, Math.floor(Date.parse(deps.now()) / 1000));
    if (!link.ok) return linkRefusedPage(link.why, 'programme');
    const stored = await deps.reviews.get(reviewId);
    if (!stored) return reviewGonePage('programme');
    // Someone taken off the review loses the page at once, even with a link that has not expired.
    const audience = audienceOf(stored.review, link.claims.email);
    if (!audience.projectTeam && !audience.peer) return noLongerOnReviewPage('programme');
    const timetable = await onSiteTimetable(deps.store, stored);
    if (!timetable) return noProgrammePage(stored.review.name);
    return { status: 200, html: timetablePage(stored.review, readOnSite(stored.review), timetable.plan, timetable.status) };
  };
