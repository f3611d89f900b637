/**
 * Reads a review file (YAML or JSON) into a Review. Every problem is reported at once, each with its
 * path in the file and what to fix; a file with any problem gives no Review at all.
 */
import { DateTime, IANAZone } from 'luxon';
import { parseDocument } from 'yaml';
import { CASE_CATEGORIES, ROLES, type Case, type CaseReviews, type LocalBusy, type Peer, type Person, type Review, type Theme } from '../shared/index.js';
import { Checker, readDay, type Node } from './checker.js';
import { overLimits } from './limits.js';
import { checkOnSite } from './on-site-section.js';
import { ok, userError, type Result } from '../shared/index.js';

export const parseReviewFile = (text: string): Result<Review> => {
  const document = parseDocument(text, { uniqueKeys: true });
  if (document.errors.length > 0) {
    const details = document.errors.map((e) => {
      const at = e.linePos ? `line ${e.linePos[0].line}, column ${e.linePos[0].col}` : 'the file';
      return `${at}: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`;
    });
    return userError('REVIEW_FILE.INVALID', 'The review file is not valid YAML or JSON; nothing was imported.', details);
  }
  const root = toJS(document);
  if (!root.ok) return root;
  const over = overLimits(root.value);
  if (over.length > 0) return userError('REVIEW_FILE.INVALID', 'The review file is too large to plan; nothing was imported.', over);
  const check = new Checker();
  const review = readReview(root.value, check);
  if (check.problems.length > 0 || !review) {
    const count = check.problems.length;
    return userError('REVIEW_FILE.INVALID', `The review file has ${count} problem${count === 1 ? '' : 's'}; nothing was imported.`, check.problems);
  }
  return ok(review);
};

/**
 * YAML aliases (*name) repeat a part of the file; nested, a few lines can stand for billions of items (the
 * "billion laughs"). The yaml package stops at maxAliasCount with a ReferenceError, turned here into a problem.
 */
const MAX_ALIASES = 100;

const toJS = (document: ReturnType<typeof parseDocument>): Result<unknown> => {
  try {
    return ok(document.toJS({ maxAliasCount: MAX_ALIASES }));
  } catch (error) {
    // The yaml package's errors for aliases it will not resolve are ReferenceErrors.
    if (!(error instanceof ReferenceError)) throw error;
    const why = /excessive alias/i.test(error.message)
      ? `it repeats parts of itself through YAML aliases (*name) more than ${MAX_ALIASES} times: write the parts out instead`
      : error.message;
    return userError('REVIEW_FILE.INVALID', 'The review file could not be read; nothing was imported.', [`the file: ${why}`]);
  }
};

const readReview = (root: unknown, check: Checker): Review | undefined => {
  if (root === undefined || root === null) {
    check.problem('the file', 'is empty: start with a review section (see docs/review-file.md)');
    return undefined;
  }
  const file = check.object(root, 'the file');
  if (!file) return undefined;
  const head = check.object(file.review, 'review') ?? {};
  const timeZone = check.text(head.timeZone, 'review.timeZone');
  if (timeZone !== undefined && !IANAZone.isValidZone(timeZone)) {
    check.problem('review.timeZone', `"${timeZone}" is not a time zone: use a name like Europe/London`);
  }
  const projectTeam = check.list(head.projectTeam, 'review.projectTeam', true).flatMap((e, i) => check.email(e, `review.projectTeam[${i}]`) ?? []);
  if (Array.isArray(head.projectTeam) && head.projectTeam.length === 0) check.problem('review.projectTeam', 'list at least one email: the people who run the review');
  const themes = readThemes(file.themes, check);
  const themeIds = new Set(themes.map((t) => t.id));
  const peers = readPeers(file.peers, themeIds, check);
  const review: Review = {
    name: check.text(head.name, 'review.name') ?? '',
    timeZone: timeZone ?? 'Europe/London',
    organiser: check.email(head.organiser, 'review.organiser') ?? '',
    base: check.text(head.base, 'review.base') ?? '',
    projectTeam: [...new Set(projectTeam)],
    themes,
    peers,
    people: check.list(file.people, 'people').flatMap((p, i) => readPerson(p, `people[${i}]`, check) ?? []),
    busy: {},
  };
  const feedbackDate = check.date(head.feedbackDate, 'review.feedbackDate', false);
  if (feedbackDate) review.feedbackDate = feedbackDate;
  const caseReviews = readCaseReviews(file.caseReviews, peers, check);
  if (caseReviews) review.caseReviews = caseReviews;
  if (file.onSite !== undefined) review.onSite = checkOnSite(file.onSite, themeIds, new Set(caseReviews?.cases.map((c) => c.id)), check);
  review.busy = readBusy(file.busy, check);
  for (const key of Object.keys(file)) {
    if (!['review', 'themes', 'peers', 'people', 'caseReviews', 'onSite', 'busy'].includes(key)) {
      check.problem(key, 'is not a section of a review file (review, themes, peers, people, caseReviews, onSite, busy)');
    }
  }
  return review;
};

