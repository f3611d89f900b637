/**
 * `npm run schedule -- FILE [--json]`: the case-review programme of a review file, planned around the file's
 * own busy times (no calendar is asked). Exit codes: 0 done, 1 the file has problems, 2 wrong usage.
 */
import { readFile } from 'node:fs/promises';
import { fileBusy } from '../domain/intervals.js';
import { planCaseReviews } from '../domain/plan-case-reviews.js';
import { caseReviewProgramme, formatTimetable } from '../domain/programme.js';
import { parseReviewFile } from '../domain/review-file.js';

const USAGE = 'Usage: npm run schedule -- FILE [--json]';

const main = async (args: string[]): Promise<number> => {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(`${USAGE}\nPrints the case-review timetable of a review file (docs/review-file.md); --json prints the programme as JSON.`);
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
  const programme = caseReviewProgramme(review, planCaseReviews(review, fileBusy(review)));
  console.log(args.includes('--json') ? JSON.stringify(programme, null, 2) : formatTimetable(programme, review));
  return 0;
};

process.exitCode = await main(process.argv.slice(2));
