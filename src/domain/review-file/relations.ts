/**
 * The checks that relate parts of a review file: ids are unique, references name something listed, a case's
 * reviewer is a case reviewer. They read the raw file field by field, so they run even when other parts have
 * problems, and every problem is listed at once.
 */
import { DateTime } from 'luxon';
import { isNode, text } from './fields.js';
import { checkOnSite } from './on-site-relations.js';
import type { Problem } from './problems.js';
import { checkDays, field, items, raw, read, type Say } from './raw-fields.js';
import { caseReviewsShape, caseShape, peerShape, themeShape, busyTimeShape } from './review-schema.js';

export const relations = (file: unknown): Problem[] => {
  const problems: Problem[] = [];
  const say: Say = (path, message) => problems.push({ path, message });
  const themeIds = checkThemes(file, say);
  const reviewers = checkPeers(file, themeIds, say);
  const caseIds = checkCaseReviews(raw(file, 'caseReviews'), reviewers, say);
  checkOnSite(raw(file, 'onSite'), themeIds, caseIds, say);
  checkBusy(raw(file, 'busy'), say);
  return problems;
};

/** The ids of the themes; the rest of the file refers to themes by id. */
const checkThemes = (file: unknown, say: Say): Set<string> => {
  const ids = new Set<string>();
  items(file, 'themes').forEach((theme, i) => {
    const id = field(themeShape, theme, 'id');
    if (id !== undefined && ids.has(id)) say(['themes', i, 'id'], `"${id}" is used by another theme: theme ids must be unique`);
    if (id !== undefined) ids.add(id);
  });
  return ids;
};

/** The emails of the case reviewers. */
const checkPeers = (file: unknown, themeIds: Set<string>, say: Say): Set<string> => {
  const [seen, reviewers] = [new Set<string>(), new Set<string>()];
  items(file, 'peers').forEach((peer, i) => {
    items(peer, 'themes').forEach((value, j) => {
      const theme = read(text, value);
      if (theme !== undefined && !themeIds.has(theme)) say(['peers', i, 'themes', j], `"${theme}" is not a theme id (known: ${[...themeIds].join(', ')})`);
    });
    const email = field(peerShape, peer, 'email');
    if (email === undefined) return;
    if (seen.has(email)) say(['peers', i, 'email'], `${email} is listed twice in peers`);
    seen.add(email);
    if (field(peerShape, peer, 'role') === 'caseReviewer') reviewers.add(email);
  });
  return reviewers;
};

/** The ids of the cases. */
const checkCaseReviews = (caseReviews: unknown, reviewers: Set<string>, say: Say): Set<string> => {
  const ids = new Set<string>();
  const cases = items(caseReviews, 'cases');
  const days = checkDays(items(caseReviews, 'days'), ['caseReviews', 'days'], say);
  const minutes = field(caseReviewsShape, caseReviews, 'minutes');
  for (const day of days.filter((d) => d.start < d.end)) {
    const length = DateTime.fromISO(`${day.date}T${day.end}`).diff(DateTime.fromISO(`${day.date}T${day.start}`), 'minutes').minutes;
    if (minutes !== undefined && length < minutes) say(['caseReviews', 'days', day.i], `is ${length} minutes long, shorter than one ${minutes}-minute call`);
  }
  const noDays = Array.isArray(raw(caseReviews, 'days')) && items(caseReviews, 'days').length === 0;
  if (cases.length > 0 && noDays) say(['caseReviews', 'days'], 'list at least one day for the case-review calls');
  cases.forEach((item, i) => {
    const path = ['caseReviews', 'cases', i];
    const [id, caseWorker, reviewer] = [field(caseShape, item, 'id'), field(caseShape, item, 'caseWorker'), field(caseShape, item, 'reviewer')];
    if (reviewer !== undefined && !reviewers.has(reviewer)) say([...path, 'reviewer'], `${reviewer} is not a peer with role caseReviewer`);
    if (reviewer !== undefined && reviewer === caseWorker) say([...path, 'reviewer'], `${reviewer} is the case worker: a case needs a reviewer other than its case worker`);
    if (id !== undefined && ids.has(id)) say([...path, 'id'], `"${id}" is used by another case: case ids must be unique`);
    if (id !== undefined) ids.add(id);
  });
  if (cases.length > 0 && reviewers.size === 0) say(['peers'], 'there are cases to review but no peer has role caseReviewer');
  return ids;
};

const checkBusy = (busy: unknown, say: Say): void => {
  for (const key of isNode(busy) ? Object.keys(busy) : []) {
    items(busy, key).forEach((entry, i) => {
      const [start, end] = [field(busyTimeShape, entry, 'start'), field(busyTimeShape, entry, 'end')];
      if (start !== undefined && end !== undefined && start >= end) say(['busy', key, i], 'the end must be after the start');
    });
  }
};
