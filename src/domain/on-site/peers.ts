/**
 * Chooses the peers for each band of a layout. A band's peers are free for the whole band and bands never
 * overlap, so any choice is valid. Band by band, each session takes the peers whose themes match it, then the
 * peers with the least time so far (balanced workload), then the review's order; peer-moves.ts then
 * moves and exchanges peers while that gains on themes, balance or idle gaps, in that order (objective.ts).
 */
import type { Band, Layout } from './layout.js';
import type { OnSiteModel } from './model.js';
import { WEIGHTS, themeMatcher } from './objective.js';
import { improveCrews } from './peer-moves.js';

export interface Crewed {
  session: number;
  day: number;
  band: Band;
  /** 'A', 'B', ... in the band. */
  stream: string;
  peers: string[];
}

export const assignPeers = (model: OnSiteModel, layout: Layout): Crewed[] => {
  const load = new Map(model.peers.map((p) => [p, 0]));
  const matches = themeMatcher(model);
  const crewed: Crewed[] = [];
  layout.forEach((bands, day) => {
    for (const band of bands) {
      const members = [...band.members].sort((a, b) => a - b);
      const attendees = new Set(members.flatMap((m) => model.sessions[m]!.session.attendees));
      const free = model.freePeers(day, band).filter((p) => !attendees.has(p));
      const matching = (s: number) => free.filter((p) => matches(p, s) > 0).length;
      const chosen = new Map<number, string[]>();
      for (const s of [...members].sort((a, b) => matching(a) - matching(b) || a - b)) {
        // The less loaded of two peers adds less to the sum of squared loads (objective.ts's balance).
        const ranked = free
          .filter((p) => ![...chosen.values()].some((c) => c.includes(p)))
          .sort((a, b) => matches(b, s) - matches(a, s) || WEIGHTS.balance * (load.get(a)! - load.get(b)!) || model.peers.indexOf(a) - model.peers.indexOf(b));
        const peers = ranked.slice(0, model.sessions[s]!.session.peers);
        for (const p of peers) load.set(p, load.get(p)! + (band.end - band.start));
        chosen.set(s, peers);
      }
      members.forEach((s, i) => crewed.push({ session: s, day, band, stream: String.fromCharCode(65 + i), peers: chosen.get(s)! }));
    }
  });
  return improveCrews(model, crewed, matches);
};
