/**
 * Who could take a declining peer's place at the session's booked time: peers who may run it (a case reviewer for a
 * case review), not in it already, free by their calendars for the time with any travel, and with whom the
 * programme keeps every rule (no other session or fixed item then, a case's named reviewer kept). Someone invited
 * who is not a peer (a case worker, an interviewee) has no one in the file to stand in for them.
 */
import { bookedPart } from '../revisions/index.js';
import { localDate, nameOf } from '../shared/index.js';
import { MAX_REPLACEMENTS, type DeclinedSession, type Replacement } from './decline.js';
import { trialOf } from './trial.js';

/**
 * Up to MAX_REPLACEMENTS peers, best fit first: the most of the session's themes shared, then the fewest sessions
 * that day, then the fewest in the review (the planner's own preferences, in its order), then by name.
 */
export const replacements = (declined: DeclinedSession, decliner: string): Replacement[] => {
  const trial = trialOf(declined);
  if (!trial?.booked.peers.includes(decliner)) return [];
  const { booked, themes } = trial;
  const { review } = declined;
  const at = { start: booked.start, end: booked.end };
  const instead = (peer: string) => booked.peers.map((p) => (p === decliner ? peer : p));
  const day = localDate(booked.start, review.timeZone);
  const runs = (peer: string) => declined.booked.filter((b) => bookedPart(b) !== 'fixed' && b.peers.includes(peer));
  return trial.eligible
    .filter((p) => !booked.peers.includes(p) && !booked.attendees.includes(p))
    .filter((p) => trial.free(at, [p], []) && trial.breaks({ at, peers: instead(p) }, { at, peers: booked.peers }).length === 0)
    .map((email) => {
      const sessions = runs(email);
      const shared = themes.filter((t) => review.peers.find((p) => p.email === email)?.themes.includes(t));
      return { email, themes: shared, sessionsThatDay: sessions.filter((b) => localDate(b.start, review.timeZone) === day).length, load: sessions.length };
    })
    .sort(
      (a, b) =>
        b.themes.length - a.themes.length ||
        a.sessionsThatDay - b.sessionsThatDay ||
        a.load - b.load ||
        nameOf(review, a.email).localeCompare(nameOf(review, b.email)),
    )
    .slice(0, MAX_REPLACEMENTS)
    .map(({ load: _, ...replacement }) => replacement);
};
