/** `npm run schedule -- FILE [--json]`: the programme of a review file, from its own busy times. */
import { readFile } from 'node:fs/promises';
import { fileBusy } from '../domain/intervals.js';
import { planCaseReviews } from '../domain/plan-case-reviews.js';
import { caseReviewProgramme, formatTimetable } from '../domain/programme.js';
import { parseReviewFile } from '../domain/review-file.js';

const USAGE = 'Usage: npm run schedule -- FILE [--json]';

const main = async (args: string[]): Promise<number> => {
  const unknown = args.filter((a) => a.startsWith('-') && a !== '--json');
  const files = args.filter((a) => !a.startsWith('-'));
  if (unknown.length > 0 || files.length !== 1) {
    console.error(unknown.length > 0 ? `Unknown option ${unknown[0]}. ${USAGE}` : USAGE);
    return 2;
  }
  const text = await readFile(files[0]!, 'utf8').catch(() => undefined);
  if (text === undefined) {
    console.error(`Cannot read ${files[0]}: check the path. ${USAGE}`);
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
