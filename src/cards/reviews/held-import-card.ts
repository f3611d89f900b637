/** The question a file of a different review asks while the current one has bookings. */
import type { Review } from '../../domain/shared/index.js';
import type { CardJson, StoredReview } from '../../services/ports/index.js';
import { plural } from '../../domain/shared/index.js';
import { renderCard, VERBS } from '../shared/index.js';

export interface HeldImport {
  held: string;
  review: Review;
  current: StoredReview;
  booked: number;
}

export const heldImportCard = ({ held, review, current, booked }: HeldImport): CardJson => {
  const currentName = current.review.name;
  return renderCard('held-import', {
    currentName,
    lead: `**${review.name}** is not ${currentName}, which has ${plural(booked, 'session')} booked. Import it as a new review?`,
    whatHappens: `Chat then works on ${review.name}. ${currentName} keeps its events in everyone's calendar, its answers and its notes; **reviews** lists both, and switches back.`,
    sameReview: `If it is ${currentName} corrected, give both files the same review.key (or the same name) instead: then it is a new revision, and what is booked stays booked.`,
    held,
    verbs: { importHeld: VERBS.importHeld, dropHeld: VERBS.dropHeld },
  });
};
