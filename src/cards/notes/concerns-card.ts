import type { Review } from '../../domain/shared/index.js';
import type { Concern } from '../../services/ports/index.js';
import type { CardJson } from '../../services/ports/index.js';
import { localDay } from '../shared/index.js';
import { nameOf } from '../shared/index.js';
import { renderCard } from '../shared/index.js';

/** `concerns`: every concern of the review, with who raised it and on what day, for the two leads. */
export const concernsCard = (review: Review, concerns: Concern[], intro = ''): CardJson =>
  renderCard('concerns', {
    reviewName: review.name,
    intro,
    none: concerns.length === 0,
    concerns: concerns.map((concern) => ({
      author: `${nameOf(review, concern.author)} (${concern.author})`,
      day: localDay(concern.raisedAt, review.timeZone),
      text: concern.text,
    })),
  });
