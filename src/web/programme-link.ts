/**
 * Signed, expiring links to a review's timetable page. The signature is an HMAC-SHA256 over the review id,
 * the email the link was given to and the expiry, so none of the three can be changed without the secret.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface LinkClaims {
  reviewId: string;
  email: string;
  /** Unix seconds. */
  expires: number;
}

export type LinkCheck = { ok: true; claims: LinkClaims } | { ok: false; why: 'expired' | 'forged'; expires?: number };

/** How long a link from the `timetable` command works. */
export const LINK_DAYS = 7;

/** JSON keeps the three fields apart: no choice of email or id can make two claims sign the same text. */
export const signLink = (secret: string, claims: LinkClaims): string =>
  createHmac('sha256', secret).update(JSON.stringify([claims.reviewId, claims.email, claims.expires])).digest('base64url');

export const programmePath = (reviewId: string) => `/reviews/${encodeURIComponent(reviewId)}/programme`;

export const programmeLink = (baseUrl: string, secret: string, claims: LinkClaims): string => {
  const query = new URLSearchParams({ for: claims.email, exp: String(claims.expires), sig: signLink(secret, claims) });
  return `${baseUrl.replace(/\/+$/, '')}${programmePath(claims.reviewId)}?${query}`;
};

/** The query as it arrived: anything missing or malformed is a forgery, not an error. */
export const checkLink = (
  secret: string,
  reviewId: string,
  query: { for?: unknown; exp?: unknown; sig?: unknown },
  nowSeconds: number,
): LinkCheck => {
  const { for: email, exp, sig } = query;
  if (typeof email !== 'string' || typeof exp !== 'string' || typeof sig !== 'string' || !/^\d{1,12}$/.test(exp)) {
    return { ok: false, why: 'forged' };
  }
  const claims = { reviewId, email, expires: Number(exp) };
  const expected = Buffer.from(signLink(secret, claims));
  const given = Buffer.from(sig);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, why: 'forged' };
  return claims.expires <= nowSeconds ? { ok: false, why: 'expired', expires: claims.expires } : { ok: true, claims };
};
