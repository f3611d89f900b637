import type { Review } from '../domain/review.js';
import type { Concern } from '../services/evidence-ports.js';
import type { CardJson } from '../services/ports.js';
import { localDay } from './local-time.js';
import { nameOf } from './names.js';
import { renderCard } from './render.js';

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
