import { describe, expect, it } from 'vitest';
import { checkLink, programmeLink, signLink } from '../../src/web/programme-link.js';

const SECRET = 'a'.repeat(64);
const claims = { reviewId: '6f1c2a9e-1111-4222-8333-444455556666', email: 'deb.austin@peers.example', expires: 1_775_000_000 };
const NOW = claims.expires - 3600;
const query = (c = claims, secret = SECRET) => ({ for: c.email, exp: String(c.expires), sig: signLink(secret, c) });

describe('signed timetable links', () => {
  it('accepts a link as signed, before it expires', () => {
    expect(checkLink(SECRET, claims.reviewId, query(), NOW)).toEqual({ ok: true, claims });
    expect(checkLink(SECRET, claims.reviewId, query(), claims.expires - 1).ok).toBe(true);
  });

  it('refuses a link at and after its expiry', () => {
    expect(checkLink(SECRET, claims.reviewId, query(), claims.expires)).toEqual({ ok: false, why: 'expired', expires: claims.expires });
    expect(checkLink(SECRET, claims.reviewId, query(), claims.expires + 86_400).ok).toBe(false);
  });

  it('refuses a changed email, review or expiry as forged', () => {
    expect(checkLink(SECRET, claims.reviewId, { ...query(), for: 'sam.worker@testshire.example' }, NOW)).toEqual({ ok: false, why: 'forged' });
    expect(checkLink(SECRET, 'another-review', query(), NOW)).toEqual({ ok: false, why: 'forged' });
    expect(checkLink(SECRET, claims.reviewId, { ...query(), exp: String(claims.expires + 86_400 * 365) }, NOW)).toEqual({ ok: false, why: 'forged' });
    expect(checkLink(SECRET, claims.reviewId, { ...query(), for: 'DEB.AUSTIN@peers.example' }, NOW).ok).toBe(false);
  });

  it('refuses a link signed with another secret, or a signature changed by one character', () => {
    expect(checkLink(SECRET, claims.reviewId, query(claims, 'b'.repeat(64)), NOW)).toEqual({ ok: false, why: 'forged' });
    const sig = signLink(SECRET, claims);
    const changed = `${sig.slice(0, -1)}${sig.endsWith('A') ? 'B' : 'A'}`;
    expect(checkLink(SECRET, claims.reviewId, { ...query(), sig: changed }, NOW).ok).toBe(false);
  });

  it('treats missing, repeated or malformed parts as forged, not as errors', () => {
    const good = query();
    for (const bad of [
      {},
      { ...good, sig: undefined },
      { ...good, sig: '' },
      { ...good, sig: `${good.sig}x` },
      { ...good, exp: '1e12' },
      { ...good, exp: '-5' },
      { ...good, for: [good.for, good.for] },
    ]) {
      expect(checkLink(SECRET, claims.reviewId, bad, NOW)).toEqual({ ok: false, why: 'forged' });
    }
  });

  it('keeps the three claims apart: shifting text between email and review id breaks the signature', () => {
    const sig = signLink(SECRET, { reviewId: 'r1', email: 'x@y.example', expires: 5 });
    expect(sig).not.toBe(signLink(SECRET, { reviewId: 'r', email: '1x@y.example', expires: 5 }));
  });

  it('builds a link whose query, read back as a browser sends it, checks out', () => {
    const tricky = { ...claims, email: 'jo+peer@peers.example' };
    const url = new URL(programmeLink('https://convene.example.net/', SECRET, tricky));
    expect(`${url.origin}${url.pathname}`).toBe(`https://convene.example.net/reviews/${claims.reviewId}/programme`);
    expect(url.searchParams.get('for')).toBe('jo+peer@peers.example');
    expect(checkLink(SECRET, claims.reviewId, Object.fromEntries(url.searchParams), NOW).ok).toBe(true);
  });
});
