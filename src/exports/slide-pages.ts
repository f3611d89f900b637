/**
 * Bullets laid out on as few slides as keep them readable: one slide at the largest size that fits,
 * else slides at the smallest size, the bullets split between them in order. Sizes are estimated
 * (PowerPoint wraps when it renders, pptxgenjs can't measure), on the safe side.
 */
export interface TextBox {
  widthPt: number;
  heightPt: number;
}

export interface SlidePage {
  fontSize: number;
  bullets: string[];
}

export const FONT_SIZES = [20, 18, 16, 14] as const;
/** Text that fits at no size is split over slides at this one. */
const SMALLEST_FONT = 14;
export const PARAGRAPH_SPACE_PT = 6;
const LINE_HEIGHT = 1.2;
/** An average character's width in ems, a little wider than Calibri's to allow for words that wrap early. */
const CHARACTER_WIDTH = 0.55;

const bulletHeight = (text: string, fontSize: number, box: TextBox): number => {
  const perLine = Math.max(1, Math.floor(box.widthPt / (CHARACTER_WIDTH * fontSize)));
  const lines = Math.max(1, Math.ceil([...text].length / perLine));
  return lines * LINE_HEIGHT * fontSize + PARAGRAPH_SPACE_PT;
};

const height = (bullets: readonly string[], fontSize: number, box: TextBox): number =>
  bullets.reduce((sum, text) => sum + bulletHeight(text, fontSize, box), 0);

export const slidePages = (bullets: readonly string[], box: TextBox): SlidePage[] => {
  const fitting = FONT_SIZES.find((fontSize) => height(bullets, fontSize, box) <= box.heightPt);
  if (fitting !== undefined) return [{ fontSize: fitting, bullets: [...bullets] }];
  const fontSize = SMALLEST_FONT;
  const pages: SlidePage[] = [];
  let page: string[] = [];
  let used = 0;
  for (const text of bullets) {
    const needed = bulletHeight(text, fontSize, box);
    // A bullet taller than a slide gets one to itself rather than an empty slide before it.
    if (page.length > 0 && used + needed > box.heightPt) {
      pages.push({ fontSize, bullets: page });
      page = [];
      used = 0;
    }
    page.push(text);
    used += needed;
  }
  pages.push({ fontSize, bullets: page });
  return pages;
};
