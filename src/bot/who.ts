import { TeamsInfo, type TurnContext } from 'botbuilder';
import { identifyPerson } from '../services/shared/index.js';
import type { Result } from '../domain/shared/index.js';
import { Outage, type PeopleRepository } from '../services/ports/index.js';

/** Teams' answer for someone who is not a member of the conversation: a person we cannot tell, not an outage. */
const NOT_A_MEMBER = 404;

/** The sender's email: from the activity's aadObjectId, looked up once through Teams member info. */
export const whoIsTalking = (people: PeopleRepository, context: TurnContext): Promise<Result<string>> => {
  const from = context.activity.from;
  return identifyPerson(people, from?.aadObjectId, async () => {
    if (!from?.id) return undefined;
    try {
      const member = await TeamsInfo.getMember(context, from.id);
      return member.email ?? member.userPrincipalName;
    } catch (error) {
      if ((error as { statusCode?: unknown }).statusCode === NOT_A_MEMBER) return undefined;
      throw new Outage('teams', error);
    }
  });
};
