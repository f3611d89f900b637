/** Short pages in place of the timetable or the replies: a refused or expired link, a review or programme that is not there. */
import type { LinkPage } from './programme-link.js';
import { html, type SafeHtml } from './html.js';
import { htmlDocument } from './timetable-page.js';

export interface WebPage {
  status: number;
  html: string;
}

/** How each page is named in a notice, and where a new link comes from. */
const PAGES: Record<LinkPage, { link: string; what: string; askAgain: SafeHtml }> = {
  programme: {
    link: 'timetable link',
    what: 'the timetable',
    askAgain: html`<p>Ask Convene for a new link: send <code>timetable</code> in your chat with Convene in Teams.</p>`,
  },
  replies: {
    link: 'link to the replies',
    what: 'the replies',
    askAgain: html`<p>Ask Convene for a new link: send <code>status</code> in your chat with Convene in Teams, and open the replies from its card.</p>`,
  },
};

export const notice = (status: number, title: string, body: SafeHtml): WebPage => ({
  status,
  html: htmlDocument(title, html`<section class="sheet notice"><h1>${title}</h1>${body}</section>`),
});

export const linkRefusedPage = (why: 'expired' | 'forged', page: LinkPage): WebPage => {
  const { link, what, askAgain } = PAGES[page];
  return why === 'expired'
    ? notice(403, `This ${link} has expired`, html`<p>Links to ${what} work for a few days only, so that old copies stop working.</p>${askAgain}`)
    : notice(403, `This ${link} is not valid`, html`<p>It may have been copied only in part, or changed.</p>${askAgain}`);
};

export const noLongerOnReviewPage = (page: LinkPage): WebPage =>
  page === 'programme'
    ? notice(403, 'This timetable is not open to you', html`<p>Only the project team and the peers of the review can see it. If you think you should, ask the project team.</p>`)
    : notice(403, 'The replies are not open to you', html`<p>Only the project team of the review can see them. If you think you should, ask the project team.</p>`);

export const reviewGonePage = (page: LinkPage): WebPage =>
  notice(404, 'This review is not in Convene', html`<p>The review this link was made for is no longer there.</p>${PAGES[page].askAgain}`);

export const noProgrammePage = (reviewName: string): WebPage =>
  notice(
    404,
    'No on-site programme yet',
    html`<p>${reviewName} has no on-site programme yet. The project team can make one: send <code>schedule on-site</code> in the chat with Convene.</p>`,
  );

/** A filter in the replies' query that the page does not offer: the link itself is good, so the way back keeps it. */
export const badFiltersPage = (problems: string[], showAll: string): WebPage =>
  notice(
    400,
    'These filters do not fit the replies',
    html`<ul>${problems.map((p) => html`<li>${p}</li>`)}</ul><p><a href="${showAll}">Show every reply</a>, then choose again from the filters on the page.</p>`,
  );
