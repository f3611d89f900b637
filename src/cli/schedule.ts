/**
 * `npm run schedule -- FILE [--json]`: the programme of a review file (case-review calls and the on-site week),
 * planned around the file's own busy times (no calendar is asked). Exit codes: 0 done, 1 the file has problems, 2 wrong usage.
 */
import { readFile } from 'node:fs/promises';
import { fileBusy } from '../domain/shared/index.js';
import { planCaseReviews } from '../domain/case-reviews/index.js';
import { planOnSite } from '../domain/on-site/index.js';
import { formatReviewTimetable, reviewProgramme } from '../domain/programme/index.js';
import { parseReviewFile } from '../domain/review-file/index.js';

const USAGE = 'Usage: npm run schedule -- FILE [--json]';

const main = async (args: string[]): Promise<number> => {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(`${USAGE}\nPrints the timetable (case reviews and the on-site week) of a review file (docs/review-file.md); --json prints the programme as JSON.`);
    return 0;
  }
  const unknown = args.find((a) => a.startsWith('-') && a !== '--json');
  const files = args.filter((a) => !a.startsWith('-'));
  if (unknown !== undefined || files.length !== 1) {
    const problem = unknown !== undefined ? `Unknown option ${unknown}.` : files.length === 0 ? 'No review file given.' : 'Give one review file only.';
    console.error(`${problem} ${USAGE}`);
    return 2;
  }
  const file = files[0]!;
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) {
    console.error(`Cannot read ${file}: check the path. ${USAGE}`);
    return 2;
  }
  const parsed = parseReviewFile(text);
  if (!parsed.ok) {
    console.error([parsed.message, ...(parsed.details ?? []).map((d) => `  ${d}`)].join('\n'));
    return 1;
  }
  const review = parsed.value;
  const busy = fileBusy(review);
  const casePlan = planCaseReviews(review, busy);
  const onSitePlan = review.onSite ? planOnSite(review, busy) : undefined;
  console.log(args.includes('--json') ? JSON.stringify(reviewProgramme(review, casePlan, onSitePlan), null, 2) : formatReviewTimetable(review, casePlan, onSitePlan));
  return 0;
};

process.exitCode = await main(process.argv.slice(2));
