/**
 * Text as literal CommonMark. Inline: the characters that start emphasis, code, links, raw HTML,
 * strikethrough and table cells, and `&` where it would start an entity. At a line's start (inside
 * a list item too): headings, block quotes, list markers and setext or thematic-break lines.
 */
const INLINE = /[\\`*_[\]<~|]/g;
const ENTITY = /&(?=#?[A-Za-z0-9]+;)/g;
const BLOCK_START = /^(?:#|>|-|\+|=)/;
const ORDERED_MARKER = /^(\d{1,9})([.)])(?=\s|$)/;

export const escapeMarkdown = (line: string): string => {
  const inline = line.replace(INLINE, '\\$&').replace(ENTITY, '\\&');
  if (BLOCK_START.test(inline)) return `\\${inline}`;
  return inline.replace(ORDERED_MARKER, '$1\\$2');
};

/** A heading's text: escaped, and a trailing run of `#` kept from reading as a closing sequence. */
export const escapeHeading = (text: string): string => escapeMarkdown(text).replace(/(\s)(#+)$/, '$1\\$2');
