/** Who may see the timetable: the project team, who run the review, and its peers, who are in it. */
import type { Review } from '../domain/shared/index.js';
import { isProjectTeam } from '../services/shared/index.js';

export const maySeeTimetable = (review: Review, email: string): boolean =>
  isProjectTeam(review, email) || review.peers.some((peer) => peer.email === email.toLowerCase());
