/** The question a file of a different review asks while the current one has bookings, and the answers to it. */
import type { Review } from '../../domain/shared/index.js';
import type { CardJson, StoredReview } from '../../services/ports/index.js';
import { plural } from '../../domain/shared/index.js';
import { noticeCard, renderCard, VERBS } from '../shared/index.js';
import { reviewSummary, scheduleNext } from './imported-text.js';

export interface HeldImport {
  held: string;
  review: Review;
  current: StoredReview;
  booked: number;
}

export const heldImportCard = ({ held, review, current, booked }: HeldImport): CardJson => {
  const currentName = current.review.name;
  // A button's title is one line: the review it cancels is named in the text above it.
  const cancelTitle = `Import it and cancel ${plural(booked, 'session')}`;
  return renderCard('held-import', {
    currentName,
    lead: `**${review.name}** is not ${currentName}, which has ${plural(booked, 'session')} booked. Import it as a new review?`,
    whatHappens: `**Import it**: chat then works on ${review.name}. ${currentName} keeps its events in everyone's calendar, its answers and its notes; **reviews** lists both, and switches back.`,
    cancelling: `**${cancelTitle}**: the same, but every session of ${currentName} booked now is cancelled, and everyone invited to it gets a cancellation; their invite cards say so. Its answers and notes are kept.`,
    sameReview: `If it is ${currentName} corrected, give both files the same review.key (or the same name) instead: then it is a new revision, and what is booked stays booked.`,
    held,
    currentId: current.id,
    cancelTitle,
    verbs: { importHeld: VERBS.importHeld, importHeldCancelling: VERBS.importHeldCancelling, dropHeld: VERBS.dropHeld },
  });
};

export interface HeldImported {
  imported: Review;
  /** Import it and cancel: the review whose booked sessions are being cancelled, and how many there are. */
  replaced?: { review: Review; cancelling: number };
}

/** The answer to Import it, or to Import it and cancel (whose own card, posted after, shows the cancelling's progress). */
export const heldImportedCard = ({ imported, replaced }: HeldImported): CardJson => {
  const n = replaced?.cancelling ?? 0;
  const cancelled = !replaced
    ? []
    : n > 0
      ? [`${replaced.review.name}'s ${plural(n, 'session')} ${n === 1 ? 'is' : 'are'} being cancelled; ${n === 1 ? 'its' : 'their'} invitees get a cancellation. The card below shows how far it has got.`]
      : [`Nothing of ${replaced.review.name} was booked any more, so nothing was cancelled.`];
  const next = `Chat now works on it; send **reviews** to switch back. Send ${scheduleNext(imported)} when you are ready.`;
  return noticeCard(`Imported ${imported.name}`, [`${reviewSummary(imported)}.`, ...cancelled, next].join(' '));
};
