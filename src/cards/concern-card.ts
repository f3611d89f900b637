import type { Review } from '../domain/review.js';
import type { Concern } from '../services/evidence-ports.js';
import type { CardJson } from '../services/ports.js';
import { localDateTime } from './local-time.js';
import { nameOf } from './names.js';
import { renderCard } from './render.js';

/** The private card a concern sends to the team lead and the challenge manager. */
export const concernCard = (review: Review, concern: Concern): CardJson =>
  renderCard('concern', {
    reviewName: review.name,
    author: `${nameOf(review, concern.author)} (${concern.author})`,
    when: localDateTime(concern.raisedAt, review.timeZone),
    text: concern.text,
  });
