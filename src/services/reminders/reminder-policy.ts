/**
 * The review's reminder policy, read and changed by the project team from the reminders card. A change is read
 * by the same rules as the file's `reminders` section; the reminders already sent stay as they were, and the
 * next run of the timer follows the new policy.
 */
import { policyOf } from '../../domain/reminders/index.js';
import { parseReminders } from '../../domain/review-file/index.js';
import { ok, userError, type ReminderPolicy, type Result } from '../../domain/shared/index.js';
import type { Store, StoredReview } from '../ports/index.js';
import { currentReview, projectTeamOnly } from '../shared/index.js';

export interface ReviewPolicy {
  stored: StoredReview;
  policy: ReminderPolicy;
}

/** What the reminders card sends: its inputs as typed. */
export interface PolicyInput {
  reviewId: unknown;
  noReply: unknown;
  joiningDetails: unknown;
  digest: unknown;
  start: unknown;
  end: unknown;
  days: unknown;
}

export const reminderPolicy = async (store: Store, asker: string): Promise<Result<ReviewPolicy>> => {
  const current = await currentReview(store.reviews);
  if (!current.ok) return current;
  const denied = projectTeamOnly(current.value.review, asker, 'change the reminders');
  return denied ?? ok({ stored: current.value, policy: policyOf(current.value.review) });
};

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** The card's text boxes as the file's section would say it: "72, 24" is two offsets in hours; "off" is no digest. */
const asSection = (input: PolicyInput) => ({
  noReply: text(input.noReply)
    .split(/[,\s]+/)
    .filter(Boolean)
    .map((offset) => (/^\d+(\.\d+)?$/.test(offset) ? Number(offset) : offset)),
  joiningDetails: input.joiningDetails === true || input.joiningDetails === 'true',
  digest: /^(off|none|no|false|)$/i.test(text(input.digest)) ? false : text(input.digest),
  workingHours: { start: text(input.start), end: text(input.end), days: text(input.days).split(',').filter(Boolean) },
});

export const setReminderPolicy = async (store: Store, asker: string, input: PolicyInput): Promise<Result<ReviewPolicy>> => {
  const current = await reminderPolicy(store, asker);
  if (!current.ok) return current;
  if (input.reviewId !== current.value.stored.id) {
    return userError('PROPOSAL.SUPERSEDED', 'This card is for another review than the one chat works on, so nothing was changed. Send **reminders** for the current one, or **reviews** to switch.');
  }
  const parsed = parseReminders(asSection(input));
  if (!parsed.ok) return parsed;
  const stored = await store.reviews.setReminders(current.value.stored.id, parsed.value);
  return stored ? ok({ stored, policy: parsed.value }) : userError('REVIEW.NONE', 'The review is no longer there, so nothing was changed.');
};
