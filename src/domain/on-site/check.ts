/**
 * Every hard rule of docs/on-site-rules.md a plan breaks, in words; an empty list means the plan is valid.
 * Written apart from the planner (only reading the file the same way), so that tests and the benchmark can
 * prove a plan valid without trusting the code that made it.
 */
import { DateTime } from 'luxon';
import { dayWindow, isFree, overlaps } from '../shared/index.js';
import { GRID_MINUTES, type OnSitePlan, type OnSiteSession, type PlacedSession } from './on-site.js';
import { eligiblePeers } from './model.js';
import { placeFixed } from './plan-on-site.js';
import { readOnSite } from './read-on-site.js';
import type { BusyByPerson, Review, UtcInterval } from '../shared/index.js';

const MINUTE = 60_000;
const ms = (iso: string) => DateTime.fromISO(iso, { setZone: true }).toMillis();
const minutes = (a: string, b: string) => (ms(b) - ms(a)) / MINUTE;
const block = (s: OnSiteSession) => s.minutes + 2 * s.travelMinutes;

/** Reads only the placed sessions and fixed items, so that a programme rebuilt from bookings can be checked too. */
export const checkOnSitePlan = (review: Review, busy: BusyByPerson, plan: Pick<OnSitePlan, 'placed' | 'fixed'>): string[] => {
  const onSite = readOnSite(review);
  if (!onSite) return plan.placed.length > 0 ? ['the review has no on-site part, but the plan places sessions'] : [];
  const problems: string[] = [];
  const sessions = new Map(onSite.sessions.map((s) => [s.id, s]));
  const peers = new Set(eligiblePeers(review));
  const fixed = placeFixed(review, onSite);
  const expectedFixed = JSON.stringify(fixed.map((f) => [f.title, f.start, f.end, [...f.peers].sort()]));
  if (JSON.stringify(plan.fixed.map((f) => [f.title, f.start, f.end, [...f.peers].sort()])) !== expectedFixed) problems.push('fixed items are not placed as given');
  const allPeersItems = fixed.filter((f) => onSite.fixed.some((i) => i.title === f.title && i.allPeers));
  const sharedItems = fixed.filter((f) => !allPeersItems.includes(f));
  const busyOf = (email: string): UtcInterval[] => [
    ...(busy.get(email) ?? []),
    ...fixed.filter((f) => f.attendees.includes(email) || f.peers.includes(email)),
  ];
  const seen = new Set<string>();
  const bands = new Map<string, PlacedSession[]>();
  for (const p of plan.placed) {
    const s = sessions.get(p.sessionId);
    const at = `${p.sessionId}:`;
    if (!s) {
      problems.push(`${at} is not a session of the review`);
      continue;
    }
    if (seen.has(p.sessionId)) problems.push(`${at} is placed more than once`);
    seen.add(p.sessionId);
    const day = onSite.days.find((d) => {
      const w = dayWindow(d, review.timeZone);
      return ms(w.start) <= ms(p.band.start) && ms(p.band.end) <= ms(w.end);
    });
    if (!day) problems.push(`${at} its band ${p.band.start}–${p.band.end} is not inside an on-site day`);
    else {
      if (s.date && s.date !== day.date) problems.push(`${at} is pinned to ${s.date} but placed on ${day.date}`);
      if (minutes(dayWindow(day, review.timeZone).start, p.band.start) % GRID_MINUTES !== 0) problems.push(`${at} its band does not start on the ${GRID_MINUTES}-minute grid`);
    }
    if (minutes(p.band.start, p.start) !== s.travelMinutes || minutes(p.start, p.end) !== s.minutes) problems.push(`${at} its time with the attendees is not ${s.travelMinutes} minutes into its band for ${s.minutes} minutes`);
    if (minutes(p.band.start, p.band.end) < block(s)) problems.push(`${at} its band is shorter than its block`);
    if (p.peers.length !== s.peers || new Set(p.peers).size !== p.peers.length) problems.push(`${at} has ${p.peers.length} distinct peers, needs ${s.peers}`);
    for (const peer of p.peers) {
      if (!peers.has(peer)) problems.push(`${at} ${peer} is not a peer who may run on-site sessions`);
      if (!isFree(p.band, busyOf(peer))) problems.push(`${at} ${peer} (peer) is not free for the whole band`);
    }
    for (const a of s.attendees) if (!isFree(p, busyOf(a))) problems.push(`${at} ${a} (attendee) is not free`);
    const key = p.band.start;
    bands.set(key, [...(bands.get(key) ?? []), p]);
  }
  const list = [...bands.values()];
  for (const members of list) {
    const band = members[0]!.band;
    const at = `band at ${band.start}:`;
    if (members.some((m) => m.band.end !== band.end)) problems.push(`${at} its sessions do not share one band`);
    const longest = Math.max(...members.map((m) => block(sessions.get(m.sessionId)!)));
    if (minutes(band.start, band.end) !== longest) problems.push(`${at} is not as long as its longest block (${longest} minutes)`);
    if (allPeersItems.some((f) => overlaps(f, band))) problems.push(`${at} overlaps a fixed item for all peers`);
    const capacity = onSite.streams - sharedItems.filter((f) => overlaps(f, band)).length;
    if (members.length > capacity) problems.push(`${at} has ${members.length} sessions, at most ${capacity} may run`);
    if (new Set(members.map((m) => m.stream)).size !== members.length) problems.push(`${at} two sessions share a stream`);
    const people = members.flatMap((m) => [...m.peers, ...sessions.get(m.sessionId)!.attendees]);
    const twice = [...new Set(people.filter((e, i) => people.indexOf(e) !== i))];
    if (twice.length > 0) problems.push(`${at} ${twice.join(', ')} would be in two sessions at once`);
  }
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      if (overlaps(list[i]![0]!.band, list[j]![0]!.band)) problems.push(`bands at ${list[i]![0]!.band.start} and ${list[j]![0]!.band.start} overlap`);
    }
  }
  return problems;
};
