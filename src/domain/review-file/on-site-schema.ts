/**
 * The on-site part of a review file as written (docs/review-file.md, `onSite`). Defaults are left out: the
 * on-site scheduler fills them in when it reads the part (src/domain/on-site/read-on-site.ts).
 */
import { SETTINGS } from '../on-site/index.js';
import { date, email, flag, list, oneOf, optional, section, text, time, wholeNumber } from './fields.js';

const SESSION_KINDS = ['interview', 'focusGroup', 'siteVisit', 'teamMeeting', 'feedback'] as const;
const FIXED_KINDS = ['presentation', 'break', 'teamMeeting', 'feedback', 'interview', 'focusGroup', 'siteVisit'] as const;

export const dayShape = { date, start: time, end: time };

export const fixedShape = {
  title: text,
  kind: oneOf(FIXED_KINDS),
  /** Required unless `daily` (on-site-relations.ts). */
  date: optional(date),
  daily: optional(flag),
  start: time,
  end: time,
  attendees: optional(list(email)),
  allPeers: optional(flag),
  location: optional(text),
};

export const sessionShape = {
  id: text,
  title: text,
  kind: oneOf(SESSION_KINDS),
  attendees: optional(list(email)),
  themes: optional(list(text)),
  /** Required for a site visit (on-site-relations.ts). */
  minutes: optional(wholeNumber(5, 600)),
  travelMinutes: optional(wholeNumber(0, 240)),
  peers: optional(wholeNumber(0, 10)),
  priority: optional(wholeNumber(0, 100)),
  online: optional(flag),
  location: optional(text),
  setting: optional(oneOf(SETTINGS)),
  date: optional(date),
};

export const onSiteShape = {
  days: list(section(dayShape, 'a day')),
  streams: optional(wholeNumber(1, 6)),
  fixed: optional(list(section(fixedShape, 'a fixed item'))),
  sessions: optional(list(section(sessionShape, 'a session'))),
};
