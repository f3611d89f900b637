/**
 * The review file as written, section by section (docs/review-file.md). It refuses what a single value can
 * show to be wrong, and any key it does not know; how the parts relate (a case's reviewer must be a listed case
 * reviewer, ids are unique) is checked by relations.ts.
 */
import type { z } from 'zod';
import { CASE_CATEGORIES, ROLES } from '../shared/index.js';
import { address, date, email, list, localDateTime, oneOf, optional, optionalList, optionalOr, section, sectionMap, text, time, timeZone, wholeNumber } from './fields.js';
import { dayShape, onSiteShape } from './on-site-schema.js';
import { remindersShape } from './reminders-schema.js';

/** Shorter calls would be no review, and would multiply the times the planner weighs for each case. */
const MIN_CALL_MINUTES = 15;

const headShape = {
  name: text,
  key: optional(text),
  timeZone,
  organiser: email,
  base: text,
  projectTeam: list(email).min(1, 'list at least one email: the people who run the review'),
  feedbackDate: optional(date),
  noteReleases: optional(list(time).max(12, 'give at most 12 release times')),
};

export const themeShape = { id: text, title: text };

const personShape = { email, name: text };

export const peerShape = { ...personShape, role: oneOf(ROLES), themes: optionalList(text) };

export const caseShape = {
  id: text,
  caseWorker: email,
  categories: optionalList(oneOf(CASE_CATEGORIES)),
  reviewer: optional(email),
};

export const caseReviewsShape = {
  days: list(section(dayShape, 'a day')),
  minutes: optionalOr(wholeNumber(MIN_CALL_MINUTES, 24 * 60), 60),
  cases: list(section(caseShape, 'a case')),
};

export const busyTimeShape = { start: localDateTime, end: localDateTime };

const fileShape = {
  review: section(headShape, 'the review section'),
  themes: list(section(themeShape, 'a theme')),
  peers: list(section(peerShape, 'a peer')),
  people: optionalList(section(personShape, 'a person')),
  caseReviews: optional(section(caseReviewsShape, 'the case-review section')),
  onSite: optional(section(onSiteShape, 'the on-site section')),
  reminders: optional(section(remindersShape, 'the reminders section')),
  busy: optionalOr(sectionMap(address, optionalList(section(busyTimeShape, 'a busy time'))), {}),
};

export const reviewFileSchema = section(fileShape, 'a review file', 'is not a section of a review file');

/** The file's data once the schema has read it: trimmed text, lower-cased emails (busy keys aside), defaults filled. */
export type ReviewFile = z.infer<typeof reviewFileSchema>;
