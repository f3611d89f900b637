import { TeamsInfo, type TurnContext } from 'botbuilder';
import { identifyPerson } from '../services/shared/index.js';
import type { Result } from '../domain/shared/index.js';
import type { PeopleRepository } from '../services/ports/index.js';

/** The sender's email: from the activity's aadObjectId, looked up once through Teams member info. */
export const whoIsTalking = (people: PeopleRepository, context: TurnContext): Promise<Result<string>> => {
  const from = context.activity.from;
  return identifyPerson(people, from?.aadObjectId, async () => {
    const member = await TeamsInfo.getMember(context, from.id);
    return member.email ?? member.userPrincipalName;
  });
};
