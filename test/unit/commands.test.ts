import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/bot/commands.js';

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
    ['cases', 'cases', ''],
    ['form C01', 'caseForm', 'C01'],
    ['case form C01', 'caseForm', 'C01'],
    ['concerns', 'concerns', ''],
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
