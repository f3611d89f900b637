/** A tiny collector of review-file problems, each with the path a person can find in the file. */
import { DateTime } from 'luxon';
import type { DayWindow } from '../shared/index.js';

export type Node = Record<string, unknown>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export class Checker {
  readonly problems: string[] = [];

  problem(path: string, message: string): void {
    this.problems.push(`${path}: ${message}`);
  }

  object(value: unknown, path: string, required = true): Node | undefined {
    if (value === undefined || value === null) {
      if (required) this.problem(path, 'is missing');
      return undefined;
    }
    if (typeof value !== 'object' || Array.isArray(value)) {
      this.problem(path, 'should be a section with fields (key: value)');
      return undefined;
    }
    return value as Node;
  }

  list(value: unknown, path: string, required = false): unknown[] {
    if (value === undefined || value === null) {
      if (required) this.problem(path, 'is missing: give a list');
      return [];
    }
    if (!Array.isArray(value)) {
      this.problem(path, 'should be a list');
      return [];
    }
    return value;
  }

  text(value: unknown, path: string, required = true): string | undefined {
    if (value === undefined || value === null || value === '') {
      if (required) this.problem(path, 'is missing');
      return undefined;
    }
    if (typeof value !== 'string' && typeof value !== 'number') {
      this.problem(path, 'should be text');
      return undefined;
    }
    return String(value).trim();
  }

  email(value: unknown, path: string, required = true): string | undefined {
    const text = this.text(value, path, required);
    if (text === undefined) return undefined;
    if (!EMAIL.test(text)) {
      this.problem(path, `"${text}" is not an email address`);
      return undefined;
    }
    return text.toLowerCase();
  }

  oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[], required = true): T | undefined {
    const text = this.text(value, path, required);
    if (text === undefined) return undefined;
    if (!(allowed as readonly string[]).includes(text)) {
      this.problem(path, `"${text}" is not one of ${allowed.join(', ')}`);
      return undefined;
    }
    return text as T;
  }

  /** A real calendar date, yyyy-MM-dd. YAML may have read it as a Date already. */
  date(value: unknown, path: string, required = true): string | undefined {
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : this.text(value, path, required);
    if (text === undefined) return undefined;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || !DateTime.fromISO(text).isValid) {
      this.problem(path, `"${text}" is not a real date: write it as yyyy-mm-dd, e.g. 2026-01-14`);
      return undefined;
    }
    return text;
  }

  time(value: unknown, path: string): string | undefined {
    const text = typeof value === 'number' ? undefined : this.text(value, path);
    if (typeof value === 'number') this.problem(path, 'write the time in quotes as "HH:mm", e.g. "09:00"');
    if (text === undefined) return undefined;
    if (!TIME.test(text)) {
      this.problem(path, `"${text}" is not a time: write it as "HH:mm", e.g. "09:00"`);
      return undefined;
    }
    return text;
  }

  /** A local date-time, yyyy-MM-ddTHH:mm. */
  localDateTime(value: unknown, path: string): string | undefined {
    const text = value instanceof Date ? undefined : this.text(value, path);
    if (value instanceof Date) this.problem(path, 'write the date-time in quotes, e.g. "2026-01-14T09:00"');
    if (text === undefined) return undefined;
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(text) || !DateTime.fromISO(text).isValid) {
      this.problem(path, `"${text}" is not a date and time: write it as "yyyy-mm-ddTHH:mm", e.g. "2026-01-14T09:00"`);
      return undefined;
    }
    return text;
  }

  wholeNumber(value: unknown, path: string, min: number, max: number): number | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      this.problem(path, `should be a whole number from ${min} to ${max}`);
      return undefined;
    }
    return value;
  }

  boolean(value: unknown, path: string): boolean | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'boolean') {
      this.problem(path, 'should be true or false');
      return undefined;
    }
    return value;
  }
}

/** A working day: a real date, and a start before its end. */
export const readDay = (value: unknown, path: string, check: Checker): DayWindow | undefined => {
  const node = check.object(value, path);
  if (!node) return undefined;
  const date = check.date(node.date, `${path}.date`);
  const start = check.time(node.start, `${path}.start`);
  const end = check.time(node.end, `${path}.end`);
  if (!date || !start || !end) return undefined;
  if (start >= end) check.problem(path, `starts at ${start} but ends at ${end}: the end must be after the start`);
  return { date, start, end };
};

