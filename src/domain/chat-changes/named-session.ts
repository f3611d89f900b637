/**
 * The booked session a `cancel` or `move` names: its id (a case's id such as C03, an on-site session's id), in any
 * case; failing that, a part of its title that one booked session alone has. Anything else is answered with how to
 * name it, or with the sessions that match.
 */
import { isFixedItemId } from '../programme/index.js';
import type { BookedSession } from '../revisions/index.js';
import { clockSpan, localDay, ok, plural, timesAre, userError, type Result, type Review } from '../shared/index.js';

/** Listing more than this many matches would bury the answer: the rest are counted. */
const MAX_LISTED = 8;

const folded = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/** The id is one a person can type: a fixed item's (its start and title) is not. */
const typedId = (session: BookedSession) => (isFixedItemId(session.sessionId) ? undefined : session.sessionId);

/** "C03: Case review C03, Wed 14 Jan 10:00–11:00" */
const line = (review: Review, s: BookedSession) =>
  `${typedId(s) ? `${typedId(s)}: ` : ''}${s.title}, ${localDay(s.start, review.timeZone)} ${clockSpan(s.start, s.end, review.timeZone)}`;

/** `command` is the word that named it (cancel, move), for the examples in the answer. */
export const namedSession = (review: Review, booked: readonly BookedSession[], name: string, command: string): Result<BookedSession> => {
  const wanted = folded(name);
  const how = `Name it by its id (**${command} C03**, or an on-site session's id in the review file) or by a part of its title (**${command} meeting with the DCS**).`;
  if (wanted === '') return userError('SESSION.UNNAMED', `Which session? ${how}`);
  const byId = booked.filter((s) => typedId(s)?.toLowerCase() === wanted);
  const found = byId.length > 0 ? byId : booked.filter((s) => folded(s.title).includes(wanted));
  if (found.length === 1) return ok(found[0]!);
  if (found.length === 0) {
    return userError('SESSION.NOT_FOUND', `No booked session of ${review.name} has the id "${name.trim()}" or it in its title. ${how} Send **status** to see what is booked.`);
  }
  const listed = found.slice(0, MAX_LISTED).map((s) => line(review, s));
  const more = found.length > MAX_LISTED ? [`and ${plural(found.length - MAX_LISTED, 'more')}`] : [];
  return userError(
    'SESSION.AMBIGUOUS',
    `${plural(found.length, 'booked session')} of ${review.name} have "${name.trim()}" in their title: name one by its id, or by more of its title. ${timesAre(review.timeZone, found[0]!.start)}`,
    [...listed, ...more],
  );
};
