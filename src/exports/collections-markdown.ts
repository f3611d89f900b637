import { NOTE_KIND_LABELS, type CollectionsExport, type ThemeCollection } from '../domain/notes/index.js';
import { escapeHeading, escapeMarkdown } from './markdown-escape.js';
import { NO_NOTES, notedKinds } from './noted-kinds.js';
import { oneLine } from './plain-text.js';

/**
 * The collections as Markdown: a heading per theme, a sub-heading per kind that has notes, a
 * bullet per note. A note's further lines continue its bullet.
 */
export const collectionsMarkdown = (data: CollectionsExport): string => {
  const blocks = [`# ${escapeHeading(oneLine(data.reviewName))}: themed collections`, ...data.themes.flatMap(themeBlocks)];
  return `${blocks.join('\n\n')}\n`;
};

const themeBlocks = (collection: ThemeCollection): string[] => {
  const heading = `## ${escapeHeading(oneLine(collection.theme.title))}`;
  const kinds = notedKinds(collection);
  if (kinds.length === 0) return [heading, `_${NO_NOTES}_`];
  return [heading, ...kinds.flatMap(({ kind, notes }) => [`### ${NOTE_KIND_LABELS[kind]}`, notes.map(bullet).join('\n')])];
};

const bullet = (lines: string[]): string => `- ${lines.map(escapeMarkdown).join('\n  ')}`;
