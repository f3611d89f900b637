import type { Audience } from '../../services/shared/index.js';
import type { CardJson } from '../../services/ports/index.js';
import { renderCard } from './render.js';

interface CommandHelp {
  command: string;
  what: string;
  for: (audience: Audience) => boolean;
}

const COMMANDS: CommandHelp[] = [
  { command: 'import', what: 'Attach the review file (YAML or JSON), or paste its text after the word import', for: (a) => a.projectTeam },
  { command: 'schedule case reviews', what: 'Propose the case-review calls; nothing is booked until you confirm', for: (a) => a.projectTeam },
  { command: 'schedule on-site', what: 'Propose the on-site week as a timetable per day; nothing is booked until you confirm', for: (a) => a.projectTeam },
  { command: 'status', what: 'Who has accepted, is unsure, declined or not answered, per session', for: (a) => a.projectTeam },
  { command: 'finish booking', what: 'Finish a booking that was cut off (a restart, an outage): the events and invite cards still missing', for: (a) => a.projectTeam },
  { command: 'timetable', what: 'A link to the on-site timetable, to read or print on A4 landscape', for: (a) => a.projectTeam || a.peer },
  { command: 'note', what: 'Log a note under the themes: names, emails and phone numbers are taken out; a concern goes only to the leads', for: (a) => a.peer },
  { command: 'themes', what: 'Notes per theme, and the gaps: little evidence, no strengths, disagreements', for: (a) => a.peer },
  { command: 'theme …', what: "One theme's notes by kind, e.g. theme leadership", for: (a) => a.peer },
  { command: 'form …', what: 'The EHCP review form of a case you reviewed, e.g. form C01', for: (a) => a.caseReviewer },
  { command: 'cases', what: 'EHCP forms done of the cases booked, and the sample against Appendix 8', for: (a) => a.peer || a.projectTeam },
  { command: 'concerns', what: 'The safeguarding and whistle-blowing concerns raised, with who raised them and the day', for: (a) => a.lead },
  { command: 'export', what: 'The themed collections as Markdown, Word and PowerPoint (no dates, no authors)', for: (a) => a.lead },
  { command: 'export cases', what: 'The findings across the EHCP forms as Word, for the feedback meeting', for: (a) => a.lead },
  { command: 'purge notes', what: 'For the challenge manager, once the report is out: delete every note and concern (the counts are kept)', for: (a) => a.challengeManager },
  { command: 'my sessions', what: 'Your sessions and your answers', for: () => true },
  { command: 'help', what: 'This list', for: () => true },
];

/** What the asker may do, by what they are in the review. */
export const helpCard = (audience: Audience, reviewName?: string): CardJson =>
  renderCard('help', {
    intro: reviewName
      ? `${reviewName}. ${audience.projectTeam ? 'You are on the project team.' : 'Answer your invitations on the cards I send you.'}`
      : 'No review has been imported yet.',
    commands: COMMANDS.filter((c) => c.for(audience)).map(({ command, what }) => ({ command, what })),
  });
