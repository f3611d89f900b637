/**
 * Note text as lines an export can carry. Notes come from chat, where a stray control character
 * can slip in; XML 1.0 cannot hold one (nor a lone surrogate), and Word refuses the whole file.
 */
const NOT_IN_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML cannot carry, to be taken out.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text's non-blank lines, trimmed. */
export const textLines = (text: string): string[] =>
  text
    .replace(NOT_IN_XML, '')
    .split(/\r\n|[\r\n\u2028\u2029]/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** A title or name on one line. */
export const oneLine = (text: string): string => textLines(text).join(' ');

/** Each note as its lines; blank notes left out. */
export const noteLines = (notes: readonly string[]): string[][] =>
  notes.map(textLines).filter((lines) => lines.length > 0);

export const xmlEscape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
