import pptxgenjs from 'pptxgenjs';
import type { CollectionsExport, NoteKind, ThemeCollection } from '../domain/notes/index.js';
import { NO_NOTES } from './noted-kinds.js';
import { neutralPackage } from './package-properties.js';
import { noteLines, oneLine } from './plain-text.js';
import { PARAGRAPH_SPACE_PT, slidePages, type SlidePage, type TextBox } from './slide-pages.js';

// pptxgenjs's types describe its CommonJS build, the class as `module.exports.default`; an ESM
// import under NodeNext gets its ESM build, whose default export is the class itself.
const PptxGenJS = ((pptxgenjs as unknown as { default?: unknown }).default ?? pptxgenjs) as typeof pptxgenjs.default;
type Presentation = InstanceType<typeof PptxGenJS>;

/** The day-4 presentation's two slides per theme. */
const SLIDE_KINDS: readonly { kind: NoteKind; heading: string }[] = [
  { kind: 'strength', heading: 'Strengths' },
  { kind: 'areaForConsideration', heading: 'Areas for consideration' },
];
const SUBTITLE = 'Emerging findings';
const CONTINUED = '(continued)';

/** Inches, on the 16:9 layout (10 × 5.625). */
const TITLE = { x: 0.5, y: 0.3, w: 9, h: 0.8 };
const BODY = { x: 0.5, y: 1.2, w: 9, h: 4.1 };
const INSET_IN = 0.1;
const BULLET_INDENT_PT = 27;
/** The room the bullets' text has: the body less PowerPoint's default insets and the bullet's indent. */
const BODY_TEXT: TextBox = {
  widthPt: (BODY.w - 2 * INSET_IN) * 72 - BULLET_INDENT_PT,
  heightPt: (BODY.h - INSET_IN) * 72,
};
const DARK = '1F3864';

/**
 * The collections as the day-4 presentation: a title slide, then per theme its strengths and its
 * areas for consideration, continued on further slides when there are too many to read at 14pt.
 */
export const collectionsPptx = async (data: CollectionsExport): Promise<Buffer> => {
  const presentation = new PptxGenJS();
  presentation.layout = 'LAYOUT_16x9';
  // Its own name, by default, as the company in docProps/app.xml.
  presentation.company = '';
  const reviewName = oneLine(data.reviewName);
  addTitleSlide(presentation, reviewName);
  for (const collection of data.themes) addThemeSlides(presentation, collection);
  const written = await presentation.write({ outputType: 'nodebuffer' });
  if (!(written instanceof Uint8Array)) throw new Error('pptxgenjs wrote no bytes');
  return neutralPackage(written, `${reviewName}: ${SUBTITLE.toLowerCase()}`);
};

const addTitleSlide = (presentation: Presentation, reviewName: string): void => {
  const slide = presentation.addSlide();
  slide.addText(reviewName, { x: 0.5, y: 1.4, w: 9, h: 1.6, fontSize: 36, bold: true, color: DARK, align: 'center' });
  slide.addText(SUBTITLE, { x: 0.5, y: 3.1, w: 9, h: 0.8, fontSize: 24, color: DARK, align: 'center' });
};

const addThemeSlides = (presentation: Presentation, collection: ThemeCollection): void => {
  const theme = oneLine(collection.theme.title);
  for (const { kind, heading } of SLIDE_KINDS) {
    // A slide's bullet is one paragraph: pptxgenjs puts a line break's paragraph properties where
    // PowerPoint won't read them, so a note's lines are joined.
    const bullets = noteLines(collection.notes[kind]).map((lines) => lines.join(' '));
    slidePages(bullets, BODY_TEXT).forEach((page, index) =>
      addBulletSlide(presentation, `${theme} — ${heading}${index > 0 ? ` ${CONTINUED}` : ''}`, page),
    );
  }
};

const addBulletSlide = (presentation: Presentation, title: string, page: SlidePage): void => {
  const slide = presentation.addSlide();
  const titleSize = title.length <= 48 ? 26 : 20;
  slide.addText(title, { ...TITLE, fontSize: titleSize, bold: true, color: DARK, valign: 'middle' });
  if (page.bullets.length === 0) {
    slide.addText(NO_NOTES, { ...BODY, fontSize: 20, italic: true, color: '595959', valign: 'top' });
    return;
  }
  slide.addText(
    page.bullets.map((text) => ({ text, options: { bullet: true } })),
    { ...BODY, fontSize: page.fontSize, paraSpaceAfter: PARAGRAPH_SPACE_PT, valign: 'top' },
  );
};
