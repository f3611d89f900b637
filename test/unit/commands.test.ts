import { describe, expect, it } from 'vitest';
import { COMMANDS, helpLines, parseCommand as parse } from '../../src/bot/commands.js';
import { helpCard } from '../../src/cards/shared/help-card.js';
import { FIRST_USER } from '../../src/services/shared/access.js';

/** The command's name and the rest of the message, as the table reads it. */
const parseCommand = (text: string) => {
  const parsed = parse(text);
  return parsed && { name: parsed.command.name, rest: parsed.rest };
};

describe('parseCommand', () => {
  it.each([
    ['help', 'help', ''],
    ['  Help me', 'help', 'me'],
    ['schedule case reviews', 'scheduleCaseReviews', ''],
    ['schedule on-site', 'scheduleOnSite', ''],
    ['Schedule the onsite', 'scheduleOnSite', ''],
    ['schedule on site', 'scheduleOnSite', ''],
    ['Schedule the case-review', 'scheduleCaseReviews', ''],
    ['status', 'status', ''],
    ['my sessions', 'mySessions', ''],
    ['MY SESSION', 'mySessions', ''],
    ['note', 'note', ''],
    ['Log a note', 'note', ''],
    ['themes', 'themes', ''],
    ['theme Leadership and governance', 'theme', 'Leadership and governance'],
    ['export', 'export', ''],
    ['Export cases', 'exportCases', ''],
    ['purge notes', 'purgeNotes', ''],
    ['purge notes confirm', 'purgeNotesConfirmed', ''],
    ['release notes', 'releaseNotes', ''],
    ['cases', 'cases', ''],
    ['form C01', 'caseForm', 'C01'],
    ['case form C01', 'caseForm', 'C01'],
    ['concerns', 'concerns', ''],
    ['timetable', 'timetable', ''],
    [' Timetable ', 'timetable', ''],
    ['Concern', 'concerns', ''],
  ])('%j is %s', (text, name, rest) => {
    expect(parseCommand(text)).toEqual({ name, rest });
  });

  it('keeps the pasted file after import, lines and indentation intact', () => {
    expect(parseCommand('import\nreview:\n  name: X\n')).toEqual({ name: 'import', rest: 'review:\n  name: X\n' });
    expect(parseCommand('import {"review": {}}')).toEqual({ name: 'import', rest: '{"review": {}}' });
  });

  it('does not take words that merely start like a command', () => {
    expect(parseCommand('important news')).toBeUndefined();
    expect(parseCommand('statuses')).toBeUndefined();
    expect(parseCommand('schedule onsets')).toBeUndefined();
    expect(parseCommand('schedule')).toBeUndefined();
    expect(parseCommand('notes from today are here')).toBeUndefined();
    expect(parseCommand('export everything now')).toBeUndefined();
    expect(parseCommand('purge everything')).toBeUndefined();
    expect(parseCommand('formal complaint')).toBeUndefined();
    expect(parseCommand('concerns about the panel')).toBeUndefined();
  });
});

const NOBODY = { ...FIRST_USER, projectTeam: false };
const EVERYONE = { projectTeam: true, peer: true, lead: true, challengeManager: true, caseReviewer: true };
const titles = (card: object) => (JSON.stringify(card).match(/"title":"[^"]+"/g) ?? []).map((t) => t.slice(9, -1));

describe('the command table', () => {
  it('reads each help line as its own command ("export cases" is never "export", wherever it sits)', () => {
    for (const { name, help } of COMMANDS.filter((c) => c.help)) {
      const example = help!.command.replace(' …', name === 'caseForm' ? ' C01' : ' leadership');
      expect(parseCommand(example)?.name, example).toBe(name);
    }
  });

  it('has every command with a help line in the help card of someone who may use them all', () => {
    const shown = titles(helpCard(EVERYONE, helpLines(EVERYONE), 'Testshire'));
    expect(shown).toEqual(COMMANDS.flatMap((c) => (c.help ? [c.help.command] : [])));
  });

  it('keeps the peer team’s evidence and the timetable link to a 1:1 chat, and nothing else', () => {
    const personal = COMMANDS.filter((c) => c.personal).map((c) => c.name).sort();
    expect(personal).toEqual(['caseForm', 'cases', 'concerns', 'export', 'exportCases', 'note', 'purgeNotes', 'purgeNotesConfirmed', 'releaseNotes', 'theme', 'themes', 'timetable']);
  });
});

describe('the help card', () => {
  const commands = (card: object) => JSON.stringify(card).match(/"title":"[^"]+"/g) ?? [];
  const help = (audience: typeof NOBODY) => helpCard(audience, helpLines(audience), 'Testshire');

  it('offers timetable to the project team and to peers, not to everyone else', () => {
    expect(commands(help({ ...NOBODY, projectTeam: true }))).toContain('"title":"timetable"');
    expect(commands(help({ ...NOBODY, peer: true }))).toContain('"title":"timetable"');
    expect(commands(help(NOBODY))).not.toContain('"title":"timetable"');
  });
});
