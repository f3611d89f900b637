/**
 * What changed in one booked session that is still in the file: its own fields, set against the booking, and the
 * day rules it must still keep where it is booked. Fields only the file holds (a pinned day, a length) are told
 * only where the booking no longer agrees with them: a change of the file that leaves the booking right asks
 * nothing of anyone.
 */
import { dayWindow, localDate } from '../shared/index.js';
import type { BookedSession, Found } from './revision-change.js';
import type { Pair } from './match-sessions.js';
import { minutesOf, sameInterval, widened, within } from './session-times.js';
import type { WantedSession } from './wanted-sessions.js';

/** `emails` less `gone`, in their order. */
export const without = (emails: readonly string[], gone: readonly string[]): string[] => emails.filter((e) => !gone.includes(e));

/** Id, title and kind: the event is relabelled where it is. */
const naming = ({ booked, wanted }: Pair): Found[] => [
  ...(wanted.part !== 'fixed' && booked.sessionId !== wanted.id ? [{ type: 'renamed', from: booked.sessionId, to: wanted.id, disposition: 'stay' } as const] : []),
  // A case's title is its id's: a new id says it.
  ...(wanted.part !== 'case' && booked.title !== wanted.title ? [{ type: 'retitled', from: booked.title, to: wanted.title, disposition: 'stay' } as const] : []),
  ...(booked.kind !== wanted.kind ? [{ type: 'kind', from: booked.kind, to: wanted.kind, disposition: 'stay' } as const] : []),
];

/** A pinned day elsewhere, else a day gone, else hours that no longer hold it (with a site visit's travel). */
const dayRules = (booked: BookedSession, wanted: WantedSession, zone: string): Found[] => {
  const date = localDate(booked.start, zone);
  if (wanted.date && wanted.date !== date) return [{ type: 'pinnedDay', bookedOn: date, pinnedTo: wanted.date, disposition: 'move' }];
  const day = wanted.days.find((d) => d.date === date);
  if (!day) return [{ type: 'dayRemoved', date, disposition: 'move' }];
  const held = widened(booked, wanted.travelMinutes);
  return within(held, dayWindow(day, zone)) ? [] : [{ type: 'outsideDay', day, disposition: 'move' }];
};

/** A fixed item goes to its given time; a placed session keeps its start when it gets shorter, and moves when longer. */
const timing = ({ booked, wanted }: Pair, zone: string): Found[] => {
  if (wanted.at) return sameInterval(wanted.at, booked) ? [] : [{ type: 'time', from: { start: booked.start, end: booked.end }, to: wanted.at, disposition: 'move' }];
  const minutes = minutesOf(booked);
  const length: Found[] = minutes === wanted.minutes ? [] : [{ type: 'length', from: minutes, to: wanted.minutes, disposition: wanted.minutes < minutes ? 'stay' : 'move' }];
  return [...dayRules(booked, wanted, zone), ...length];
};

/** Online or not; a new place only between two places (going online or off says it already). */
const where = ({ booked, wanted }: Pair): Found[] => {
  if (booked.online !== wanted.online) return [{ type: 'online', online: wanted.online, ...(wanted.location ? { location: wanted.location } : {}), disposition: 'stay' }];
  if (wanted.online || booked.location === wanted.location) return [];
  return [{ type: 'place', ...(booked.location ? { from: booked.location } : {}), ...(wanted.location ? { to: wanted.location } : {}), disposition: 'stay' }];
};

const attendees = ({ booked, wanted }: Pair): Found[] => {
  const added = without(wanted.attendees, booked.attendees);
  const removed = without(booked.attendees, wanted.attendees);
  return [
    ...(added.length > 0 ? [{ type: 'attendeesAdded', emails: added, disposition: 'stay' } as const] : []),
    ...(removed.length > 0 ? [{ type: 'attendeesRemoved', emails: removed, disposition: 'stay' } as const] : []),
  ];
};

/** Everything but the peers (peer-changes.ts) and the clashes (clashes.ts), in the order a person reads them. */
export const sessionChanges = (pair: Pair, zone: string): Found[] => [...naming(pair), ...timing(pair, zone), ...where(pair), ...attendees(pair)];
