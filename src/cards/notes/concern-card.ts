import type { Review } from '../../domain/shared/index.js';
import type { Concern } from '../../services/ports/index.js';
import type { CardJson } from '../../services/ports/index.js';
import { localDateTime } from '../shared/index.js';
import { nameOf } from '../shared/index.js';
import { renderCard } from '../shared/index.js';

/** The private card a concern sends to the team lead and the challenge manager. */
export const concernCard = (review: Review, concern: Concern): CardJson =>
  renderCard('concern', {
    reviewName: review.name,
    author: `${nameOf(review, concern.author)} (${concern.author})`,
    when: localDateTime(concern.raisedAt, review.timeZone),
    text: concern.text,
  });
