/**
 * Signed, expiring links to a review's pages (the timetable, the replies). The signature is an HMAC-SHA256 over
 * the page, the review id, the email the link was given to and the expiry, so none of them can be changed without
 * the secret: a timetable link does not open the replies. Anything else in the query (the replies' filters) is
 * not signed, so a reader can change it freely.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface LinkClaims {
  reviewId: string;
  email: string;
  /** Unix seconds. */
  expires: number;
}

/** The page a link opens: the last part of its path, and part of what is signed. */
export type LinkPage = 'programme' | 'replies';

export type LinkCheck = { ok: true; claims: LinkClaims } | { ok: false; why: 'expired' | 'forged'; expires?: number };

/** How long a link from the `timetable` command, or to the replies, works. */
export const LINK_DAYS = 7;

/** JSON keeps the fields apart: no choice of email or id can make two claims sign the same text. */
export const signLink = (secret: string, claims: LinkClaims, page: LinkPage = 'programme'): string =>
  createHmac('sha256', secret).update(JSON.stringify([page, claims.reviewId, claims.email, claims.expires])).digest('base64url');

export const pagePath = (reviewId: string, page: LinkPage) => `/reviews/${encodeURIComponent(reviewId)}/${page}`;

/** The signed part of a link's query, as it is sent. */
export const linkQuery = (secret: string, claims: LinkClaims, page: LinkPage) => ({
  for: claims.email,
  exp: String(claims.expires),
  sig: signLink(secret, claims, page),
});

export const pageLink = (baseUrl: string, secret: string, claims: LinkClaims, page: LinkPage): string =>
  `${baseUrl.replace(/\/+$/, '')}${pagePath(claims.reviewId, page)}?${new URLSearchParams(linkQuery(secret, claims, page))}`;

export const programmeLink = (baseUrl: string, secret: string, claims: LinkClaims): string => pageLink(baseUrl, secret, claims, 'programme');

/** The query as it arrived: anything missing or malformed is a forgery, not an error. */
export const checkLink = (
  secret: string,
  reviewId: string,
  query: { for?: unknown; exp?: unknown; sig?: unknown },
  nowSeconds: number,
  page: LinkPage = 'programme',
): LinkCheck => {
  const { for: email, exp, sig } = query;
  if (typeof email !== 'string' || typeof exp !== 'string' || typeof sig !== 'string' || !/^\d{1,12}$/.test(exp)) {
    return { ok: false, why: 'forged' };
  }
  const claims = { reviewId, email, expires: Number(exp) };
  const expected = Buffer.from(signLink(secret, claims, page));
  const given = Buffer.from(sig);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, why: 'forged' };
  return claims.expires <= nowSeconds ? { ok: false, why: 'expired', expires: claims.expires } : { ok: true, claims };
};
