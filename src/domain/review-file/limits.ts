/**
 * How large a review file may be. Each limit is well above a real review (the demo has 32 on-site sessions and
 * 16 cases; a large real one 150 to 250 sessions) and together they keep the slowest plan, on a 2-core host,
 * well inside the bot's time limit (PLAN_TIME_LIMIT_SECONDS, 60 s by default). docs/review-file.md lists them.
 */
import { isNode, type Node } from './fields.js';

export const LIMITS = {
  themes: 50,
  peers: 60,
  people: 1000,
  cases: 100,
  caseReviewDays: 5,
  onSiteDays: 30,
  fixed: 100,
  sessions: 400,
  attendees: 100,
  busy: 20_000,
} as const;

/** Problems listed at most: a file with thousands of oversized sessions needs no line for each. */
const SHOWN = 10;

const listed = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const section = (value: unknown): Node => (isNode(value) ? value : {});

/**
 * Every limit the file is over, as `path: count; the most allowed`. Counted before anything else is read, so
 * an oversized file is refused at once and whole, rather than with a problem for each of its thousands of items.
 */
export const overLimits = (root: unknown): string[] => {
  const file = section(root);
  const caseReviews = section(file.caseReviews);
  const onSite = section(file.onSite);
  const busyTimes = Object.values(section(file.busy)).reduce((sum: number, times) => sum + listed(times).length, 0);
  const counts: [path: string, count: number, what: string, limit: number][] = [
    ['themes', listed(file.themes).length, 'themes', LIMITS.themes],
    ['peers', listed(file.peers).length, 'peers', LIMITS.peers],
    ['people', listed(file.people).length, 'people', LIMITS.people],
    ['caseReviews.cases', listed(caseReviews.cases).length, 'cases', LIMITS.cases],
    ['caseReviews.days', listed(caseReviews.days).length, 'case-review days', LIMITS.caseReviewDays],
    ['onSite.days', listed(onSite.days).length, 'on-site days', LIMITS.onSiteDays],
    ['onSite.fixed', listed(onSite.fixed).length, 'fixed items', LIMITS.fixed],
    ['onSite.sessions', listed(onSite.sessions).length, 'sessions', LIMITS.sessions],
    ['busy', busyTimes, 'busy times', LIMITS.busy],
  ];
  const attendees = (key: 'fixed' | 'sessions', one: string) =>
    listed(onSite[key]).flatMap((item, i): string[] => {
      const count = listed(section(item).attendees).length;
      return count > LIMITS.attendees ? [`onSite.${key}[${i}].attendees: ${count} attendees; ${one} may have at most ${LIMITS.attendees}`] : [];
    });
  const problems = [
    ...counts.flatMap(([path, count, what, limit]) => (count > limit ? [`${path}: ${count} ${what}; a review file may have at most ${limit}`] : [])),
    ...attendees('fixed', 'a fixed item'),
    ...attendees('sessions', 'a session'),
  ];
  return problems.length > SHOWN ? [...problems.slice(0, SHOWN), `and ${problems.length - SHOWN} more over the limits`] : problems;
};
