/**
 * Reads a review file (YAML or JSON) into a Review. Every problem is reported at once, each with its
 * path in the file and what to fix; a file with any problem gives no Review at all. The schema
 * (review-schema.ts) reads each value and refuses unknown keys; relations.ts checks how the parts relate.
 */
import { parseDocument } from 'yaml';
import { ok, userError, type LocalBusy, type Result, type Review } from '../shared/index.js';
import { isNode } from './fields.js';
import { overLimits } from './limits.js';
import { fromIssues, inFileOrder, pathText, type Problem } from './problems.js';
import { relations } from './relations.js';
import { reviewFileSchema, type ReviewFile } from './review-schema.js';

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
  const parsed = reviewFileSchema.safeParse(root.value);
  const problems = problemsOf(root.value, parsed.success ? [] : fromIssues(parsed.error));
  if (problems.length > 0 || !parsed.success) {
    const count = problems.length;
    return userError('REVIEW_FILE.INVALID', `The review file has ${count} problem${count === 1 ? '' : 's'}; nothing was imported.`, problems);
  }
  return ok(toReview(parsed.data));
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

const problemsOf = (root: unknown, schemaProblems: Problem[]): string[] => {
  if (root === undefined || root === null) return ['the file: is empty: start with a review section (see docs/review-file.md)'];
  return inFileOrder([...schemaProblems, ...(isNode(root) ? relations(root) : [])], reviewFileSchema, root).map((p) => `${pathText(p.path)}: ${p.message}`);
};

/** The file's data as the model has it: a person's busy times written under two cases of their email are one list. */
const toReview = (file: ReviewFile): Review => {
  const { review: head, caseReviews, onSite, reminders } = file;
  const busy: Record<string, LocalBusy[]> = {};
  for (const [key, times] of Object.entries(file.busy)) busy[key.toLowerCase()] = [...(busy[key.toLowerCase()] ?? []), ...times];
  return {
    name: head.name,
    ...(head.key ? { key: head.key } : {}),
    timeZone: head.timeZone,
    organiser: head.organiser,
    base: head.base,
    projectTeam: [...new Set(head.projectTeam)],
    ...(head.feedbackDate ? { feedbackDate: head.feedbackDate } : {}),
    ...(head.noteReleases ? { noteReleases: [...new Set(head.noteReleases)].sort() } : {}),
    themes: file.themes,
    peers: file.peers,
    people: file.people,
    ...(caseReviews ? { caseReviews: { ...caseReviews, cases: caseReviews.cases.map(({ reviewer, ...c }) => ({ ...c, ...(reviewer ? { reviewer } : {}) })) } } : {}),
    ...(onSite ? { onSite } : {}),
    ...(reminders ? { reminders } : {}),
    busy,
  };
};
