import type { Audience } from '../../domain/shared/index.js';
import type { CardJson } from '../../services/ports/index.js';
import { renderCard } from './render.js';

/** One command as help lists it; the lines come from the bot's command table. */
export interface HelpLine {
  command: string;
  what: string;
}

/** What the asker may do (`commands`, already chosen for them), by what they are in the review. */
export const helpCard = (audience: Audience, commands: HelpLine[], reviewName?: string): CardJson =>
  renderCard('help', {
    intro: reviewName
      ? `${reviewName}. ${audience.projectTeam ? 'You are on the project team.' : 'Answer your invitations on the cards I send you.'}`
      : 'No review has been imported yet.',
    commands,
  });
