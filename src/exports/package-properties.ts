import { oneLine, xmlEscape } from './plain-text.js';
import { rewriteXmlParts } from './zip-xml.js';

/** Who an export says made it: the tool, never a person. */
export const EXPORT_CREATOR = 'Convene';

const CORE_PROPERTIES = 'docProps/core.xml';

/**
 * `docProps/core.xml` with a title and the tool as creator, and nothing else: no created or
 * modified time (both optional in OPC), no revision, no person. docx and pptxgenjs always write
 * the time of export there, and pptxgenjs its own name as author, so the part is replaced whole.
 */
const coreProperties = (title: string): string =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
  ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
  ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
  `<dc:title>${xmlEscape(oneLine(title))}</dc:title>` +
  `<dc:creator>${EXPORT_CREATOR}</dc:creator>` +
  `<cp:lastModifiedBy>${EXPORT_CREATOR}</cp:lastModifiedBy>` +
  '</cp:coreProperties>';

/**
 * A date field's cached text (pptxgenjs's notes master carries the date its template was made);
 * PowerPoint computes the field again when it shows it.
 */
const DATE_FIELD_TEXT = /(<a:fld [^>]*type="datetime[^"]*"[^>]*>(?:(?!<\/a:fld>).)*?<a:t>)[^<]*(<\/a:t>)/gs;

/** An Office package as we hand it out: neutral core properties, no cached dates, no entry times. */
export const neutralPackage = (zip: Uint8Array, title: string): Buffer =>
  rewriteXmlParts(zip, (path, xml) => (path === CORE_PROPERTIES ? coreProperties(title) : xml.replace(DATE_FIELD_TEXT, '$1$2')));
