/**
 * The terminal timetable (`npm run schedule`) on every example and test review: within 100 columns, each on-site
 * session's title whole within its column (wrapped, never cut short), and a key to every initials it shows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { planCaseReviews } from '../../src/domain/case-reviews/plan-case-reviews.js';
import type { OnSitePlan } from '../../src/domain/on-site/on-site.js';
import { planOnSite } from '../../src/domain/on-site/plan-on-site.js';
import { readOnSite } from '../../src/domain/on-site/read-on-site.js';
import { formatReviewTimetable } from '../../src/domain/programme/programme.js';
import { wrap } from '../../src/domain/programme/text-layout.js';
import { timetableGrid } from '../../src/domain/programme/timetable-grid.js';
import { parseReviewFile } from '../../src/domain/review-file/parse-review-file.js';
import { fileBusy } from '../../src/domain/shared/intervals.js';
import type { Review } from '../../src/domain/shared/review.js';
import { generated, LARGEST, ONE_X, slowest } from '../support/large-review.js';
import { northshire } from '../support/northshire.js';
import { onSiteReview } from '../support/on-site-review.js';
import { SMALL_REVIEW } from '../support/small-review.js';
import { handMadePlan, TIMETABLE_REVIEW } from '../support/timetable-review.js';

const WIDTH = 100;
const width = (line: string) => [...line].length;

const parse = (text: string): Review => {
  const parsed = parseReviewFile(text);
  if (!parsed.ok) throw new Error(parsed.details?.join('\n'));
  return parsed.value;
};

/**
 * Every session in turn, stream by stream, four bands a day from 09:00, each crew the next peers in turn, the rest
 * not placed: a plan of the shape the planner gives at the file's limits, without the seconds it takes to plan.
 */
const laidOut = (review: Review): OnSitePlan => {
  const onSite = readOnSite(review)!;
  const peers = review.peers.filter((p) => p.role !== 'caseReviewer');
  const perDay = onSite.streams * 4;
  const iso = (t: DateTime) => t.toUTC().toISO()!;
  let next = 0;
  const placed = onSite.sessions.slice(0, perDay * onSite.days.length).map((s, i) => {
    const band = DateTime.fromISO(`${onSite.days[Math.floor(i / perDay)]!.date}T09:00`, { zone: review.timeZone }).plus({ minutes: 120 * Math.floor((i % perDay) / onSite.streams) });
    const start = band.plus({ minutes: s.travelMinutes });
    const crew = Array.from({ length: s.peers }, () => peers[next++ % peers.length]!.email);
    return { sessionId: s.id, start: iso(start), end: iso(start.plus({ minutes: s.minutes })), band: { start: iso(band), end: iso(band.plus({ minutes: 120 })) }, stream: String.fromCharCode(65 + (i % onSite.streams)), peers: crew };
  });
  const days = onSite.days.map((d) => DateTime.fromISO(d.date).setLocale('en-GB').toFormat('ccc d LLL')).join(', ');
  const unplaced = onSite.sessions.slice(placed.length).map((s) => ({ sessionId: s.id, reason: `${peers.slice(0, 6).map((p) => p.name).join(', ')} are never free together on ${days}.` }));
  return { placed, fixed: [], unplaced, coverage: { themesUncovered: review.themes.map((t) => t.id), essentialVisits: [] } };
};

const planned = (review: Review): OnSitePlan | undefined => (review.onSite ? planOnSite(review, fileBusy(review)) : undefined);

const EXAMPLES = readdirSync(new URL('../../examples/', import.meta.url)).filter((f) => /\.(ya?ml|json)$/.test(f));
const REVIEWS: [string, Review, (review: Review) => OnSitePlan | undefined][] = [
  ...EXAMPLES.map((f): [string, Review, typeof planned] => [`examples/${f}`, parse(readFileSync(new URL(`../../examples/${f}`, import.meta.url), 'utf8')), planned]),
  ['small-review.ts', parse(SMALL_REVIEW), planned],
  ['timetable-review.ts, planned', parse(TIMETABLE_REVIEW), planned],
  ['timetable-review.ts, its hand-made plan', parse(TIMETABLE_REVIEW), handMadePlan],
  ['on-site-review.ts', parse(onSiteReview()), planned],
  ['northshire.ts', northshire(), planned],
  ['large-review.ts ONE_X', generated(ONE_X), planned],
  ['large-review.ts LARGEST, laid out', generated(LARGEST), laidOut],
  ['large-review.ts slowest (crews of 10), laid out', slowest(), laidOut],
];

