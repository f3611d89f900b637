/**
 * The building blocks of the review-file schema: each reads one kind of value and, when it cannot, says what is
 * wrong in words a project team understands. Leaves report a problem without stopping the parse, so the schema
 * lists every problem in a file at once.
 */
import { DateTime, IANAZone } from 'luxon';
import { z } from 'zod';
import { unknownKey } from './nearest-key.js';

export type Node = Record<string, unknown>;

export const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Why a leaf could not read its value. */
export class Refusal {
  constructor(readonly message: string) {}
}
export const no = (message: string) => new Refusal(message);
const then = <T>(read: string | Refusal, next: (text: string) => T | Refusal): T | Refusal => (read instanceof Refusal ? read : next(read));

export const leaf = <T>(read: (value: unknown) => T | Refusal) =>
  z.unknown().transform((value, ctx): T => {
    const result = read(value);
    if (!(result instanceof Refusal)) return result;
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: result.message });
    return z.NEVER;
  });

/** Trimmed text; YAML reads `101` as a number, which is text here all the same. */
export const asText = (value: unknown): string | Refusal => {
  if (typeof value !== 'string' && typeof value !== 'number') return no(value === undefined || value === null ? 'is missing' : 'should be text');
  const trimmed = String(value).trim();
  return trimmed === '' ? no('is missing') : trimmed;
};

export const text = leaf(asText);

const asAddress = (value: unknown) => then(asText(value), (t) => (EMAIL.test(t) ? t : no(`"${t}" is not an email address`)));

/** An email as written: busy keys keep their case until the entries of one person written in two cases are merged. */
export const address = leaf(asAddress);

/** Convene lower-cases every email it reads (docs/review-file.md). */
export const email = leaf((value) => then(asAddress(value), (t) => t.toLowerCase()));

export const oneOf = <T extends string>(allowed: readonly T[]) =>
  leaf((value) => then(asText(value), (t): T | Refusal => ((allowed as readonly string[]).includes(t) ? (t as T) : no(`"${t}" is not one of ${allowed.join(', ')}`))));

export const timeZone = leaf((value) => then(asText(value), (zone) => (IANAZone.isValidZone(zone) ? zone : no(`"${zone}" is not a time zone: use a name like Europe/London`))));

/** A real calendar date, yyyy-MM-dd. A YAML 1.1 reader may have made it a Date already. */
export const date = leaf((value) =>
  then(value instanceof Date ? value.toISOString().slice(0, 10) : asText(value), (day) =>
    /^\d{4}-\d{2}-\d{2}$/.test(day) && DateTime.fromISO(day).isValid ? day : no(`"${day}" is not a real date: write it as yyyy-mm-dd, e.g. 2026-01-14`),
  ),
);

/** HH:mm. Unquoted, YAML reads 09:00 as a number, so a number gets its own advice. */
export const time = leaf((value) =>
  typeof value === 'number'
    ? no('write the time in quotes as "HH:mm", e.g. "09:00"')
    : then(asText(value), (t) => (TIME.test(t) ? t : no(`"${t}" is not a time: write it as "HH:mm", e.g. "09:00"`))),
);

/** A local date-time, yyyy-MM-ddTHH:mm. */
export const localDateTime = leaf((value) =>
  value instanceof Date
    ? no('write the date-time in quotes, e.g. "2026-01-14T09:00"')
    : then(asText(value), (at) =>
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(at) && DateTime.fromISO(at).isValid
          ? at
          : no(`"${at}" is not a date and time: write it as "yyyy-mm-ddTHH:mm", e.g. "2026-01-14T09:00"`),
      ),
);

export const wholeNumber = (min: number, max: number) =>
  leaf((value) => (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : no(`should be a whole number from ${min} to ${max}`)));

export const flag = leaf((value) => (typeof value === 'boolean' ? value : no('should be true or false')));

/** An empty YAML value (`key:`) or empty text means "not given" for an optional field. */
const absent = (value: unknown) => (value === null || value === '' ? undefined : value);

export const optional = <S extends z.ZodTypeAny>(schema: S) => z.preprocess(absent, schema.optional());

export const optionalOr = <S extends z.ZodTypeAny>(schema: S, fallback: z.util.noUndefined<z.input<S>>) => z.preprocess(absent, schema.default(fallback));

const says = (missing: string, wrong: string): z.ZodErrorMap => (issue, ctx) =>
  issue.code === z.ZodIssueCode.invalid_type ? { message: issue.received === 'undefined' || issue.received === 'null' ? missing : wrong } : { message: ctx.defaultError };

export const list = <S extends z.ZodTypeAny>(item: S) => z.array(item, { errorMap: says('is missing: give a list', 'should be a list') });

export const optionalList = <S extends z.ZodTypeAny>(item: S) => optionalOr(list(item), []);

const SECTION = 'should be a section with fields (key: value)';

/**
 * An object that refuses keys it does not know, each with its path and the nearest known key. The check runs
 * before the fields are read, so an unknown key is reported even when a field of the same object is wrong too.
 */
export const section = <S extends z.ZodRawShape>(shape: S, what: string, notKnown = `is not a field of ${what}`) =>
  z.preprocess((value, ctx) => {
    const known = Object.keys(shape);
    if (isNode(value)) {
      for (const key of Object.keys(value).filter((k) => !known.includes(k))) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: [key], message: unknownKey(key, known, notKnown) });
      }
    }
    return value;
  }, z.object(shape, { errorMap: says('is missing', SECTION) }));

/** A section whose keys are data (emails), not fields. */
export const sectionMap = <K extends z.ZodType<string, z.ZodTypeDef, unknown>, V extends z.ZodTypeAny>(key: K, value: V) =>
  z.record(key, value, { errorMap: says('is missing', SECTION) });
