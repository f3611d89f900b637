/**
 * Plain text laid out for a terminal of LINE_WIDTH columns: text wrapped at word boundaries, cells side by side in
 * columns. Nothing is cut short: only a word longer than its column is broken (after a hyphen where it has one).
 */

/** A terminal's usual 80 columns are too few for a timetable of two teams; 100 fits a laptop's half screen. */
export const LINE_WIDTH = 100;

/** Characters as a terminal counts them (code points), so that padding lines columns up. */
export const textWidth = (text: string): number => [...text].length;

export const padTo = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - textWidth(text)));

/** A word longer than the width: broken after its hyphens where it can be, a part still too long cut at the width. */
const breakWord = (word: string, width: number): string[] => {
  const parts = word.split(/(?<=-)/).flatMap((part) => {
    const chars = [...part];
    return Array.from({ length: Math.ceil(chars.length / width) }, (_, i) => chars.slice(i * width, (i + 1) * width).join(''));
  });
  // Parts that fit together stay together; any two that are left apart would not fit on one line.
  const joined: string[] = [];
  for (const part of parts) {
    const last = joined.at(-1);
    if (last !== undefined && textWidth(last + part) <= width) joined[joined.length - 1] = last + part;
    else joined.push(part);
  }
  return joined;
};

/** A unit longer than the width: split at its spaces, and a word still too long broken. */
const pieces = (unit: string, width: number): string[] => {
  if (textWidth(unit) <= width) return [unit];
  const words = unit.split(' ').filter((w) => w !== '');
  return words.length > 1 ? words.flatMap((w) => pieces(w, width)) : breakWord(unit, width);
};

/**
 * The lines of `text` at most `width` wide. Given a list, each item is kept on one line if it fits (a crew of
 * initials, "[IB, RO]", is not split between lines), and otherwise wrapped like any text. Always one line at least.
 */
export const wrap = (text: string | readonly string[], width: number): string[] => {
  const units = typeof text === 'string' ? text.split(' ').filter((w) => w !== '') : text;
  const lines: string[] = [];
  let line = '';
  for (const piece of units.flatMap((unit) => pieces(unit, Math.max(1, width)))) {
    if (line === '') line = piece;
    else if (textWidth(line) + 1 + textWidth(piece) <= width) line = `${line} ${piece}`;
    else {
      lines.push(line);
      line = piece;
    }
  }
  return [...lines, line];
};

/** `text` wrapped after `first` (an indent, a time) on its first line and after `rest` on the others. */
export const hanging = (first: string, text: string, rest = ' '.repeat(textWidth(first)), width = LINE_WIDTH): string[] =>
  wrap(text, width - Math.max(textWidth(first), textWidth(rest))).map((line, i) => `${i === 0 ? first : rest}${line}`.trimEnd());

/** Cells side by side, each a list of lines no wider than its column: as many lines as the tallest cell. */
export const sideBySide = (cells: readonly string[][], widths: readonly number[], gap = '  '): string[] => {
  const height = Math.max(1, ...cells.map((lines) => lines.length));
  return Array.from({ length: height }, (_, i) =>
    cells
      .map((lines, k) => padTo(lines[i] ?? '', widths[k] ?? 0))
      .join(gap)
      .trimEnd(),
  );
};
