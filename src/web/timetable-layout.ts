/**
 * The timetable in the page's words, before any HTML: the domain's timetable grid (per on-site day, bands with a
 * cell per stream and fixed items, in time order, in the review's zone) with kinds, places and peers' names;
 * then what was not placed and the coverage report.
 */
import { DateTime } from 'luxon';
import type { OnSite, OnSitePlan, OnSiteSession } from '../domain/on-site/index.js';
import { timetableGrid, type GridBand, type GridCell, type GridRow } from '../domain/programme/index.js';
import { timesAre, type Review } from '../domain/shared/index.js';

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
  /** "Times are UK time.": the zone in its one wording (docs/cards.md). */
  timesAre: string;
  rows: TimetableRow[];
}

export interface Timetable {
  reviewName: string;
  base: string;
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
  const sessions = new Map((onSite?.sessions ?? []).map((s) => [s.id, s]));
  const grid = timetableGrid(review, onSite, plan);

  const sessionCell = (cell: GridCell, band: GridBand): TimetableCell | undefined => {
    if (cell.kind === 'empty') return undefined;
    const { session } = cell;
    const own = cell.start !== band.start || cell.end !== band.end;
    return {
      title: cell.title,
      kind: session?.kind ?? '',
      time: own ? cell.time : undefined,
      where: where(session, review.base),
      online: session?.online ?? false,
      peers: cell.peers.map((p) => p.name),
      note: session?.travelMinutes ? `${session.travelMinutes} min travel each way` : undefined,
    };
  };
  const pageRow = (row: GridRow): TimetableRow =>
    row.kind === 'band'
      ? { type: 'band', time: row.time, cells: row.cells.map((c) => sessionCell(c, row)) }
      : {
          type: 'fixed',
          time: row.time,
          title: row.item.title,
          kind: row.item.kind,
          where: row.item.location,
          who: row.allPeers ? 'All peers' : row.peers.map((p) => p.name).join(', '),
        };

  return {
    reviewName: review.name,
    base: review.base,
    streams: grid.streams,
    days: grid.days.map((day) => {
      const noon = DateTime.fromISO(`${day.date}T12:00`, { zone }).setLocale('en-GB');
      return { date: day.date, heading: noon.toFormat('cccc d LLLL yyyy'), timesAre: timesAre(zone, noon.toISO()!), rows: day.rows.map(pageRow) };
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
