import type { CardJson } from '../services/ports.js';
import { renderCard } from './render.js';

const EVERYONE = [
  { command: 'my sessions', what: 'Your sessions and your answers' },
  { command: 'help', what: 'This list' },
];

const TIMETABLE = { command: 'timetable', what: 'A link to the on-site timetable, to read or print on A4 landscape' };

const PROJECT_TEAM = [
  { command: 'import', what: 'Attach the review file (YAML or JSON), or paste its text after the word import' },
  { command: 'schedule case reviews', what: 'Propose the case-review calls; nothing is booked until you confirm' },
  { command: 'schedule on-site', what: 'Propose the on-site week as a timetable per day; nothing is booked until you confirm' },
  { command: 'status', what: 'Who has accepted, is unsure, declined or not answered, per session' },
];

/** What the asker may do: the project team sees its commands too, and peers the timetable. */
export const helpCard = (projectTeam: boolean, reviewName?: string, peer = false): CardJson =>
  renderCard('help', {
    intro: reviewName
      ? `${reviewName}. ${projectTeam ? 'You are on the project team.' : 'Answer your invitations on the cards I send you.'}`
      : 'No review has been imported yet.',
    commands: projectTeam ? [...PROJECT_TEAM, TIMETABLE, ...EVERYONE] : peer ? [TIMETABLE, ...EVERYONE] : EVERYONE,
  });
