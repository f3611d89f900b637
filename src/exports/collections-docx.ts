import { HeadingLevel, type Paragraph } from 'docx';
import { NOTE_KIND_LABELS, type CollectionsExport, type ThemeCollection } from '../domain/notes/index.js';
import { bulletParagraph, heading, italicParagraph, lineRuns, packDocx } from './docx-parts.js';
import { NO_NOTES, notedKinds } from './noted-kinds.js';
import { oneLine } from './plain-text.js';

/** The collections as a Word document: a heading per theme, a sub-heading per kind, a bullet per note. */
export const collectionsDocx = (data: CollectionsExport): Promise<Buffer> => {
  const title = `${oneLine(data.reviewName)}: themed collections`;
  return packDocx(title, [heading(title, HeadingLevel.TITLE), ...data.themes.flatMap(themeParagraphs)]);
};

const themeParagraphs = (collection: ThemeCollection): Paragraph[] => {
  const kinds = notedKinds(collection);
  return [
    heading(oneLine(collection.theme.title), HeadingLevel.HEADING_1),
    ...(kinds.length === 0 ? [italicParagraph(NO_NOTES)] : []),
    ...kinds.flatMap(({ kind, notes }) => [
      heading(NOTE_KIND_LABELS[kind], HeadingLevel.HEADING_2),
      ...notes.map((lines) => bulletParagraph(lineRuns(lines))),
    ]),
  ];
};
