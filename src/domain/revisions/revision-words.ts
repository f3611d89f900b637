/**
 * A revision's changes as the re-import reply says them: one short line each, the session as booked first
 * ("Meeting with the DCS, Wed 4 Feb 09:00–10:00"), times in the review's zone (the reply names the zone once).
 */
import { KIND_WORDS } from '../on-site/index.js';
import { clockSpan, clockTime, dateLabel, joinAnd, localDate, localDay, nameOf, plural } from '../shared/index.js';
import type { Review, UtcInterval } from '../shared/index.js';
import type { RevisionChange } from './revision-change.js';
import { minutesOf, shifted } from './session-times.js';

export interface RevisionReviews {
  previous: Review;
  next: Review;
}

const MUST_MOVE = 'must move';

const kindWord = (kind: string): string => KIND_WORDS[kind] ?? kind;

/** How people, days and times are said for one review. */
const wordsFor = ({ previous, next }: RevisionReviews) => {
  const zone = next.timeZone;
  // Someone who left the review is named by the revision that still knew them.
  const name = (email: string) => (nameOf(next, email) === email ? nameOf(previous, email) : nameOf(next, email));
  const names = (emails: readonly string[]) => joinAnd(emails.map(name));
  const day = (iso: string) => localDay(iso, zone);
  const clock = (iso: string) => clockTime(iso, zone);
  const span = (at: UtcInterval) => clockSpan(at.start, at.end, zone);
  const sameDay = (a: string, b: string) => localDate(a, zone) === localDate(b, zone);
  return {
    names,
    are: (emails: readonly string[]) => `${names(emails)} ${emails.length === 1 ? 'is' : 'are'}`,
    clock,
    when: (at: UtcInterval) => `${day(at.start)} ${span(at)}`,
    /** A time beside a session: the clock alone within the session's day, else the days too. */
    near: (at: UtcInterval, of: UtcInterval) =>
      sameDay(at.start, of.start) && sameDay(at.end, of.start) ? span(at) : `${day(at.start)} ${clock(at.start)} to ${day(at.end)} ${clock(at.end)}`,
    /** "Wed 4 Feb 09:00 → 11:00" when only the start moves within the day; spans and days where they change too. */
    moved: (from: UtcInterval, to: UtcInterval) => {
      const at = (i: UtcInterval) => (minutesOf(from) === minutesOf(to) ? clock(i.start) : span(i));
      return `${day(from.start)} ${at(from)} → ${sameDay(from.start, to.start) ? '' : `${day(to.start)} `}${at(to)}`;
    },
  };
};

type Words = ReturnType<typeof wordsFor>;

const line = (change: RevisionChange, w: Words): string => {
  const { title } = change.session;
  const booked = change.booked;
  const session = booked ? `${title}, ${w.when(booked)}` : title;
  switch (change.type) {
    case 'added':
      return change.at ? `New: ${title}, ${w.when(change.at)}, to be booked` : `New: ${title}, to be placed`;
    case 'removed':
      return `Removed: ${session}: no longer in the file, to be cancelled`;
    case 'renamed':
      return `New id: ${session}: ${change.from} → ${change.to}, the same session`;
    case 'retitled':
      return `Retitled: ${change.from}, ${w.when(booked!)}: now ${change.to}`;
    case 'kind':
      return `Kind changed: ${session}: ${kindWord(change.from)} → ${kindWord(change.to)}`;
    case 'time':
      return `Moved: ${title}, ${w.moved(change.from, change.to)}`;
    case 'pinnedDay':
      return `Pinned to ${dateLabel(change.pinnedTo)}: ${session}, ${MUST_MOVE}`;
    case 'length':
      return change.to > change.from
        ? `Longer: ${session}: ${change.from} → ${change.to} minutes, ${MUST_MOVE}`
        : `Shorter: ${session}: ${change.from} → ${change.to} minutes, now ends ${w.clock(shifted(booked!.start, change.to))}`;
    case 'place':
      return `New place: ${session}: ${change.from ?? 'none'} → ${change.to ?? 'none'}`;
    case 'online':
      return change.online ? `Now online: ${session}` : `Now in person: ${session}${change.location ? `, at ${change.location}` : ''}`;
    case 'attendeesAdded':
      return `Attendees added: ${session}: ${w.names(change.emails)}, to be invited`;
    case 'attendeesRemoved':
      return `Attendees removed: ${session}: ${w.names(change.emails)}, invitations to be cancelled`;
    case 'peersAdded':
      return `Peers added: ${session}: ${w.names(change.emails)}`;
    case 'peersRemoved':
      return `Peers removed: ${session}: ${w.names(change.emails)}`;
    case 'peersNeeded':
      return `Peers: ${session}: has ${change.have}, needs ${plural(change.need, 'peer')}`;
    case 'allPeers':
      return `${change.allPeers ? 'Now' : 'No longer'} for every peer: ${session}`;
    case 'clash': {
      const what = change.with.title ? `in ${change.with.title}` : 'busy';
      const tail = change.disposition === 'move' ? `, ${MUST_MOVE}` : '';
      return `Clash: ${session}: ${w.are(change.emails)} ${what} ${w.near(change.with, booked!)}${tail}`;
    }
    case 'dayRemoved':
      return `Day removed: ${session}: ${dateLabel(change.date)} is no longer a day of the review, ${MUST_MOVE}`;
    case 'outsideDay':
      return `Outside the day: ${session}: the day is now ${change.day.start}–${change.day.end}, ${MUST_MOVE}`;
  }
};

export const revisionLines = (changes: readonly RevisionChange[], reviews: RevisionReviews): string[] => {
  const words = wordsFor(reviews);
  return changes.map((change) => line(change, words));
};
