/**
 * A number put where a card shows text renders as nothing, in the Agents Playground and Teams alike, with no
 * warning from the parser (test/e2e/cards-rendered.test.ts shows it). So every text a card shows must reach the
 * template as a string: this walks every sample card, and every template, and names the card and the JSON path.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CARD_SAMPLES } from '../support/card-samples.js';
import { nonStringTexts, numberTemplateTexts } from '../support/card-text-fields.js';

const folder = new URL('../../adaptiveCards/', import.meta.url);
const templates = readdirSync(folder).filter((file) => file.endsWith('.json')).map((file) => file.replace(/\.json$/, ''));

describe('every text a card shows is a string', () => {
  for (const sample of CARD_SAMPLES) {
    it(sample.name, () => {
      expect(nonStringTexts(sample.card), `${sample.name} (adaptiveCards/${sample.template}.json)`).toEqual([]);
    });
  }

  it('names the path of a number, a boolean or a missing text, wherever it is', () => {
    const card = {
      body: [
        { type: 'TextBlock', text: 3 },
        { type: 'Table', rows: [{ cells: [{ items: [{ type: 'TextBlock', text: 'Yes' }, { type: 'TextBlock' }] }] }] },
        { type: 'FactSet', facts: [{ title: 'Accepted', value: 2 }] },
        { type: 'RichTextBlock', inlines: ['fine', 4, { type: 'TextRun', text: true }] },
      ],
      actions: [{ type: 'Action.Execute', title: 16, data: { count: 16 } }],
    };
    expect(nonStringTexts(card)).toEqual([
      'body[0].text is a number (3)',
      'body[1].rows[0].cells[0].items[1].text is missing',
      'body[2].facts[0].value is a number (2)',
      'body[3].inlines[1] is a number (4)',
      'body[3].inlines[2].text is a boolean (true)',
      'actions[0].title is a number (16)',
    ]);
  });
});

describe('the templates in adaptiveCards/', () => {
  for (const name of templates) {
    it(`${name}.json gives no text a number of its own`, () => {
      expect(numberTemplateTexts(JSON.parse(readFileSync(new URL(`${name}.json`, folder), 'utf8')))).toEqual([]);
    });
  }

  it('each has a sample above, so that what its data puts in a text is checked', () => {
    const sampled = new Set(CARD_SAMPLES.map((sample) => sample.template));
    expect(templates.filter((name) => !sampled.has(name as never))).toEqual([]);
  });

  it('the static rule catches what can only be a number', () => {
    const template = { body: [{ type: 'TextBlock', text: '${count(rows)}' }, { type: 'TextBlock', text: '${count(rows)} rows' }, { type: 'TextBlock', text: '${accepted}' }] };
    expect(numberTemplateTexts(template)).toEqual(['body[0].text is ${count(rows)}, a number']);
  });
});
