import { z } from 'zod';

/**
 * What every activity a channel sends has. Bot Framework's adapter throws (before its own error handling)
 * on a body without a type, so a request that is not an activity is answered 400 before it gets there.
 */
const ACTIVITY = z.object({
  type: z.string().min(1),
  serviceUrl: z.string().min(1),
  conversation: z.object({ id: z.string().min(1) }),
  from: z.object({ id: z.string().min(1) }),
  // The bot it was sent to: botbuilder cannot answer a turn without it.
  recipient: z.object({ id: z.string().min(1) }),
});

/** Undefined when the body can be handed to the adapter; otherwise what is wrong with it. */
export const activityProblem = (body: unknown): string | undefined => {
  const checked = ACTIVITY.safeParse(body);
  if (checked.success) return undefined;
  const first = checked.error.issues[0]!;
  return `Not a Bot Framework activity: ${first.path.join('.') || 'the body'} ${first.message.toLowerCase()}.`;
};
