/**
 * The on-site programme's data: the normalised input the scheduler reads (from a validated review file)
 * and the plan it returns. The rules both the scheduler and the benchmark's exact model keep are in
 * docs/on-site-rules.md.
 */
import type { DayWindow, UtcInterval } from '../shared/index.js';

export const SETTINGS = [
  'specialSchool',
  'primary',
  'secondary',
  'fe',
  'earlyYears',
  'alternativeProvision',
  'healthTrust',
  'camhs',
  'familyHub',
] as const;
export type Setting = (typeof SETTINGS)[number];

/** Appendix 6: "It is essential that these site visits include a visit to ...". */
export const ESSENTIAL_VISITS: { need: string; settings: Setting[] }[] = [
  { need: 'Special school', settings: ['specialSchool'] },
  { need: 'Mainstream primary school', settings: ['primary'] },
  { need: 'Mainstream secondary school', settings: ['secondary'] },
  { need: 'FE college', settings: ['fe'] },
  { need: 'Early years provision (nursery, children’s centre or family hub)', settings: ['earlyYears', 'familyHub'] },
  { need: 'Alternative provision', settings: ['alternativeProvision'] },
  { need: 'Acute or community health trust, or CAMHS', settings: ['healthTrust', 'camhs'] },
];

export type OnSiteKind = 'interview' | 'focusGroup' | 'siteVisit' | 'teamMeeting' | 'feedback';

/** Minutes by kind when the file gives none (an interview slot is 45 minutes' talk and 15 minutes' crossover). */
export const DEFAULT_MINUTES: Record<Exclude<OnSiteKind, 'siteVisit'>, number> = {
  interview: 60,
  focusGroup: 90,
  teamMeeting: 60,
  feedback: 60,
};

/** Start times of bands lie on this grid from each day's start. */
export const GRID_MINUTES = 15;

export interface OnSiteSession {
  id: string;
  title: string;
  kind: OnSiteKind;
  attendees: string[];
  themes: string[];
  /** Time with the attendees. */
  minutes: number;
  /** Site visits: travel each way; the peers on it are busy for it too. 0 otherwise. */
  travelMinutes: number;
  location?: string;
  online: boolean;
  /** Pinned day (yyyy-MM-dd), if any. */
  date?: string;
  /** Peers needed (default 2). */
  peers: number;
  /** Weight in "place as many as possible" (default 1). */
  priority: number;
  setting?: Setting;
}

/** A session booked earlier, in UTC with its travel: it keeps its stream while the rest is planned again. */
export interface HeldSession {
  title: string;
  start: string;
  end: string;
}

export interface FixedItem {
  title: string;
  kind: string;
  /** The day, or undefined when the item is daily. */
  date?: string;
  daily: boolean;
  /** HH:mm local. */
  start: string;
  end: string;
  attendees: string[];
  /** Every on-site peer attends, and nothing else runs at the same time. */
  allPeers: boolean;
  location?: string;
}

export interface OnSite {
  days: DayWindow[];
  streams: number;
  fixed: FixedItem[];
  sessions: OnSiteSession[];
}

export interface PlacedSession {
  sessionId: string;
  /** UTC: the time with the attendees (for a site visit, without the travel). */
  start: string;
  end: string;
  /** The band this session runs in: all sessions of a band start together; UTC. */
  band: UtcInterval;
  /** 'A', 'B', ... */
  stream: string;
  /** Emails of the peers running it. */
  peers: string[];
}

export interface PlacedFixed {
  title: string;
  kind: string;
  start: string;
  end: string;
  peers: string[];
  attendees: string[];
  location?: string;
}

export interface UnplacedSession {
  sessionId: string;
  /** A sentence a project team member understands. */
  reason: string;
}

export interface Coverage {
  /** Theme ids with no placed session. */
  themesUncovered: string[];
  /** The site visits Appendix 6 calls essential: present when a placed site visit has one of the settings. */
  essentialVisits: { need: string; settings: Setting[]; present: boolean }[];
}

export interface OnSitePlan {
  placed: PlacedSession[];
  fixed: PlacedFixed[];
  unplaced: UnplacedSession[];
  coverage: Coverage;
}