const readThemes = (value: unknown, check: Checker): Theme[] => {
  const seen = new Set<string>();
  return check.list(value, 'themes', true).flatMap((item, i) => {
    const node = check.object(item, `themes[${i}]`);
    const id = node && check.text(node.id, `themes[${i}].id`);
    const title = node && check.text(node.title, `themes[${i}].title`);
    if (!id || !title) return [];
    if (seen.has(id)) check.problem(`themes[${i}].id`, `"${id}" is used by another theme: theme ids must be unique`);
    seen.add(id);
    return [{ id, title }];
  });
};

const readThemeRefs = (value: unknown, path: string, themeIds: Set<string>, check: Checker): string[] =>
  check.list(value, path).flatMap((t, i) => {
    const id = check.text(t, `${path}[${i}]`);
    if (id && !themeIds.has(id)) check.problem(`${path}[${i}]`, `"${id}" is not a theme id (known: ${[...themeIds].join(', ')})`);
    return id ? [id] : [];
  });

const readPerson = (value: unknown, path: string, check: Checker): Person | undefined => {
  const node = check.object(value, path);
  const email = node && check.email(node.email, `${path}.email`);
  const name = node && check.text(node.name, `${path}.name`);
  return email && name ? { email, name } : undefined;
};

const readPeers = (value: unknown, themeIds: Set<string>, check: Checker): Peer[] => {
  const seen = new Set<string>();
  return check.list(value, 'peers', true).flatMap((item, i) => {
    const path = `peers[${i}]`;
    const person = readPerson(item, path, check);
    const node = item as Node;
    const role = check.oneOf(node?.role, `${path}.role`, ROLES);
    const themes = readThemeRefs(node?.themes, `${path}.themes`, themeIds, check);
    if (!person || !role) return [];
    if (seen.has(person.email)) check.problem(`${path}.email`, `${person.email} is listed twice in peers`);
    seen.add(person.email);
    return [{ ...person, role, themes }];
  });
};

/** Shorter calls would be no review, and would multiply the times the planner weighs for each case. */
const MIN_CALL_MINUTES = 15;

const readCaseReviews = (value: unknown, peers: Peer[], check: Checker): CaseReviews | undefined => {
  const node = check.object(value, 'caseReviews', false);
  if (!node) return undefined;
  const days = check.list(node.days, 'caseReviews.days', true).flatMap((d, i) => readDay(d, `caseReviews.days[${i}]`, check) ?? []);
  const minutes = check.wholeNumber(node.minutes, 'caseReviews.minutes', MIN_CALL_MINUTES, 24 * 60) ?? 60;
  for (const [i, day] of days.entries()) {
    const length = DateTime.fromISO(`${day.date}T${day.end}`).diff(DateTime.fromISO(`${day.date}T${day.start}`), 'minutes').minutes;
    if (length < minutes) check.problem(`caseReviews.days[${i}]`, `is ${length} minutes long, shorter than one ${minutes}-minute call`);
  }
  const reviewers = new Set(peers.filter((p) => p.role === 'caseReviewer').map((p) => p.email));
  const ids = new Set<string>();
  const listed = check.list(node.cases, 'caseReviews.cases', true);
  if (listed.length > 0 && Array.isArray(node.days) && node.days.length === 0) check.problem('caseReviews.days', 'list at least one day for the case-review calls');
  const cases = listed.flatMap((item, i): Case[] => {
    const path = `caseReviews.cases[${i}]`;
    const c = check.object(item, path);
    if (!c) return [];
    const id = check.text(c.id, `${path}.id`);
    const caseWorker = check.email(c.caseWorker, `${path}.caseWorker`);
    const categories = check.list(c.categories, `${path}.categories`).flatMap((k, j) => check.oneOf(k, `${path}.categories[${j}]`, CASE_CATEGORIES) ?? []);
    const reviewer = check.email(c.reviewer, `${path}.reviewer`, false);
    if (reviewer && !reviewers.has(reviewer)) check.problem(`${path}.reviewer`, `${reviewer} is not a peer with role caseReviewer`);
    if (reviewer && reviewer === caseWorker) check.problem(`${path}.reviewer`, `${reviewer} is the case worker: a case needs a reviewer other than its case worker`);
    if (id && ids.has(id)) check.problem(`${path}.id`, `"${id}" is used by another case: case ids must be unique`);
    if (id) ids.add(id);
    return id && caseWorker ? [{ id, caseWorker, categories, ...(reviewer ? { reviewer } : {}) }] : [];
  });
  if (listed.length > 0 && reviewers.size === 0) check.problem('peers', 'there are cases to review but no peer has role caseReviewer');
  return { days, minutes, cases };
};

const readBusy = (value: unknown, check: Checker): Record<string, LocalBusy[]> => {
  const node = check.object(value, 'busy', false);
  if (!node) return {};
  const busy: Record<string, LocalBusy[]> = {};
  for (const [key, times] of Object.entries(node)) {
    const email = check.email(key, `busy.${key}`);
    const list = check.list(times, `busy.${key}`).flatMap((t, i) => {
      const path = `busy.${key}[${i}]`;
      const entry = check.object(t, path);
      const start = entry && check.localDateTime(entry.start, `${path}.start`);
      const end = entry && check.localDateTime(entry.end, `${path}.end`);
      if (!start || !end) return [];
      if (start >= end) check.problem(path, 'the end must be after the start');
      return [{ start, end }];
    });
    if (email) busy[email] = [...(busy[email] ?? []), ...list];
  }
  return busy;
};
