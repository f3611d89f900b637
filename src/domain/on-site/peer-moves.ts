/**
 * Improves a choice of peers after the band-by-band pass, which cannot see later bands: a peer hands a session to
 * a peer free for its band, or two peers in different sessions exchange places, whenever the programme gains in
 * the rules' order without losing on an earlier preference: more matching themes, then a more balanced workload
 * (a smaller sum of squared minutes), then fewer idle minutes. A move keeps the hard rules: the new peer is free
 * for the whole band and neither in another session of it nor one of its attendees. Sessions are scanned in a
 * fixed order until no move gains, so the same layout always gets the same peers. The terms are objective.ts's.
 */
import type { Band } from './layout.js';
import type { OnSiteModel } from './model.js';
import { balanceChange, crewGains, idleMinutes } from './objective.js';
import type { Crewed } from './peers.js';

const MINUTE = 60_000;

export const improveCrews = (model: OnSiteModel, crewed: readonly Crewed[], matches: (peer: string, session: number) => number): Crewed[] => {
  const crews = crewed.map((c) => ({ ...c, peers: [...c.peers] }));
  const minutes = (c: Crewed) => (c.band.end - c.band.start) / MINUTE;
  const load = new Map(model.peers.map((p) => [p, 0]));
  const bandsOf = new Map(model.peers.map((p) => [p, model.days.map((): Band[] => [])]));
  /** Who is in each band already, as a peer or an attendee. */
  const taken = new Map<Band, Set<string>>();
  const leave = (peer: string, c: Crewed) => {
    taken.get(c.band)!.delete(peer);
    load.set(peer, load.get(peer)! - minutes(c));
    bandsOf.get(peer)![c.day] = bandsOf.get(peer)![c.day]!.filter((b) => b !== c.band);
  };
  const join = (peer: string, c: Crewed) => {
    taken.get(c.band)!.add(peer);
    load.set(peer, load.get(peer)! + minutes(c));
    bandsOf.get(peer)![c.day]!.push(c.band);
  };
  for (const c of crews) {
    if (!taken.has(c.band)) taken.set(c.band, new Set());
    for (const a of model.sessions[c.session]!.session.attendees) taken.get(c.band)!.add(a);
    for (const p of c.peers) join(p, c);
  }
  const freeFor = new Map(crews.map((c) => [c.band, new Set(model.freePeers(c.day, c.band))]));
  const canJoin = (peer: string, c: Crewed) => freeFor.get(c.band)!.has(peer) && !taken.get(c.band)!.has(peer);
  /** The change in `peer`'s idle minutes if they leave `out` and join `into`. */
  const idleChange = (peer: string, out: Crewed | undefined, into: Crewed | undefined): number => {
    const days = bandsOf.get(peer)!;
    let change = 0;
    for (const day of new Set([out?.day, into?.day].filter((d) => d !== undefined))) {
      const before = days[day]!;
      const after = [...before.filter((b) => b !== out?.band), ...(into?.day === day ? [into.band] : [])];
      change += idleMinutes(after, model.days[day]!.closed) - idleMinutes(before, model.days[day]!.closed);
    }
    return change;
  };

  const handOver = (x: Crewed, i: number): boolean => {
    const p = x.peers[i]!;
    const length = minutes(x);
    for (const q of model.peers) {
      if (!canJoin(q, x)) continue;
      const balance = balanceChange(length, load.get(p)!, load.get(q)!);
      if (!crewGains(matches(q, x.session) - matches(p, x.session), balance, () => idleChange(p, x, undefined) + idleChange(q, undefined, x))) continue;
      leave(p, x);
      join(q, x);
      x.peers[i] = q;
      return true;
    }
    return false;
  };
  const exchange = (n: number, i: number): boolean => {
    const x = crews[n]!;
    const p = x.peers[i]!;
    for (const y of crews.slice(n + 1)) {
      const sameBand = y.band === x.band;
      if (!sameBand && !canJoin(p, y)) continue;
      for (const [j, q] of y.peers.entries()) {
        if (!sameBand && !canJoin(q, x)) continue;
        // p's load grows by `shift` and q's falls by as much: as if q handed `shift` minutes to p.
        const shift = minutes(y) - minutes(x);
        const themes = matches(q, x.session) + matches(p, y.session) - matches(p, x.session) - matches(q, y.session);
        if (!crewGains(themes, balanceChange(shift, load.get(q)!, load.get(p)!), () => idleChange(p, x, y) + idleChange(q, y, x))) continue;
        leave(p, x);
        leave(q, y);
        join(q, x);
        join(p, y);
        [x.peers[i], y.peers[j]] = [q, p];
        return true;
      }
    }
    return false;
  };

  for (let gained = true; gained; ) {
    gained = false;
    crews.forEach((x, n) => {
      for (let i = 0; i < x.peers.length; i++) if (handOver(x, i) || exchange(n, i)) gained = true;
    });
  }
  return crews;
};
