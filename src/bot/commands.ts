/**
 * Every chat command in one table: its words, whether it answers only in a 1:1 chat, its handler and its line
 * in help. The message route looks the message up here; help and the Teams manifest are tested against it.
 */
import { helpCard } from '../cards/shared/index.js';
import type { HelpLine } from '../cards/shared/index.js';
import type { Audience } from '../domain/shared/index.js';
import { audienceOf, FIRST_USER } from '../services/shared/index.js';
import type { BotDeps, CommandHandler } from './deps.js';
import { replyCard } from './reply.js';
import { addCommand, cancelCommand, finishBookingCommand, moveCommand, reviewChanges, scheduleCaseReviews, scheduleOnSite, statusCommand } from './routes/booking/index.js';
import { caseFormCommand, casesCommand, exportCasesCommand } from './routes/case-forms.js';
import { mySessionsCommand } from './routes/invitations.js';
import { askBeforePurge, concernsCommand, exportCommand, noteCommand, purgeCommand, releaseNotesCommand, themeCommand, themesCommand } from './routes/notes/index.js';
import { remindCommand, remindersCommand } from './routes/reminders.js';
import { importCommand, reviewsCommand } from './routes/reviews.js';
import { timetableCommand } from './routes/timetable.js';

export interface Command {
  name: string;
  /** The words the message starts with; what follows them is the handler's `rest`. */
  words: RegExp;
  handler: CommandHandler;
  /**
   * Answered only in a 1:1 chat, refused elsewhere before anything is read: `true` for the peer team's
   * evidence (the refusal repeats the message), or what is private and what to send instead.
   */
  personal?: true | { what: string; send: string };
  /** Its line in help and whom help shows it to; the services decide who may actually use it. */
  help?: HelpLine & { for: (audience: Audience) => boolean };
}

const team = (a: Audience) => a.projectTeam;
const peer = (a: Audience) => a.peer;
const lead = (a: Audience) => a.lead;
const everyone = () => true;

/** What help lists for this audience, in the table's order. */
export const helpLines = (audience: Audience): HelpLine[] =>
  COMMANDS.flatMap(({ help }) => (help?.for(audience) ? [{ command: help.command, what: help.what }] : []));

export const helpCommand = async (deps: BotDeps, context: Parameters<CommandHandler>[1], email: string): Promise<void> => {
  const stored = await deps.store.reviews.latest();
  const audience = stored ? audienceOf(stored.review, email) : FIRST_USER;
  await replyCard(context, helpCard(audience, helpLines(audience), stored?.review.name));
};

const IMPORT: Command = {
  name: 'import',
  words: /^import\b/i,
  handler: importCommand,
  help: { command: 'import', what: 'Attach the review file (YAML or JSON), or paste its text after the word import', for: team },
};

