/**
 * A decline's card in words: short plain lines, times in the review's zone (named once, in the heading, as cards do:
 * docs/cards.md). A list with nothing in it says so in one line, so that the card never shows an empty choice.
 */
import type { BookedSession } from '../revisions/index.js';
import { clockSpan, joinAnd, localDay, nameOf, plural, sessionTime, type Review } from '../shared/index.js';
import type { AlternativeTime, Replacement } from './decline.js';

export interface Declined {
  review: Review;
  session: BookedSession;
  decliner: string;
  alternatives: readonly AlternativeTime[];
  replacements: readonly Replacement[];
}

export interface DeclineWords {
  /** "Dana Director declined Meeting with the DCS, Wed 4 Feb, 10:00–11:00 (UK time)." */
  heading: string;
  /** "Wed 4 Feb, 09:00–10:00 (everyone free)", one per alternative. */
  alternatives: string[];
  /** "Cat Manager (Provision; 1 other session that day)", one per replacement. */
  replacements: string[];
}

export const NO_ALTERNATIVE = 'No other time has everyone free and keeps the rest of the programme where it is.';

/** "Wed 4 Feb, 09:00–10:00 (everyone free)" per time, or one line saying there is none. */
export const alternativeWords = (alternatives: readonly AlternativeTime[], zone: string): string[] =>
  alternatives.length > 0
    ? alternatives.map((a) => `${localDay(a.start, zone)}, ${clockSpan(a.start, a.end, zone)} (everyone free)`)
    : [NO_ALTERNATIVE];

export const declineWords = ({ review, session, decliner, alternatives, replacements }: Declined): DeclineWords => {
  const zone = review.timeZone;
  const who = nameOf(review, decliner);
  const themeTitle = (id: string) => review.themes.find((t) => t.id === id)?.title ?? id;
  const replacement = (r: Replacement) => {
    const day = r.sessionsThatDay === 0 ? 'no other session that day' : `${plural(r.sessionsThatDay, 'other session')} that day`;
    return `${nameOf(review, r.email)} (${r.themes.length > 0 ? `${joinAnd(r.themes.map(themeTitle))}; ` : ''}${day})`;
  };
  // Nobody stands in for someone who is not a peer: the team keeps the session without them or cancels it.
  const nobody = session.peers.includes(decliner)
    ? `No other peer can take ${who}’s place then.`
    : `No one else in the review can take ${who}’s place: keep the session without them, or cancel it.`;
  return {
    heading: `${who} declined ${session.title}, ${sessionTime(session.start, session.end, zone)}.`,
    alternatives: alternativeWords(alternatives, zone),
    replacements: replacements.length > 0 ? replacements.map(replacement) : [nobody],
  };
};
