/**
 * While a proposal is booked, its card is updated in place, each update a message of its own. Teams shows whichever
 * update reached it last, so an update goes only if none later has been made, and not while an earlier one may
 * still be on its way: an older state must never land on top of a newer one.
 */

/** An update of the card, as the outbox keeps it: its number (later updates have higher ones). */
export interface ProgressUpdate {
  update: number;
  /** A try has it now (its lease has not run out): it may be on its way to Teams. */
  held: boolean;
}

/** What the update shows, as far as the rules need it. */
export interface ProgressShown {
  done: boolean;
  booked: number;
  total: number;
  cardsFailed?: number;
}

export type ProgressTurn = 'send' | 'wait' | { skip: string };

export const REPLACED = 'a later progress update replaced it';

/** The booking's end with every event in the calendar and no invite card refused: the proposal is booked then. */
const endsBooked = (shown: ProgressShown): boolean => shown.done && shown.booked === shown.total && !shown.cardsFailed;

/**
 * Whether update `update` goes now, given every update of the card (itself among them) and whether the proposal
 * is booked now. The last update of a run is stale only once a later run has updated the card.
 */
export const progressTurn = (update: number, shown: ProgressShown, updates: readonly ProgressUpdate[], proposalBooked: boolean): ProgressTurn => {
  if (updates.some((other) => other.update > update)) return { skip: REPLACED };
  // A run that booked the proposal without updating this card (it had none to hand) leaves this one untrue.
  if (proposalBooked && !endsBooked(shown)) return { skip: 'the proposal has been booked since' };
  if (updates.some((other) => other.update < update && other.held)) return 'wait';
  return 'send';
};
