/**
 * `add`: one session written as the review file writes it (a case, or an on-site session), as YAML or JSON. It is
 * checked by putting it at the end of its list in the review's own file and reading the whole file again, so it
 * meets exactly the rules an import does (a unique id, a known case reviewer, a day of the review) and the review
 * it gives is the next revision, as if the file had been imported with it.
 */
import { parse } from 'yaml';
import { parseReviewFile, reviewAsFile } from '../review-file/index.js';
import { ok, plural, userError, type Result, type Review } from '../shared/index.js';

export interface SessionAdded {
  review: Review;
  part: 'case' | 'session';
  /** Its id as the file now has it. */
  id: string;
}

export const SESSION_FORMS = 'a case `{ id, caseWorker, categories, reviewer }` or an on-site session `{ id, title, kind, attendees, … }`, as in the review file';

const isNode = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The same bound on YAML aliases as a whole file has. */
const MAX_ALIASES = 100;

const read = (text: string): Result<unknown> => {
  try {
    return ok(parse(text, { uniqueKeys: true, maxAliasCount: MAX_ALIASES }));
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    return userError('REVIEW_FILE.INVALID', 'The session is not valid YAML or JSON; nothing was added.', [why]);
  }
};

/** Where its problems are in the whole file, said where they are in the session instead: `caseWorker: …`. */
const inSession = (details: readonly string[], at: string) =>
  details.map((line) => (line.startsWith(`${at}.`) ? line.slice(at.length + 1) : line.startsWith(`${at}:`) ? `the session${line.slice(at.length)}` : line));

export const withSessionAdded = (review: Review, text: string): Result<SessionAdded> => {
  const written = read(text);
  if (!written.ok) return written;
  // A one-item list (`- { id: C17, … }`, copied from the file) is that item.
  const item = Array.isArray(written.value) && written.value.length === 1 ? written.value[0] : written.value;
  if (!isNode(item)) return userError('SESSION.FORM', `Write one session after **add**: ${SESSION_FORMS}.`);
  if ('start' in item || 'daily' in item) {
    return userError('SESSION.FORM', 'A fixed item (a time the file gives) is not placed by Convene: add it to onSite.fixed in the review file and import the file again.');
  }
  const part = 'caseWorker' in item ? 'case' : 'title' in item || 'kind' in item ? 'session' : undefined;
  if (!part) return userError('SESSION.FORM', `Write one session after **add**: ${SESSION_FORMS}.`);
  const file = reviewAsFile(review);
  let at: string;
  if (part === 'case') {
    if (!file.caseReviews) return userError('SESSION.NO_PART', `${review.name} has no case-review days (caseReviews in the review file), so a case cannot be added from chat: add the section to the file and import it.`);
    at = `caseReviews.cases[${file.caseReviews.cases.length}]`;
    file.caseReviews.cases.push(item);
  } else {
    if (!file.onSite) return userError('SESSION.NO_PART', `${review.name} has no on-site days (onSite in the review file), so a session cannot be added from chat: add the section to the file and import it.`);
    const sessions = file.onSite.sessions ?? [];
    at = `onSite.sessions[${sessions.length}]`;
    file.onSite.sessions = [...sessions, item];
  }
  const parsed = parseReviewFile(JSON.stringify(file));
  if (!parsed.ok) {
    const details = inSession(parsed.details ?? [parsed.message], at);
    return userError('REVIEW_FILE.INVALID', `The ${part === 'case' ? 'case' : 'session'} has ${plural(details.length, 'problem')}; nothing was added.`, details);
  }
  const added = part === 'case' ? parsed.value.caseReviews!.cases.at(-1)!.id : String((parsed.value.onSite as { sessions: { id: string }[] }).sessions.at(-1)!.id);
  return ok({ review: parsed.value, part, id: added });
};
