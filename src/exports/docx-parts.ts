import {
  Document,
  type HeadingLevel,
  Packer,
  Paragraph,
  TextRun,
  type FileChild,
  type ParagraphChild,
} from 'docx';
import { neutralPackage } from './package-properties.js';

type Heading = (typeof HeadingLevel)[keyof typeof HeadingLevel];

export const heading = (text: string, level: Heading): Paragraph => new Paragraph({ heading: level, text });

/** Lines as runs, each after the first on a new line of the same paragraph. */
export const lineRuns = (lines: readonly string[]): TextRun[] =>
  lines.map((text, index) => new TextRun({ text, break: index > 0 ? 1 : undefined }));

export const bulletParagraph = (children: ParagraphChild[]): Paragraph =>
  new Paragraph({ bullet: { level: 0 }, children });

export const italicParagraph = (text: string): Paragraph =>
  new Paragraph({ children: [new TextRun({ text, italics: true })] });

/** A Word document from its body, packed with neutral properties (see `neutralPackage`), `title` among them. */
export const packDocx = async (title: string, children: FileChild[]): Promise<Buffer> => {
  const document = new Document({ sections: [{ children }] });
  return neutralPackage(await Packer.toBuffer(document), title);
};
