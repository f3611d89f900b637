/**
 * `npm run -s review-json -- FILE`: a review file as one line of JSON. The Agents Playground's compose box
 * drops line breaks, so YAML pasted there breaks; this line can be pasted after `import` instead.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';

const file = process.argv[2];
if (!file) {
  console.error('Usage: npm run -s review-json -- FILE');
  process.exitCode = 2;
} else {
  console.log(JSON.stringify(parse(await readFile(file, 'utf8'))));
}
