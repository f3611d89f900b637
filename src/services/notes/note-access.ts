/** Who may write notes and read collections: the peer team (manual, Appendix 2); never staff or the project team. */
import { userError, type UserError } from '../../domain/shared/index.js';
import type { Review } from '../../domain/shared/index.js';
import { audienceOf } from '../shared/index.js';

export const peersOnly = (review: Review, email: string, what: string): UserError | undefined =>
  audienceOf(review, email).peer
    ? undefined
    : userError('ACCESS.DENIED', `Sorry, only the peer team of ${review.name} can ${what}. Notes and collections stay with the peers.`);

export const leadsOnly = (review: Review, email: string, what: string): UserError | undefined =>
  audienceOf(review, email).lead
    ? undefined
    : userError('ACCESS.DENIED', `Sorry, only the team lead and the challenge manager of ${review.name} can ${what}.`);

/** The people a concern goes to at once. */
export const leadsOf = (review: Review): string[] =>
  review.peers.filter((p) => p.role === 'teamLead' || p.role === 'challengeManager').map((p) => p.email);
