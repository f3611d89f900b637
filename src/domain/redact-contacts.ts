import type { Span } from './redact-text.js';

/** Email addresses, plus-addressing and subdomains included; the sentence's full stop stays outside. */
const EMAIL = /[\p{L}\p{N}._%+-]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}(?![\p{L}\p{N}])/gu;

export const findEmails = (text: string): Span[] =>
  [...text.matchAll(EMAIL)].map((m) => ({ start: m.index, end: m.index + m[0].length, kind: 'email' }));

/**
 * Where a UK number may begin: +44, (0 or 0, not inside a word or a number, nor after the - / . : of
 * a date or time (2026-03-29, 29/03/2026, 09:30).
 */
const PHONE_START = /(?<![\p{L}\p{N}+/.:-])(?:\+ ?44|\(0|0)/gu;
const GROUP_SEPARATOR = /^[ \u00A0.-]\d/u;

/** Ten or eleven digits in national form, 01, 02, 03, 05, 07, 08 or 09 first. */
const isUkNumber = (digits: string): boolean => /^0[1235789]\d{8,9}$/.test(digits);

/**
 * Reads digit groups from a phone start; returns where the longest UK number ends, if any. Groups are
 * separated by one space, hyphen or dot, so "07700 900123 10 times" stops before "10".
 */
const phoneEnd = (text: string, start: number, opening: string): number | undefined => {
  let i = start + opening.length;
  let digits = '0';
  const skipSeparator = () => {
    if (/[ \u00A0-]/u.test(text[i] ?? '')) i += 1;
  };
  if (opening.startsWith('+')) {
    skipSeparator();
    if (text.startsWith('(0)', i)) i += 3;
    skipSeparator();
  } else if (opening === '(0') {
    const area = /^(\d{2,5})\)/.exec(text.slice(i));
    if (!area) return undefined;
    digits += area[1];
    i += area[0].length;
    skipSeparator();
  } else {
    i = start;
    digits = '';
  }
  let end: number | undefined;
  for (;;) {
    const group = /^\d+/.exec(text.slice(i, i + 12));
    if (!group) break;
    digits += group[0];
    i += group[0].length;
    if (isUkNumber(digits) && !/[\p{L}\p{N}]/u.test(text[i] ?? '')) end = i;
    if (!GROUP_SEPARATOR.test(text.slice(i, i + 2))) break;
    i += 1;
  }
  return end;
};

/** UK phone numbers: 07700 900123, +44 (0)1743 123456, (01743) 123456, 0800 123 4567… not dates, times or counts. */
export const findPhones = (text: string): Span[] => {
  const spans: Span[] = [];
  for (const m of text.matchAll(PHONE_START)) {
    if (spans.length > 0 && m.index < spans[spans.length - 1]!.end) continue;
    const end = phoneEnd(text, m.index, m[0]);
    if (end !== undefined) spans.push({ start: m.index, end, kind: 'phone' });
  }
  return spans;
};