/** The text's on-site days: per day, where each stream's column starts, and its rows (a line starting with a time and the lines under it). */
const onSiteBlocks = (text: string) => {
  const lines = text.slice(text.indexOf('On-site programme')).split('\n');
  const days: { starts: number[]; rows: string[][] }[] = [];
  lines.forEach((line, i) => {
    if (!line.startsWith('Time ')) return;
    const rows: string[][] = [];
    for (const next of lines.slice(i + 1, lines.indexOf('', i))) {
      if (/^\d\d:\d\d–\d\d:\d\d {2}\S/.test(next)) rows.push([next]);
      else rows.at(-1)!.push(next);
    }
    days.push({ starts: [...line.matchAll(/Team [A-Z]/g)].map((m) => m.index), rows });
  });
  return days;
};

/** True when `lines` say `words` in order, a word longer than `column` broken over lines but every other kept whole. */
const sayInOrder = (lines: string[], words: string[], column: number): boolean => {
  const shown = lines.join(' ').split(' ').filter((w) => w !== '');
  let at = 0;
  for (const word of words) {
    if (shown[at] === word) at += 1;
    else if (width(word) > column) {
      let joined = '';
      while (at < shown.length && joined.length < word.length) joined += shown[at++];
      if (joined !== word) return false;
    } else return false;
  }
  return at === shown.length;
};

describe('the terminal timetable of every example and test review', () => {
  it.each(REVIEWS)('%s: fits 100 columns, says each session whole within its column, and keys its initials', (_, review, plan) => {
    const onSitePlan = plan(review);
    const text = formatReviewTimetable(review, planCaseReviews(review, review.caseReviews ? fileBusy(review) : new Map()), onSitePlan);
    const tooWide = text.split('\n').filter((line) => width(line) > WIDTH);
    expect(tooWide).toEqual([]);
    expect(text).not.toContain('…');
    if (review.caseReviews || !onSitePlan) expect(text.split('\n')[1]).toBe('Times are UK time.');
    if (!onSitePlan) return;

    expect(text).toContain('On-site programme\nTimes are UK time.\n');
    const grid = timetableGrid(review, readOnSite(review), onSitePlan);
    const blocks = onSiteBlocks(text);
    expect(blocks).toHaveLength(grid.days.length);
    const shown = new Map<string, string>();
    grid.days.forEach((day, d) => {
      const { starts, rows } = blocks[d]!;
      expect(starts).toHaveLength(grid.streams.length);
      const column = (starts[1] ?? WIDTH + 2) - starts[0]! - 2;
      expect(rows.map((lines) => lines[0]!.slice(0, 11))).toEqual(day.rows.map((row) => row.time));
      day.rows.forEach((row, r) => {
        const lines = rows[r]!;
        if (row.kind === 'fixed') {
          // Across every column, its further lines under its first.
          for (const line of lines.slice(1)) expect(line.slice(0, 13).trim()).toBe('');
          expect(lines.map((line) => line.slice(13)).join(' ').startsWith(row.item.title)).toBe(true);
          return;
        }
        // The gaps between the columns stay blank on every line: no cell runs into the next.
        for (const line of lines) for (const start of starts) expect(line.slice(start - 2, start).trim()).toBe('');
        row.cells.forEach((cell, k) => {
          const inColumn = lines.map((line) => line.slice(starts[k], starts[k + 1] === undefined ? undefined : starts[k + 1]! - 2).trimEnd());
          if (cell.kind === 'empty') {
            expect(inColumn.join('').trim()).toBe('');
            return;
          }
          for (const piece of inColumn) expect(width(piece)).toBeLessThanOrEqual(column);
          const own = cell.start !== row.start ? [cell.time] : [];
          const crew = cell.peers.length > 0 ? `[${cell.peers.map((p) => p.initials).join(', ')}]`.split(' ') : [];
          expect(sayInOrder(inColumn, [...cell.title.split(' '), ...own, ...crew], column), `${cell.title} in ${JSON.stringify(inColumn)}`).toBe(true);
          for (const p of cell.peers) if (p.initials !== p.email) shown.set(p.initials, p.name);
        });
      });
    });

    if (shown.size === 0) return expect(text).not.toContain('Key to initials');
    const key = text.split('\nKey to initials\n')[1]!.split('\n\n')[0]!.split('\n');
    expect(new Map(key.map((line) => line.match(/^ {2}(\S+) {2,}(.+)$/)!.slice(1, 3) as [string, string]))).toEqual(shown);
  });
});

describe('wrap', () => {
  it('breaks at spaces, keeps a crew together when it fits, and breaks a word only when it is longer than the line', () => {
    expect(wrap('Visit to a special school', 12)).toEqual(['Visit to a', 'special', 'school']);
    expect(wrap(['Focus', 'group', '[IB, JM]'], 14)).toEqual(['Focus group', '[IB, JM]']);
    expect(wrap(['Talk', '[AA, BB, CC, DD]'], 12)).toEqual(['Talk [AA,', 'BB, CC, DD]']);
    expect(wrap('educational psychologists', 12)).toEqual(['educational', 'psychologist', 's']);
    expect(wrap('Co-production-led work', 12)).toEqual(['Co-', 'production-', 'led work']);
    expect(wrap('', 12)).toEqual(['']);
  });
});
