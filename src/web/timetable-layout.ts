/**
 * The timetable as rows and columns, before any HTML: per on-site day, bands (one cell per stream) and
 * fixed items in time order, all in the review's zone; then what was not placed and the coverage report.
 */
import { DateTime } from 'luxon';
import { describePerson } from '../domain/shared/index.js';
import type { OnSite, OnSitePlan, OnSiteSession, PlacedFixed, PlacedSession } from '../domain/on-site/index.js';
import type { Review } from '../domain/shared/index.js';

export interface TimetableCell {
  title: string;
  /** The session's kind id (interview, siteVisit, ...): kindLabel gives its words. */
  kind: string;
  /** Set when the session's own time differs from its band's (shorter sessions, site visits). */
  time?: string;
  where: string;
  online: boolean;
  peers: string[];
  /** "30 min travel each way" for site visits. */
  note?: string;
}

export type TimetableRow =
  | { type: 'band'; time: string; cells: (TimetableCell | undefined)[] }
  | { type: 'fixed'; time: string; title: string; kind: string; where?: string; who: string };

export interface TimetableDay {
  date: string;
  heading: string;
  /** "GMT" or "BST": the clock in force that day. */
  zone: string;
  rows: TimetableRow[];
}

export interface Timetable {
  reviewName: string;
  base: string;
  zoneName: string;
  streams: string[];
  days: TimetableDay[];
  placedCount: number;
  sessionCount: number;
  unplaced: { title: string; kind: string; reason: string }[];
  themesUncovered: string[];
  essentialVisits: { need: string; present: boolean }[];
}

const KINDS: Record<string, string> = {
  interview: 'Interview',
  focusGroup: 'Focus group',
  siteVisit: 'Site visit',
  teamMeeting: 'Team meeting',
  feedback: 'Feedback',
  presentation: 'Presentation',
  break: 'Break',
};

export const kindLabel = (kind: string): string => KINDS[kind] ?? kind;

export const timetableLayout = (review: Review, onSite: OnSite | undefined, plan: OnSitePlan): Timetable => {
  const zone = review.timeZone;
  const local = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone).setLocale('en-GB');
  const span = (start: string, end: string) => `${local(start).toFormat('HH:mm')}–${local(end).toFormat('HH:mm')}`;
  const dayOf = (iso: string) => local(iso).toISODate()!;
  const sessions = new Map((onSite?.sessions ?? []).map((s) => [s.id, s]));
  const names = (emails: string[]) => emails.map((e) => describePerson(review, e));
  const streams = streamLetters(onSite?.streams ?? 1, plan.placed);

  const cell = (placed: PlacedSession): TimetableCell => {
    const session = sessions.get(placed.sessionId);
    const own = placed.start !== placed.band.start || placed.end !== placed.band.end;
    return {
      title: session?.title ?? placed.sessionId,
      kind: session?.kind ?? '',
      time: own ? span(placed.start, placed.end) : undefined,
      where: where(session, review.base),
      online: session?.online ?? false,
      peers: names(placed.peers),
      note: session?.travelMinutes ? `${session.travelMinutes} min travel each way` : undefined,
    };
  };

  const fixedRow = (fixed: PlacedFixed): TimetableRow & { start: string; end: string } => ({
    type: 'fixed',
    start: fixed.start,
    end: fixed.end,
    time: span(fixed.start, fixed.end),
    title: fixed.title,
    kind: fixed.kind,
    where: fixed.location,
    who: fixed.peers.length > 0 && fixed.peers.length === allOnSitePeers(review).length ? 'All peers' : names(fixed.peers).join(', '),
  });

  const bandRows = [...groupBy(plan.placed, (p) => `${p.band.start}/${p.band.end}`).values()].map((band) => {
    const first = band[0]!;
    return {
      type: 'band' as const,
      start: first.band.start,
      end: first.band.end,
      time: span(first.band.start, first.band.end),
      cells: streams.map((letter) => {
        const placed = band.find((p) => p.stream === letter);
        return placed ? cell(placed) : undefined;
      }),
    };
  });
  const rows = [...bandRows, ...plan.fixed.map(fixedRow)].sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
  const dates = [...new Set([...(onSite?.days ?? []).map((d) => d.date), ...rows.map((r) => dayOf(r.start))])].sort();

  return {
    reviewName: review.name,
    base: review.base,
    zoneName: zone === 'Europe/London' ? 'UK time' : zone,
    streams: streams.map((letter) => `Team ${letter}`),
    days: dates.map((date) => {
      const noon = DateTime.fromISO(`${date}T12:00`, { zone }).setLocale('en-GB');
      return {
        date,
        heading: noon.toFormat('cccc d LLLL yyyy'),
        zone: noon.toFormat('ZZZZ'),
        rows: rows.filter((r) => dayOf(r.start) === date).map(({ start: _start, end: _end, ...row }) => row),
      };
    }),
    placedCount: plan.placed.length,
    sessionCount: plan.placed.length + plan.unplaced.length,
    unplaced: plan.unplaced.map((u) => {
      const session = sessions.get(u.sessionId);
      return { title: session?.title ?? u.sessionId, kind: session?.kind ?? '', reason: u.reason };
    }),
    themesUncovered: plan.coverage.themesUncovered.map((id) => review.themes.find((t) => t.id === id)?.title ?? id),
    essentialVisits: plan.coverage.essentialVisits.map(({ need, present }) => ({ need, present })),
  };
};

/** The base is named once at the top of each sheet, so cells only say "At base". */
const where = (session: OnSiteSession | undefined, base: string): string => {
  if (session?.online) return 'Online (Teams)';
  if (session?.location && session.location !== base) return session.location;
  // A site visit is away from the base by nature: the base is no answer to where it is.
  return session?.kind === 'siteVisit' && !session.location ? 'Place to be confirmed' : 'At base';
};

/** As many columns as the review has streams, or more if the plan uses them. */
const streamLetters = (streams: number, placed: PlacedSession[]): string[] => {
  const used = placed.map((p) => p.stream.charCodeAt(0) - 64).filter((n) => n >= 1 && n <= 26);
  const count = Math.max(streams, ...used);
  return Array.from({ length: count }, (_, i) => String.fromCharCode(65 + i));
};

const allOnSitePeers = (review: Review) => review.peers.filter((p) => p.role !== 'caseReviewer');

const groupBy = <T>(items: T[], key: (item: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
};
