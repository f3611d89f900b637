import type { Span } from './text.js';

/** Email addresses, plus-addressing and subdomains included; the sentence's full stop stays outside. */
const EMAIL = /[\p{L}\p{N}._%+-]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}(?![\p{L}\p{N}])/gu;

export const findEmails = (text: string): Span[] =>
  [...text.matchAll(EMAIL)].map((m) => ({ start: m.index, end: m.index + m[0].length, kind: 'email' }));

/** Where a number may begin: +, 00 (an international prefix), (0 or 0, not inside a word or a number. */
const PHONE_START = /(?<![\p{L}\p{N}+-])(?:\+|00(?=[ \u00A0]?[1-9])|\(0|0)/gu;

/**
 * After a : . or / a number begins only behind a label (Tel:01743…, Tel.07700…, phone/07700…) or right after
 * another number (07700900123/07700900124), never inside a date or a time (29/03/2026, 09:30, 01.02.2026).
 */
const labelled = (text: string, start: number, previousEnd: number | undefined): boolean =>
  !/[/.:]/.test(text[start - 1] ?? '') || /\p{L}/u.test(text[start - 2] ?? '') || previousEnd === start - 1;

const MAX_DIGITS = 15;

/**
 * Digit groups from i, each after one space, hyphen or dot, or straight after a bracketed group (the (0) of
 * +44 (0)1743, the (212) of +1 (212) 555-0100): the digits so far and where each group ends. So "07700 900123
 * 10 times" reads 07700, 900123 and 10, and the caller picks where the number ends.
 */
const groupsFrom = (text: string, i: number): { digits: string; end: number }[] => {
  const groups: { digits: string; end: number }[] = [];
  let digits = '';
  for (;;) {
    const group = /^(?:\d+|\(\d{1,5}\))/.exec(text.slice(i, i + 16));
    if (!group) return groups;
    digits += group[0].replace(/\D/g, '');
    // No phone number has more than 15 digits; stopping there keeps a long run of digits from costing n².
    if (digits.length > MAX_DIGITS) return groups;
    i += group[0].length;
    groups.push({ digits, end: i });
    if (/^[ \u00A0.-][\d(]/u.test(text.slice(i, i + 2))) i += 1;
    else if (!(group[0].endsWith(')') && /\d/.test(text[i] ?? ''))) return groups;
  }
};

/** Ten or eleven digits in national form, 01, 02, 03, 05, 07, 08 or 09 first. */
const isUkNumber = (digits: string): boolean => /^0[1235789]\d{8,9}$/.test(digits);

/** +44 read as a national number: the (0) some write after it, or a 0 written by mistake, is the trunk 0. */
const ukNational = (digits: string): string => `0${digits.slice(2).replace(/^0/, '')}`;

/**
 * Another country's number: 9 to 15 digits with its country code. Groups after the eleventh digit are left
 * alone (+353 1 234 5678 10 times): most numbers are no longer, and a count after one stays a count.
 */
const isForeign = (digits: string): boolean => !digits.startsWith('44') && digits.length >= 9 && digits.length <= MAX_DIGITS;

/** Where the number that opens at `start` ends, if it is one. */
const phoneEnd = (text: string, start: number, opening: string): number | undefined => {
  const international = opening === '+' || opening === '00';
  let from = start + (international ? opening.length : 0);
  if (international && /^[ \u00A0]44/u.test(text.slice(from, from + 3))) from += 1;
  const ends = groupsFrom(text, from).filter((g) => !/[\p{L}\p{N}]/u.test(text[g.end] ?? ''));
  if (!international) return ends.filter((g) => isUkNumber(g.digits)).at(-1)?.end;
  const uk = ends.filter((g) => g.digits.startsWith('44') && isUkNumber(ukNational(g.digits))).at(-1);
  const foreign = ends.filter((g) => isForeign(g.digits));
  return (uk ?? foreign.find((g) => g.digits.length >= 11) ?? foreign.at(-1))?.end;
};

/**
 * Phone numbers: UK ones (07700 900123, +44 (0)1743 123456, 0044 7700 900123, (01743) 123456) and other
 * countries' with + or 00 (+353 1 234 5678, +1 (212) 555-0100); not dates, times, counts, years or money.
 */
export const findPhones = (text: string): Span[] => {
  const spans: Span[] = [];
  for (const m of text.matchAll(PHONE_START)) {
    const previousEnd = spans.at(-1)?.end;
    if ((previousEnd !== undefined && m.index < previousEnd) || !labelled(text, m.index, previousEnd)) continue;
    const end = phoneEnd(text, m.index, m[0]);
    if (end !== undefined) spans.push({ start: m.index, end, kind: 'phone' });
  }
  return spans;
};
