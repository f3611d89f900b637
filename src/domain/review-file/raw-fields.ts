/**
 * Reading single fields of a file that may be wrong elsewhere. The relations between parts of a file are checked
 * even when some parts have problems, so that every problem is listed at once; each field is read with its own
 * schema, and a field the schema refuses is skipped (the schema has already said what is wrong with it).
 */
import type { z } from 'zod';
import { isNode } from './fields.js';
import { dayShape } from './on-site-schema.js';
import type { Path } from './problems.js';

export const raw = (node: unknown, key: string): unknown => (isNode(node) ? node[key] : undefined);

/** Whether a key has a value at all: an empty YAML value (`key:`) is none. */
export const given = (node: unknown, key: string): boolean => {
  const value = raw(node, key);
  return value !== undefined && value !== null && value !== '';
};

export const items = (node: unknown, key: string): unknown[] => {
  const value = raw(node, key);
  return Array.isArray(value) ? value : [];
};

export const read = <S extends z.ZodTypeAny>(schema: S, value: unknown): z.output<S> | undefined => {
  const result = schema.safeParse(value);
  return result.success ? (result.data as z.output<S>) : undefined;
};

export const field = <S extends z.ZodRawShape, K extends keyof S & string>(shape: S, node: unknown, key: K): z.output<S[K]> | undefined =>
  read(shape[key]!, raw(node, key));

export type Say = (path: Path, message: string) => void;

/** Days with a date, a start and an end, each of which must end after it starts. */
export const checkDays = (days: unknown[], path: Path, say: Say) =>
  days.flatMap((day, i) => {
    const [date, start, end] = [field(dayShape, day, 'date'), field(dayShape, day, 'start'), field(dayShape, day, 'end')];
    if (date === undefined || start === undefined || end === undefined) return [];
    if (start >= end) say([...path, i], `starts at ${start} but ends at ${end}: the end must be after the start`);
    return [{ i, date, start, end }];
  });
