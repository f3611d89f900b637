import { readFileSync } from 'node:fs';
import { Template } from 'adaptivecards-templating';
import { describe, expect, it } from 'vitest';
import { statusCard } from '../../src/cards/invitations/index.js';
import { renderCard } from '../../src/cards/shared/index.js';
import { CARD_SAMPLES } from '../support/card-samples.js';
import { demoStored } from '../support/demo-data.js';

/** The card a Template made afresh gives: what renderCard did before it kept one Template per card. */
const fresh = (name: string, data: object) =>
  new Template(JSON.parse(readFileSync(new URL(`../../adaptiveCards/${name}.json`, import.meta.url), 'utf8'))).expand({ $root: data });

describe('a kept template', () => {
  it('expands each data as a fresh one would, keeping nothing of the data before', () => {
    const a = { title: 'First', text: 'Only this' };
    const b = { title: 'Second', text: 'And this' };
    const first = renderCard('notice', a);
    const second = renderCard('notice', b);
    expect(first).toEqual(fresh('notice', a));
    expect(second).toEqual(fresh('notice', b));
    expect(JSON.stringify(second)).not.toMatch(/First|Only this/);
  });

  it('leaves no rows of a long status in an empty one rendered after it', () => {
    const long = CARD_SAMPLES.find((s) => s.name === 'status')!.card;
    const now = '2026-01-13T18:00:00.000Z';
    const empty = statusCard({ stored: demoStored, sessions: [] }, { now });
    expect(JSON.stringify(empty)).not.toContain('Needs your attention');
    expect(JSON.stringify(long)).toContain('Needs your attention');
    expect(statusCard({ stored: demoStored, sessions: [] }, { now })).toEqual(empty);
  });
});
