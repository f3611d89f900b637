import type { Application, TurnState } from '@microsoft/teams-ai';
import { issueTimetableLink, type TimetableLinks } from '../../web/timetable-link.js';
import type { BotDeps } from '../deps.js';
import { personalChatOnly } from '../personal-chat.js';
import { replyError } from '../reply.js';
import { whoIsTalking } from '../who.js';

/** `timetable`: a personal, expiring link to the printable on-site timetable. Registered before the catch-all message route. */
export const addTimetableRoute = (app: Application<TurnState>, deps: BotDeps, links: TimetableLinks): void => {
  app.message(/^\s*timetable\s*$/i, async (context) => {
    // The link is signed for one person: posted in a group chat, anyone there could open it.
    const elsewhere = personalChatOnly(context, 'timetable', 'The timetable link is personal');
    if (elsewhere) return void (await replyError(context, elsewhere));
    const who = await whoIsTalking(deps.store.people, context);
    if (!who.ok) return void (await replyError(context, who));
    const issued = await issueTimetableLink(deps.store, links, who.value, deps.now());
    if (!issued.ok) return void (await replyError(context, issued));
    const { reviewName, url, until } = issued.value;
    await context.sendActivity(
      `The on-site timetable of **${reviewName}**: [open the timetable](${url})\n\n` +
        `The link is yours alone and works until ${until}. It prints on A4 landscape, a page per day.`,
    );
  });
};
