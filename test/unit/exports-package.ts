import { userInfo } from 'node:os';
import { strFromU8 } from 'fflate';
import { expect } from 'vitest';
import { EXPORT_CREATOR } from '../../src/exports/package-properties.js';
import { zipParts } from '../../src/exports/zip-xml.js';

/** Reading an Office package the way a test needs: its XML parts, their paragraphs, its zip entry times. */

export const xmlParts = (zip: Uint8Array): Map<string, string> =>
  new Map([...zipParts(zip)].filter(([path]) => /\.(xml|rels)$/.test(path)).map(([path, data]) => [path, strFromU8(data)]));

export const part = (parts: Map<string, string>, path: string): string => {
  const xml = parts.get(path);
  if (xml === undefined) throw new Error(`no part ${path}`);
  return xml;
};

export const unescapeXml = (text: string): string =>
  text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** A paragraph's text: its text elements in order, a line break as `\n`. */
const paragraphText = (xml: string, prefix: 'w' | 'a'): string =>
  [...xml.matchAll(new RegExp(`<${prefix}:t(?: [^>]*)?>([^<]*)</${prefix}:t>|<${prefix}:br/>`, 'g'))]
    .map((match) => (match[1] === undefined ? '\n' : unescapeXml(match[1])))
    .join('');

export interface WordParagraph {
  style: string;
  text: string;
}

/** `word/document.xml`'s paragraphs (table cells' too), each with its style ('' for none). */
export const wordParagraphs = (documentXml: string): WordParagraph[] =>
  [...documentXml.matchAll(/<w:p>(.*?)<\/w:p>|<w:p [^>]*>(.*?)<\/w:p>/gs)].map((match) => {
    const body = match[1] ?? match[2] ?? '';
    return { style: /<w:pStyle w:val="([^"]+)"\/>/.exec(body)?.[1] ?? '', text: paragraphText(body, 'w') };
  });

/** A slide's paragraphs' texts, empty ones left out. */
export const slideParagraphs = (slideXml: string): string[] =>
  [...slideXml.matchAll(/<a:p>(.*?)<\/a:p>/gs)].map((match) => paragraphText(match[1] ?? '', 'a')).filter((text) => text !== '');

/** The slides' XML in presentation order (pptxgenjs numbers them as it adds them). */
export const slidesXml = (parts: Map<string, string>): string[] =>
  [...parts]
    .flatMap(([path, xml]) => {
      const number = /^ppt\/slides\/slide(\d+)\.xml$/.exec(path)?.[1];
      return number === undefined ? [] : [{ number: Number(number), xml }];
    })
    .sort((a, b) => a.number - b.number)
    .map(({ xml }) => xml);

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
export const DATE_LIKE = [
  /\b(?:19|20)\d{2}-\d{2}-\d{2}\b/,
  /\b(?:19|20)\d{2}-(?:0[1-9]|1[0-2])\b/,
  /\d{4}-?\d{2}-?\d{2}T\d{2}:?\d{2}/,
  /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/,
  new RegExp(`\\b(?:${MONTHS})\\.?,?\\s+(?:\\d{1,2},?\\s+)?\\d{4}\\b`, 'i'),
];

/** The DOS date and time of every zip entry, from the central directory. */
export const zipEntryTimes = (zip: Uint8Array): { date: number; time: number }[] => {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end -= 1;
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const times = [];
  for (let index = 0; index < count; index += 1) {
    times.push({ time: view.getUint16(offset + 12, true), date: view.getUint16(offset + 14, true) });
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return times;
};

/** 1 January 1980, 00:00: the zip epoch, the same for every export. */
const ZIP_EPOCH_DOS = { date: (0 << 9) | (1 << 5) | 1, time: 0 };

/** No dates and no people anywhere in the package: core properties, every other part, entry times. */
export const expectNeutralPackage = (zip: Uint8Array): void => {
  const parts = xmlParts(zip);
  const core = part(parts, 'docProps/core.xml');
  expect(core).toContain(`<dc:creator>${EXPORT_CREATOR}</dc:creator>`);
  expect(core).toContain(`<cp:lastModifiedBy>${EXPORT_CREATOR}</cp:lastModifiedBy>`);
  expect(core).not.toMatch(/dcterms:(created|modified)|cp:revision/);
  expect(part(parts, 'docProps/app.xml')).not.toMatch(/<(Company|Manager)>[^<]/);
  const username = userInfo().username;
  for (const [path, xml] of parts) {
    for (const pattern of DATE_LIKE) expect(xml, `${path} ${pattern}`).not.toMatch(pattern);
    expect(xml, path).not.toContain(username);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML cannot carry must not be there.
    expect(xml, path).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  }
  expect(new Set(zipEntryTimes(zip).map(({ date, time }) => `${date}:${time}`))).toEqual(
    new Set([`${ZIP_EPOCH_DOS.date}:${ZIP_EPOCH_DOS.time}`]),
  );
};
