/** Chat commands: the first words of a message pick the command, the rest is its argument. */
export type CommandName =
  | 'help'
  | 'import'
  | 'scheduleCaseReviews'
  | 'scheduleOnSite'
  | 'status'
  | 'finishBooking'
  | 'mySessions'
  | 'note'
  | 'themes'
  | 'theme'
  | 'exportCases'
  | 'export'
  | 'purgeNotesConfirmed'
  | 'purgeNotes'
  | 'cases'
  | 'caseForm'
  | 'concerns';

// Longer commands first where one starts another ("export cases" before "export").
const COMMANDS: { name: CommandName; pattern: RegExp }[] = [
  { name: 'help', pattern: /^(help|\?|hi|hello)\b/i },
  { name: 'import', pattern: /^import\b/i },
  { name: 'scheduleCaseReviews', pattern: /^schedule\s+(the\s+)?case[\s-]*reviews?\b/i },
  { name: 'scheduleOnSite', pattern: /^schedule\s+(the\s+)?on[\s-]*site\b/i },
  { name: 'status', pattern: /^status\b/i },
  { name: 'finishBooking', pattern: /^finish\s+(the\s+)?booking\b/i },
  { name: 'mySessions', pattern: /^my\s+sessions?\b/i },
  { name: 'note', pattern: /^(log\s+(a\s+)?)?notes?\s*$/i },
  { name: 'themes', pattern: /^themes\s*$/i },
  { name: 'theme', pattern: /^theme\b/i },
  { name: 'exportCases', pattern: /^export\s+cases?\s*$/i },
  { name: 'export', pattern: /^export\s*$/i },
  { name: 'purgeNotesConfirmed', pattern: /^purge\s+notes\s+confirm\s*$/i },
  { name: 'purgeNotes', pattern: /^purge\s+notes\s*$/i },
  { name: 'cases', pattern: /^cases\s*$/i },
  { name: 'caseForm', pattern: /^(case\s+)?form\b/i },
  { name: 'concerns', pattern: /^concerns?\s*$/i },
];

export const parseCommand = (text: string): { name: CommandName; rest: string } | undefined => {
  const trimmed = text.replace(/^\s+/, '');
  for (const { name, pattern } of COMMANDS) {
    const match = pattern.exec(trimmed);
    if (match) return { name, rest: trimmed.slice(match[0].length).replace(/^[ \t]*\r?\n?/, '') };
  }
  return undefined;
};
