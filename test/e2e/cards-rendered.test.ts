/**
 * Every sample card (test/support/card-samples.ts) as the Agents Playground draws it in a bot message: no text
 * cut short or overflowing (a header "M…", a "C…"), no word split over two lines ("Presentatio" / "n"), and the
 * facts a reader needs actually on screen. Screenshots go to test-results/cards/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD_SAMPLES } from '../support/card-samples.js';
import { CardRenderer } from '../support/rendered-card.js';

const fileName = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

describe('cards as the Agents Playground draws them', () => {
  let renderer: CardRenderer;

  beforeAll(async () => {
    renderer = await CardRenderer.start();
  }, 90_000);

  afterAll(async () => {
    await renderer?.close();
  });

  for (const sample of CARD_SAMPLES) {
    it(sample.name, async () => {
      const seen = await renderer.render(sample.card, fileName(sample.name));
      expect.soft(seen.cut, 'texts cut short or overflowing').toEqual([]);
      expect.soft(seen.brokenWords, 'words split over two lines').toEqual([]);
      for (const fact of sample.shows) expect.soft(seen.text, `"${fact}" on screen`).toContain(fact);
      expect.soft(seen.struck, 'texts struck through').toEqual(sample.struck ?? []);
    });
  }

  // Why test/unit/card-text-types.test.ts exists: nothing warns, the text is simply not there.
  it('draws a number given as a text as nothing at all', async () => {
    const seen = await renderer.render({
      type: 'AdaptiveCard',
      version: '1.5',
      body: [
        { type: 'TextBlock', text: 'Accepted' },
        { type: 'TextBlock', text: 16 },
        { type: 'FactSet', facts: [{ title: 'Declined', value: 3 }] },
      ],
    });
    expect(seen.text).toContain('Accepted');
    expect(seen.text).toContain('Declined');
    expect(seen.text).not.toMatch(/16|3/);
  });

  it('reads a cut header and a word split in a narrow column, so the checks above can fail', async () => {
    const cell = (text: string, wrap: boolean) => ({ type: 'TableCell', items: [{ type: 'TextBlock', text, wrap }] });
    const seen = await renderer.render({
      type: 'AdaptiveCard',
      version: '1.5',
      body: [
        {
          type: 'Table',
          columns: [{ width: 6 }, { width: 1 }, { width: 1 }],
          rows: [{ type: 'TableRow', cells: [cell('Time', false), cell('No reply', false), cell('Presentation', true)] }],
        },
      ],
    });
    expect(seen.cut).toEqual(['No reply']);
    expect(seen.brokenWords).toEqual(['Presentation']);
  });
});
