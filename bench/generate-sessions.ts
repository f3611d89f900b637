/**
 * The generated instances' on-site part in the review file's own shape: days, streams, fixed items (as in the
 * manual's Appendix 7) and the sessions to place: interviews, focus groups and site visits with travel.
 */
import { SETTINGS } from '../src/domain/on-site/on-site.js';
import type { DayWindow, Person } from '../src/domain/shared/review.js';
import type { Prng } from './prng.js';

export interface FileFixed {
  title: string;
  kind: string;
  date?: string;
  daily?: boolean;
  start: string;
  end: string;
  attendees: string[];
  allPeers: boolean;
}

export interface FileSession {
  id: string;
  title: string;
  kind: 'interview' | 'focusGroup' | 'siteVisit';
  attendees: string[];
  themes: string[];
  minutes?: number;
  travelMinutes?: number;
  date?: string;
  peers?: number;
  priority?: number;
  setting?: string;
}

const GROUPS = ['SENCOs', 'parent carers', 'young people', 'health visitors', 'social workers', 'headteachers', 'EHC plan coordinators', 'educational psychologists'];
const PLACES: Record<string, string> = {
  specialSchool: 'a special school', primary: 'a primary school', secondary: 'a secondary school', fe: 'an FE college',
  earlyYears: 'a nursery', alternativeProvision: 'an alternative provision', healthTrust: 'a community health trust',
  camhs: 'CAMHS', familyHub: 'a family hub',
};

/** Weekdays from `first` (yyyy-MM-dd, a weekday): long days, the last one shorter, as in the demo. */
export const onSiteDays = (first: string, count: number): DayWindow[] => {
  const days: DayWindow[] = [];
  for (let d = new Date(`${first}T12:00:00Z`); days.length < count; d.setUTCDate(d.getUTCDate() + 1)) {
    if (d.getUTCDay() === 0 || d.getUTCDay() === 6) continue;
    days.push({ date: d.toISOString().slice(0, 10), start: '08:30', end: '19:00' });
  }
  days[days.length - 1]!.end = '16:00';
  return days;
};

/** Appendix 7's fixed points, plus a fixed meeting in one stream every other day. */
export const fixedItems = (days: DayWindow[], people: Person[], random: Prng): FileFixed[] => {
  const director = people[0]!.email;
  const last = days[days.length - 1]!;
  const items: FileFixed[] = [
    { title: 'Council overview presentation', kind: 'presentation', date: days[0]!.date, start: '09:00', end: '10:00', attendees: [director], allPeers: true },
    { title: 'Lunch', kind: 'break', daily: true, start: '12:30', end: '13:15', attendees: [], allPeers: true },
    { title: 'Feedback to the council', kind: 'feedback', date: last.date, start: '14:30', end: '15:30', attendees: [director, people[1]!.email], allPeers: true },
  ];
  for (const [i, day] of days.slice(0, -1).entries()) {
    items.push({ title: 'Peer team meeting', kind: 'teamMeeting', date: day.date, start: '17:30', end: '18:30', attendees: [], allPeers: true });
    if (i % 2 === 1) {
      const start = random.pick(['10:00', '11:00', '14:00', '15:00']);
      const end = `${String(Number(start.slice(0, 2)) + 1).padStart(2, '0')}:30`;
      items.push({ title: 'Case file audit with the quality team', kind: 'interview', date: day.date, start, end, attendees: random.sample(people, 2).map((p) => p.email), allPeers: false });
    }
  }
  return items;
};

/** Senior staff are asked to many sessions: attendees are drawn with weights falling with their rank. */
const attendeesFor = (people: Person[], count: number, random: Prng): string[] => {
  const weights = people.map((_, i) => 1 / (i + 1) ** 0.7);
  const chosen = new Set<string>();
  while (chosen.size < Math.min(count, people.length)) chosen.add(people[random.weighted(weights)]!.email);
  return [...chosen];
};

const optional = <T>(present: boolean, value: T): T | undefined => (present ? value : undefined);

export const sessions = (count: number, days: DayWindow[], people: Person[], themeIds: string[], random: Prng): FileSession[] =>
  Array.from({ length: count }, (_, i): FileSession => {
    const roll = random.next();
    const kind = roll < 0.5 ? 'interview' : roll < 0.77 ? 'focusGroup' : 'siteVisit';
    const id = `s${String(i + 1).padStart(3, '0')}`;
    const themes = random.sample(themeIds, random.int(1, 2));
    const priority = random.chance(0.12) ? 3 : random.chance(0.25) ? 2 : undefined;
    const date = random.chance(kind === 'siteVisit' ? 0.4 : 0.15) ? random.pick(days).date : undefined;
    const session: FileSession = { id, title: '', kind, attendees: [], themes };
    if (kind === 'interview') {
      session.attendees = attendeesFor(people, random.int(1, 2), random);
      session.title = `Meeting with ${people.find((p) => p.email === session.attendees[0])!.name}`;
      session.peers = optional(random.chance(0.15), 1);
    } else if (kind === 'focusGroup') {
      session.attendees = attendeesFor(people, random.int(3, 6), random);
      session.title = `Focus group with ${random.pick(GROUPS)}`;
      session.peers = optional(random.chance(0.3), 3);
    } else {
      const setting = SETTINGS[i % SETTINGS.length]!;
      session.attendees = attendeesFor(people, random.int(1, 2), random);
      session.title = `Visit to ${PLACES[setting]}`;
      session.minutes = random.pick([60, 90, 120]);
      session.travelMinutes = random.pick([15, 30, 45]);
      session.setting = setting;
    }
    session.date = date;
    session.priority = priority;
    return withoutUndefined(session);
  });

const withoutUndefined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
