/** The `reminders` section of a review file (docs/review-file.md): every key optional, the defaults of src/domain/reminders. */
import { Duration } from 'luxon';
import { z } from 'zod';
import { DEFAULT_POLICY } from '../reminders/index.js';
import { ok, userError, WEEKDAYS, type ReminderPolicy, type Result } from '../shared/index.js';
import { asText, flag, leaf, list, no, oneOf, optionalOr, Refusal, section, time } from './fields.js';
import { pathText } from './problems.js';

/** Reminders further ahead than this are no reminder of a session. */
const MAX_OFFSET_DAYS = 60;

/** An offset before a session: a number of hours (72), or an ISO 8601 duration ("PT72H", "P3D", "PT90M"). Kept as ISO. */
const offset = leaf((value): string | Refusal => {
  const written = typeof value === 'number' ? (value > 0 ? Duration.fromObject({ hours: value }).toISO() : null) : asText(value);
  if (written instanceof Refusal) return written;
  const iso = written?.toUpperCase();
  const duration = iso ? Duration.fromISO(iso) : Duration.invalid('not positive');
  if (!duration.isValid || duration.toMillis() <= 0) return no(`${JSON.stringify(value)} is not a time before the session: give hours (72) or an ISO 8601 duration ("PT72H", "P3D")`);
  if (duration.as('days') > MAX_OFFSET_DAYS) return no(`is more than ${MAX_OFFSET_DAYS} days before the session`);
  return iso!;
});

/** The end of working time: "HH:mm", or "24:00" for the end of the day. */
const dayEnd = leaf((value): string | Refusal => (value === '24:00' ? '24:00' : (time.safeParse(value).data ?? no('write the time in quotes as "HH:mm", e.g. "17:00", or "24:00" for the end of the day'))));

/** The digest's time each working morning, or false for no digest. */
const digest = leaf((value): string | false | Refusal => (value === false ? false : (time.safeParse(value).data ?? no('write the time in quotes as "HH:mm", e.g. "08:30", or false for no digest'))));

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

const workingHoursShape = {
  start: optionalOr(time, DEFAULT_POLICY.workingHours.start),
  end: optionalOr(dayEnd, DEFAULT_POLICY.workingHours.end),
  days: optionalOr(list(oneOf(WEEKDAYS)).min(1, 'list at least one day, e.g. [mon, tue, wed, thu, fri]'), [...DEFAULT_POLICY.workingHours.days]),
};

const workingHours = section(workingHoursShape, 'the working hours').superRefine((hours, ctx) => {
  if (minutes(hours.end) <= minutes(hours.start)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['end'], message: `${hours.end} is not after the start (${hours.start})` });
});

export const remindersShape = {
  noReply: optionalOr(list(offset).max(5, 'give at most 5 reminders'), [...DEFAULT_POLICY.noReply]),
  joiningDetails: optionalOr(flag, DEFAULT_POLICY.joiningDetails),
  digest: optionalOr(digest, DEFAULT_POLICY.digest),
  workingHours: optionalOr(workingHours, {}),
};

const remindersSection = section(remindersShape, 'the reminders section');

/** A policy given as the file's `reminders` section is (from the reminders card): the same rules, every problem listed. */
export const parseReminders = (raw: unknown): Result<ReminderPolicy> => {
  const parsed = remindersSection.safeParse(raw);
  if (parsed.success) return ok(parsed.data as ReminderPolicy);
  const problems = parsed.error.issues.map((issue) => `reminders.${pathText(issue.path)}: ${issue.message}`);
  return userError('REMINDERS.INVALID', `The reminders were not changed: ${problems.length === 1 ? 'one problem' : `${problems.length} problems`}.`, problems);
};
