/** GET /reviews/:id/replies, without Express: check the link, read the replies as `status` does, then filter them. */
import { statusNow } from '../services/calendar-sync/index.js';
import type { Outbox } from '../services/outbox/index.js';
import type { CalendarPort, Log, ReviewStatus, Store } from '../services/ports/index.js';
import { badFiltersPage, linkRefusedPage, noLongerOnReviewPage, reviewGonePage, type WebPage } from './notice-page.js';
import { checkLink } from './programme-link.js';
import { readFilters, repliesLayout } from './replies-layout.js';
import { filterHref, repliesDocument, type SignedQuery } from './replies-sheet.js';

export interface RepliesPageDeps {
  store: Store;
  /** Answers given in Outlook are followed from it first, as `status` does (a decline there told through the outbox). */
  calendar: CalendarPort;
  outbox: Outbox;
  log: Log;
  linkSecret: string;
  now: () => string;
}

export type RepliesPage = (reviewId: string, query: Record<string, unknown>) => Promise<WebPage>;

export const repliesPage =
  (deps: RepliesPageDeps): RepliesPage =>
  async (reviewId, query) => {
    const link = checkLink(deps.linkSecret, reviewId, query, Math.floor(Date.parse(deps.now()) / 1000), 'replies');
    if (!link.ok) return linkRefusedPage(link.why, 'replies');
    const stored = await deps.store.reviews.get(reviewId);
    if (!stored) return reviewGonePage('replies');
    // The project team is checked on every view: someone taken off it loses the page at once.
    const status = await statusNow(deps, stored, link.claims.email);
    if (!status.ok) return noLongerOnReviewPage('replies');
    const signed = { for: link.claims.email, exp: String(link.claims.expires), sig: String(query.sig) };
    return repliesView(status.value, query, signed);
  };

/** The page for replies already read; `query` may hold the filters, `signed` is the link's checked part. */
export const repliesView = (status: ReviewStatus, query: Record<string, unknown>, signed: SignedQuery): WebPage => {
  const replies = repliesLayout(status);
  const read = readFilters(query, replies);
  return read.ok ? { status: 200, html: repliesDocument(replies, read.filters, signed) } : badFiltersPage(read.problems, filterHref(signed, {}));
};
