/** `timetable`: a personal, expiring link to the printable on-site timetable; the command table keeps it to a 1:1 chat. */
import { issueTimetableLink } from '../../web/page-links.js';
import type { CommandHandler } from '../deps.js';
import { replyError } from '../reply.js';

export const timetableCommand: CommandHandler = async (deps, context, email) => {
  const issued = await issueTimetableLink(deps.store, deps.links, email, deps.now());
  if (!issued.ok) return void (await replyError(context, issued));
  const { reviewName, url, until } = issued.value;
  await context.sendActivity(
    `The on-site timetable of **${reviewName}**: [open the timetable](${url})\n\n` +
      `The link is yours alone and works until ${until}. It prints on A4 landscape, a page per day.`,
  );
};
