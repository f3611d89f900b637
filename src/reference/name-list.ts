/**
 * The humannames package's list of about 197,000 first names and surnames, one a line, read once when Convene
 * starts, as dictionary-en-gb reads its dictionary. Its JSON form would do, but under tsx (npm start, the tests'
 * bot processes) a 3 MB JSON module is turned into code first, which took seconds at every start.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const list = readFileSync(createRequire(import.meta.url).resolve('humannames/list.txt'), 'utf8');

export const NAME_LIST: readonly string[] = list.split(/\r?\n/).filter((name) => name !== '');
