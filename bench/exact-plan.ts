/**
 * The exact model's best programme as an OnSitePlan (bands as long as their longest block, streams A, B, ...,
 * peers free for the whole band), so that the rules' own checker can confirm the optimum is a real programme.
 */
import { DateTime } from 'luxon';
import type { OnSitePlan, PlacedSession } from '../src/domain/on-site/on-site.js';
import { placeFixed } from '../src/domain/on-site/plan-on-site.js';
import { candidates, type ExactInput } from './exact-candidates.js';

const MINUTE = 60_000;
const iso = (millis: number): string => DateTime.fromMillis(millis, { zone: 'utc' }).toISO()!;

export const exactPlan = (input: ExactInput, starts: Map<string, number>): OnSitePlan => {
  const c = candidates(input);
  const sessions = new Map(input.onSite.sessions.map((s) => [s.id, s]));
  const bands = new Map<number, string[]>();
  for (const [id, start] of starts) bands.set(start, [...(bands.get(start) ?? []), id]);
  const placed = [...bands].flatMap(([start, ids]): PlacedSession[] => {
    const end = start + Math.max(...ids.map((id) => sessions.get(id)!).map((s) => (s.minutes + 2 * s.travelMinutes) * MINUTE));
    const free = c.freePeers(start, end);
    return ids.map((id, i) => {
      const s = sessions.get(id)!;
      const meeting = start + s.travelMinutes * MINUTE;
      return {
        sessionId: id,
        start: iso(meeting),
        end: iso(meeting + s.minutes * MINUTE),
        band: { start: iso(start), end: iso(end) },
        stream: String.fromCharCode(65 + i),
        peers: free.splice(0, s.peers),
      };
    });
  });
  const unplaced = input.onSite.sessions.filter((s) => !starts.has(s.id)).map((s) => ({ sessionId: s.id, reason: 'not in the exact optimum' }));
  return { placed, fixed: placeFixed(input.review, input.onSite), unplaced, coverage: { themesUncovered: [], essentialVisits: [] } };
};
