import { nameOf, ok, type Result } from '../../domain/shared/index.js';
import type { Store } from '../ports/index.js';
import { namedBooked, proposeOne, type Proposed } from './one-change.js';

/** `cancel <session>`: a proposal to cancel one booked session; Confirm cancels its event, with a comment to everyone in it. */
export const proposeCancel = async (deps: { store: Store }, name: string, asker: string): Promise<Result<Proposed>> => {
  const named = await namedBooked(deps.store, name, asker, 'cancel');
  if (!named.ok) return named;
  const { stored, session } = named.value;
  return ok(await proposeOne(deps.store, stored, { action: 'cancel', from: session }, `${nameOf(stored.review, asker)} asked to cancel ${session.title}.`, asker));
};
