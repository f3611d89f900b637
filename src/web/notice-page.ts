/** Short pages in place of the timetable: a refused or expired link, a review or programme that is not there. */
import { html } from './html.js';
import { htmlDocument } from './timetable-page.js';

export interface WebPage {
  status: number;
  html: string;
}

const ASK_AGAIN = html`<p>Ask Convene for a new link: send <code>timetable</code> in your chat with Convene in Teams.</p>`;

const notice = (status: number, title: string, body: ReturnType<typeof html>): WebPage => ({
  status,
  html: htmlDocument(title, html`<section class="sheet notice"><h1>${title}</h1>${body}</section>`),
});

export const linkRefusedPage = (why: 'expired' | 'forged'): WebPage =>
  why === 'expired'
    ? notice(403, 'This timetable link has expired', html`<p>Links to the timetable work for a few days only, so that old copies stop working.</p>${ASK_AGAIN}`)
    : notice(403, 'This timetable link is not valid', html`<p>It may have been copied only in part, or changed.</p>${ASK_AGAIN}`);

export const noLongerOnReviewPage = (): WebPage =>
  notice(403, 'This timetable is not open to you', html`<p>Only the project team and the peers of the review can see it. If you think you should, ask the project team.</p>`);

export const reviewGonePage = (): WebPage =>
  notice(404, 'This review is not in Convene', html`<p>The review this link was made for is no longer there.</p>${ASK_AGAIN}`);

export const noProgrammePage = (reviewName: string): WebPage =>
  notice(
    404,
    'No on-site programme yet',
    html`<p>${reviewName} has no on-site programme yet. The project team can make one: send <code>schedule on-site</code> in the chat with Convene.</p>`,
  );
