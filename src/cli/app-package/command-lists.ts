/**
 * The bot's command menus in the manifest, made from the command table (src/bot/commands.ts): each command's
 * words and its line in help. Help lists every command; a menu offers the everyday ones, within Teams' limits.
 */
import { type Command, COMMANDS } from '../../bot/commands.js';
import type { Audience } from '../../domain/shared/index.js';

export type Scope = 'personal' | 'team' | 'groupChat';

export interface CommandList {
  scopes: Scope[];
  commands: { title: string; description: string }[];
}

/** Teams' limits (the manifest schema, which also checks a title's 32 characters): 10 commands a list, 128 characters a description. */
const MOST_COMMANDS = 10;
const DESCRIPTION_LENGTH = 128;

const someone = (role: Partial<Audience>): Audience => ({ projectTeam: false, peer: false, lead: false, challengeManager: false, caseReviewer: false, ...role });

/**
 * Whom each menu serves, first served first. A 1:1 chat is everyone's, and the only place the peers' evidence
 * commands answer; a team or group chat is where the project team works, so nothing answered only 1:1 is offered.
 */
const MENUS: { scopes: Scope[]; audiences: Audience[]; oneToOne: boolean }[] = [
  { scopes: ['personal'], audiences: [someone({}), someone({ peer: true }), someone({ projectTeam: true })], oneToOne: true },
  { scopes: ['team', 'groupChat'], audiences: [someone({ projectTeam: true })], oneToOne: false },
];

/** Help writes "move …" for a command that needs words after it, which choosing it from a menu cannot give. */
const needsMoreWords = (command: Command) => command.help!.command.endsWith('…');

/** The longest start that fits, ending at a clause (before "; ", ": " or ", "), else at a word with "…". */
const shortened = (text: string): string => {
  if (text.length <= DESCRIPTION_LENGTH) return text;
  const clauseEnds = [...text.matchAll(/[;:,] /g)].map((match) => match.index).filter((end) => end <= DESCRIPTION_LENGTH);
  if (clauseEnds.length > 0) return text.slice(0, clauseEnds.at(-1));
  return `${text.slice(0, text.lastIndexOf(' ', DESCRIPTION_LENGTH - 1))}…`;
};

const menu = ({ audiences, oneToOne }: (typeof MENUS)[number]): Command[] => {
  const offered = audiences.flatMap((audience) =>
    COMMANDS.filter((command) => command.help?.for(audience) && !needsMoreWords(command) && (oneToOne || command.personal === undefined)),
  );
  // Help first, as Teams' own bots list it; then each audience's commands in the table's order.
  return [...new Set(offered)].sort((a, b) => Number(b.name === 'help') - Number(a.name === 'help')).slice(0, MOST_COMMANDS);
};

/** A list per menu, for the scopes the bot is installed in. */
export const commandLists = (botScopes: readonly string[]): CommandList[] =>
  MENUS.map((spec) => ({ ...spec, scopes: spec.scopes.filter((scope) => botScopes.includes(scope)) }))
    .filter((spec) => spec.scopes.length > 0)
    .map((spec) => ({
      scopes: spec.scopes,
      commands: menu(spec).map(({ help }) => ({ title: help!.command, description: shortened(help!.what) })),
    }));
