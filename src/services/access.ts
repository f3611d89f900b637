/** Who may do what: the project team runs the review; anyone may see and answer their own invitations. */
import type { Review } from '../domain/review.js';
import { userError, type UserError } from '../domain/user-error.js';

export const isProjectTeam = (review: Review, email: string): boolean =>
  review.projectTeam.includes(email.toLowerCase());

export const projectTeamOnly = (review: Review, email: string, what: string): UserError | undefined =>
  isProjectTeam(review, email)
    ? undefined
    : userError(
        'ACCESS.DENIED',
        `Sorry, only the project team of ${review.name} can ${what}. You can still send **my sessions** and answer your own invitations.`,
      );
