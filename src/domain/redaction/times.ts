/**
 * Days and times in a note ("at 14:30 on Tuesday", "yesterday afternoon", "next week", "on the 3rd"): a note
 * that says when can be matched to the booked session, and so to the people in it. chrono-node finds the
 * expressions; what follows keeps only those that point at a day or less, as a session does.
 */
import * as chrono from 'chrono-node';
import type { ParsedResult } from 'chrono-node';
import type { Span } from './text.js';

const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** British ways of saying a day or an hour that chrono does not know: "on the 3rd", "half past nine". */
const parser = chrono.en.GB.clone();
parser.parsers.push(
  {
    // "the 3rd" only after a word that makes it a day ("on the 3rd", "moved to the 28th") and before no noun ("the 3rd visit").
    pattern: () => /\b(?:on|by|to|until|till|from|since|before|after)\s+the\s+([12]?\d|3[01])(?:st|nd|rd|th)\b/i,
    extract: (context, match) => {
      const after = context.text.slice(match.index! + match[0].length);
      return /^\s+(?!(?:at|and|or|to|when|but|as|that|which|so|because|the|a|we|they|he|she|it|i|in|with|for|after|before|until|while|if|then|is|was|will|would)\b)\p{Ll}/u.test(after)
        ? null
        : { day: Number(match[1]) };
    },
  },
  {
    pattern: () => new RegExp(`\\b(half|quarter)\\s+(past|to)\\s+(${NUMBER_WORDS.join('|')}|1[012]|[1-9])\\b`, 'i'),
    extract: (_context, match) => {
      const word = match[3]!.toLowerCase();
      const hour = NUMBER_WORDS.includes(word) ? NUMBER_WORDS.indexOf(word) + 1 : Number(word);
      const minutes = match[1]!.toLowerCase() === 'half' ? 30 : 15;
      return match[2]!.toLowerCase() === 'past' ? { hour, minute: minutes } : { hour: hour - 1, minute: 60 - minutes };
    },
  },
);

/**
 * Any fixed instant: chrono needs one to resolve "next week", and it changes only the values, never which
 * words are found, so redaction stays deterministic and never reads the clock.
 */
const REFERENCE = new Date(Date.UTC(2026, 0, 1, 12));

/** A preposition before the expression stays: "at [time]", "on [time]". */
const LEADING = /^(?:(?:at|on|by|to|from|until|till|since|before|after|in|during|around|about|between|for|of|within)\s+)+/i;

const CASUAL_DAY = /casualReference\/(?:yesterday|tomorrow|tonight|noon|midnight)/;
const PART_OF_DAY = /casualReference\/(?:morning|afternoon|evening|night)/;
const DURATION = new RegExp(
  `^(?:in|within|for|over|after)\\s+(?:\\d+|a|an|a few|few|several|${NUMBER_WORDS.join('|')})\\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\\b`,
  'i',
);

/**
 * What is not a point a session could be found by: today and now (a note keeps its day anyway); a weekend on
 * its own ("one weekend a month"); months, years and "three years ago"; durations ("within 20 weeks", "for
 * two years"); habits ("every Monday", "a Friday afternoon", "Friday mornings", "in the morning"); "the day
 * before" something unnamed; a bare "at 16" (an age as often as an hour); weekday abbreviations in lower case
 * ("sat", "sun").
 */
const isPoint = (text: string, result: ParsedResult, core: string): boolean => {
  const tags = [...result.start.tags()].join(' ');
  const before = text.slice(0, result.index);
  const after = text.slice(result.index + result.text.length);
  if (/^(?:today|now|nowadays|(?:the\s+)?weekend)$/i.test(core) || /^\p{Ll}{1,4}\.?$/u.test(core) || /^\d{1,2}$/.test(core)) return false;
  if (DURATION.test(result.text)) return false;
  if (/^the\s+(?:(?:day|week)\s+(?:before|after)(?!\s+(?:yesterday|tomorrow|last|next))|(?:following|next|previous)\s+(?:day|week))/i.test(core)) return false;
  if (/\b(?:every|each|a|an)\s+$/i.test(before) || /^\s+(?:mornings|afternoons|evenings|nights)\b/i.test(after)) return false;
  if (/ENEndOfCurrentMonthParser/.test(tags)) return false;
  if (PART_OF_DAY.test(tags) && /^(?:the\s+)?(?:morning|afternoon|evening|night)$/i.test(core)) return false;
  if (/\b(?:this|next|last|previous|coming)\s+week\b/i.test(core)) return true;
  const certain = (['day', 'weekday', 'hour'] as const).some((c) => result.start.isCertain(c));
  return certain || CASUAL_DAY.test(tags) || PART_OF_DAY.test(tags);
};

/** Each day-and-time expression, without a preposition before it or a full stop after it. */
export const findTimes = (text: string): Span[] =>
  parser.parse(text, REFERENCE).flatMap((result) => {
    const leading = LEADING.exec(result.text)?.[0].length ?? 0;
    const core = result.text.slice(leading).replace(/[\s.,;:!?]+$/u, '');
    if (core === '' || !isPoint(text, result, core)) return [];
    const start = result.index + leading;
    return [{ start, end: start + core.length, kind: 'time' as const }];
  });
