/** The review as described by its file (see docs/review-file.md). Plain data, already validated. */
import type { ReminderPolicy } from './reminder-policy.js';

export const ROLES = ['teamLead', 'challengeManager', 'peer', 'caseReviewer', 'shadow'] as const;
export type Role = (typeof ROLES)[number];

export const CASE_CATEGORIES = [
  'missingFromEducation',
  'independentPlacement',
  'alternativeProvision',
  'youthJustice',
  'transitionToAdult',
  'lookedAfter',
  'childInNeed',
  'childProtection',
  'servicePersonnel',
  'inHospital',
] as const;
export type CaseCategory = (typeof CASE_CATEGORIES)[number];

export interface Theme {
  id: string;
  title: string;
}

export interface Peer {
  email: string;
  name: string;
  role: Role;
  themes: string[];
}

/** Someone the review knows by name who is not a peer (staff, partners). */
export interface Person {
  email: string;
  name: string;
}

/** A working day: date is yyyy-MM-dd, start and end are HH:mm, all in the review's zone. */
export interface DayWindow {
  date: string;
  start: string;
  end: string;
}

export interface Case {
  id: string;
  caseWorker: string;
  categories: CaseCategory[];
  /** Optional: the caseReviewer peer this case must go to. */
  reviewer?: string;
}

export interface CaseReviews {
  days: DayWindow[];
  minutes: number;
  cases: Case[];
}

/** A busy time from the file: local date-times (yyyy-MM-ddTHH:mm) in the review's zone. */
export interface LocalBusy {
  start: string;
  end: string;
}

export interface Review {
  name: string;
  /** What makes a later file the same review (a new revision of it); without it, the name does. */
  key?: string;
  timeZone: string;
  organiser: string;
  base: string;
  /** Emails of the host council's project team: they may import, schedule, confirm and see status. */
  projectTeam: string[];
  /** yyyy-MM-dd: the feedback to senior leaders; EHCP forms can be edited until the end of that day. */
  feedbackDate?: string;
  /** HH:mm: when held notes join the collections on an on-site day; without it, each team meeting's start and the day's end. */
  noteReleases?: string[];
  themes: Theme[];
  peers: Peer[];
  people: Person[];
  caseReviews?: CaseReviews;
  /** The on-site part, kept as given until the on-site scheduler reads it. */
  onSite?: unknown;
  /** The file's reminder policy, defaults filled; without the section, the defaults of src/domain/reminders. */
  reminders?: ReminderPolicy;
  /** Keyed by lower-case email. */
  busy: Record<string, LocalBusy[]>;
}

/** The key a review is known by across imports: `review.key`, else its name, in one form however it is typed. */
export const reviewKey = (review: Pick<Review, 'name' | 'key'>): string => (review.key ?? review.name).trim().replace(/\s+/g, ' ').toLowerCase();

/** A UTC interval as ISO strings; the only time shape that crosses module boundaries. */
export interface UtcInterval {
  start: string;
  end: string;
}

/** Busy intervals per lower-case email. */
export type BusyByPerson = Map<string, UtcInterval[]>;
