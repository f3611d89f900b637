import { userError, type UserError } from '../../domain/shared/index.js';

/** A plan stopped at the time limit: the review is too big or too tangled to plan in one go. */
export const tooLong = (what: string, limitSeconds: number, advice: string): UserError =>
  userError('SCHEDULING.TOO_LONG', `Planning ${what} took longer than ${limitSeconds} s and was stopped, so nothing was stored. ${advice}`);