// In help's order. A message is the command whose words match most of it, so "export cases" is never "export".
export const COMMANDS: Command[] = [
  IMPORT,
  { name: 'reviews', words: /^reviews\s*$/i, handler: reviewsCommand, help: { command: 'reviews', what: 'The reviews Convene has, which one chat works on, and a way to switch', for: team } },
  { name: 'scheduleCaseReviews', words: /^schedule\s+(the\s+)?case[\s-]*reviews?\b/i, handler: scheduleCaseReviews, help: { command: 'schedule case reviews', what: 'Propose the case-review calls; nothing is booked until you confirm', for: team } },
  { name: 'scheduleOnSite', words: /^schedule\s+(the\s+)?on[\s-]*site\b/i, handler: scheduleOnSite, help: { command: 'schedule on-site', what: 'Propose the on-site week as a timetable per day; nothing is booked until you confirm', for: team } },
  { name: 'reviewChanges', words: /^review\s+(the\s+)?changes?\b/i, handler: reviewChanges, help: { command: 'review changes', what: 'After importing a corrected file: what it changes in what is booked, moving as little as it can; nothing changes until you confirm', for: team } },
  { name: 'move', words: /^move\b/i, handler: moveCommand, help: { command: 'move …', what: 'Other times for one booked session that move nothing else, e.g. move C03; nothing changes until you confirm', for: team } },
  { name: 'cancel', words: /^cancel\b/i, handler: cancelCommand, help: { command: 'cancel …', what: 'Cancel one booked session, by its id or a part of its title, e.g. cancel C03; nothing changes until you confirm', for: team } },
  { name: 'add', words: /^add\b/i, handler: addCommand, help: { command: 'add …', what: 'Add one session written as in the review file, e.g. add { id: C17, caseWorker: …, categories: [] }; it is placed around what is booked, to confirm', for: team } },
  { name: 'status', words: /^status\b/i, handler: statusCommand, help: { command: 'status', what: 'Who has accepted, is unsure, declined or not answered, per session', for: team } },
  { name: 'remind', words: /^remind(\s+now)?\s*$/i, handler: remindCommand, help: { command: 'remind', what: 'Whom to chase: who has not answered or has declined, with Remind now (the digest you get each working morning)', for: team } },
  { name: 'reminders', words: /^reminders\s*$/i, handler: remindersCommand, help: { command: 'reminders', what: 'When people are reminded, the joining details and the morning digest: see and change them', for: team } },
  { name: 'finishBooking', words: /^finish\s+(the\s+)?booking\b/i, handler: finishBookingCommand, help: { command: 'finish booking', what: 'Finish a booking that was cut off (a restart, an outage): the events and invite cards still missing', for: team } },
  {
    name: 'timetable',
    words: /^timetable\s*$/i,
    handler: timetableCommand,
    // The link is signed for one person: posted in a group chat, anyone there could open it.
    personal: { what: 'The timetable link is personal', send: 'timetable' },
    help: { command: 'timetable', what: 'A link to the on-site timetable, to read or print on A4 landscape', for: (a) => a.projectTeam || a.peer },
  },
  { name: 'note', words: /^(log\s+(a\s+)?)?notes?\s*$/i, handler: noteCommand, personal: true, help: { command: 'note', what: 'Log a note under the themes: names, settings, times and contact details are taken out, and it joins the collections at the next release; a concern goes only to the leads', for: peer } },
  { name: 'themes', words: /^themes\s*$/i, handler: themesCommand, personal: true, help: { command: 'themes', what: 'Notes per theme, and the gaps: little evidence, no strengths, disagreements', for: peer } },
  { name: 'theme', words: /^theme\b/i, handler: themeCommand, personal: true, help: { command: 'theme …', what: "One theme's notes by kind, e.g. theme leadership", for: peer } },
  { name: 'caseForm', words: /^(case\s+)?form\b/i, handler: caseFormCommand, personal: true, help: { command: 'form …', what: 'The EHCP review form of a case you reviewed, e.g. form C01', for: (a) => a.caseReviewer } },
  { name: 'cases', words: /^cases\s*$/i, handler: casesCommand, personal: true, help: { command: 'cases', what: 'EHCP forms done of the cases booked, and the sample against Appendix 8', for: (a) => a.peer || a.projectTeam } },
  { name: 'concerns', words: /^concerns?\s*$/i, handler: concernsCommand, personal: true, help: { command: 'concerns', what: 'The safeguarding and whistle-blowing concerns raised, with who raised them and the day', for: lead } },
  { name: 'export', words: /^export\s*$/i, handler: exportCommand, personal: true, help: { command: 'export', what: 'The themed collections as Markdown, Word and PowerPoint (no dates, no authors)', for: lead } },
  { name: 'exportCases', words: /^export\s+cases?\s*$/i, handler: exportCasesCommand, personal: true, help: { command: 'export cases', what: 'The findings across the EHCP forms as Word, for the feedback meeting', for: lead } },
  { name: 'purgeNotes', words: /^purge\s+notes\s*$/i, handler: askBeforePurge, personal: true, help: { command: 'purge notes', what: 'For the challenge manager, once the report is out: delete every note and concern (the counts are kept)', for: (a) => a.challengeManager } },
  { name: 'releaseNotes', words: /^release\s+notes\s*$/i, handler: releaseNotesCommand, personal: true, help: { command: 'release notes', what: 'Put the notes saved since the last release into the collections now, for a team meeting not in the programme', for: lead } },
  { name: 'purgeNotesConfirmed', words: /^purge\s+notes\s+confirm\s*$/i, handler: purgeCommand, personal: true },
  { name: 'mySessions', words: /^my\s+sessions?\b/i, handler: mySessionsCommand, help: { command: 'my sessions', what: 'Your sessions and your answers', for: everyone } },
  { name: 'help', words: /^(help|\?|hi|hello)\b/i, handler: helpCommand, help: { command: 'help', what: 'The commands for you, and what each does', for: everyone } },
];

export interface ParsedCommand {
  command: Command;
  rest: string;
}

export const parseCommand = (text: string): ParsedCommand | undefined => {
  const trimmed = text.replace(/^\s+/, '');
  let best: { command: Command; words: string } | undefined;
  for (const command of COMMANDS) {
    const words = command.words.exec(trimmed)?.[0];
    if (words !== undefined && words.length > (best?.words.length ?? -1)) best = { command, words };
  }
  return best && { command: best.command, rest: trimmed.slice(best.words.length).replace(/^[ \t]*\r?\n?/, '') };
};

/** A file sent with no command is a review file to import. */
export const parseMessage = (text: string, withFile: boolean): ParsedCommand | undefined =>
  parseCommand(text) ?? (withFile ? { command: IMPORT, rest: '' } : undefined);
