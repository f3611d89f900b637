/** Who may do what: the project team runs the review; anyone may see and answer their own invitations. */
import type { Review } from '../../domain/shared/index.js';
import { userError, type Audience, type UserError } from '../../domain/shared/index.js';

export const isProjectTeam = (review: Review, email: string): boolean =>
  review.projectTeam.includes(email.toLowerCase());

export const projectTeamOnly = (review: Review, email: string, what: string): UserError | undefined =>
  isProjectTeam(review, email)
    ? undefined
    : userError(
        'ACCESS.DENIED',
        `Sorry, only the project team of ${review.name} can ${what}. You can still send **my sessions** and answer your own invitations.`,
      );

export const audienceOf = (review: Review, email: string): Audience => {
  const roles = review.peers.filter((p) => p.email === email.toLowerCase()).map((p) => p.role);
  return {
    projectTeam: isProjectTeam(review, email),
    peer: roles.length > 0,
    lead: roles.includes('teamLead') || roles.includes('challengeManager'),
    challengeManager: roles.includes('challengeManager'),
    caseReviewer: roles.includes('caseReviewer'),
  };
};

/** Before any review is imported, whoever talks to the bot may import one. */
export const FIRST_USER: Audience = { projectTeam: true, peer: false, lead: false, challengeManager: false, caseReviewer: false };
