import { ok, userError, type Result } from '../../domain/shared/index.js';
import type { PeopleRepository } from '../ports/index.js';

/**
 * Who is talking: the activity's aadObjectId, resolved to an email once (Teams member info or Graph)
 * and cached. The email is how people are matched to the review. `lookUpEmail` resolves undefined for
 * someone Teams does not know and rejects when Teams cannot be asked (an outage, not an unknown person).
 */
export const identifyPerson = async (
  people: PeopleRepository,
  aadObjectId: string | undefined,
  lookUpEmail: () => Promise<string | undefined>,
): Promise<Result<string>> => {
  const cached = aadObjectId ? await people.emailFor(aadObjectId) : undefined;
  if (cached) return ok(cached);
  const email = (await lookUpEmail())?.trim().toLowerCase();
  if (!email?.includes('@')) {
    return userError('PERSON.UNKNOWN', 'I could not tell who you are from Teams, so I cannot match you to the review. Please ask the project team to check your account.');
  }
  if (aadObjectId) await people.remember(aadObjectId, email);
  return ok(email);
};
