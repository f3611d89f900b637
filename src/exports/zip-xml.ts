import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/**
 * The earliest time a zip entry can hold. Left to the library, every entry would carry the moment
 * of export; a fixed time keeps the package free of dates and the same input gives the same bytes.
 */
const ZIP_EPOCH = new Date(1980, 0, 1);

const CONTENT_TYPES = '[Content_Types].xml';

/** A package's parts by path, in the zip's order; folder entries, which hold nothing, left out. */
export const zipParts = (zip: Uint8Array): Map<string, Uint8Array> =>
  new Map(Object.entries(unzipSync(zip, { filter: ({ name }) => !name.endsWith('/') })));

/**
 * The package with each XML part passed through `rewrite`, zipped again with fixed entry times.
 * `[Content_Types].xml` goes first, where tools that sniff a file's type look for it.
 */
export const rewriteXmlParts = (zip: Uint8Array, rewrite: (path: string, xml: string) => string): Buffer => {
  const parts = [...zipParts(zip)].map(([path, data]): [string, Uint8Array] =>
    path.endsWith('.xml') ? [path, strToU8(rewrite(path, strFromU8(data)))] : [path, data],
  );
  parts.sort(([a], [b]) => Number(b === CONTENT_TYPES) - Number(a === CONTENT_TYPES));
  const zipped = zipSync(Object.fromEntries(parts), { level: 6, mtime: ZIP_EPOCH });
  return Buffer.from(zipped.buffer, zipped.byteOffset, zipped.byteLength);
};
