/** Who may see the timetable: the project team, who run the review, and its peers, who are in it. */
import type { Review } from '../domain/review.js';
import { isProjectTeam } from '../services/access.js';

export const maySeeTimetable = (review: Review, email: string): boolean =>
  isProjectTeam(review, email) || review.peers.some((peer) => peer.email === email.toLowerCase());
