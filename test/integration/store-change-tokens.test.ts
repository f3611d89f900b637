/** Where each organiser's last round of calendar changes ended, kept between syncs (src/services/calendar-sync/). */
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases.js';

const ORGANISER = 'peerreview@council.example';
const WINDOW = { start: '2026-01-14T09:00:00.000Z', end: '2026-02-06T17:00:00.000Z' };
const WIDER = { start: WINDOW.start, end: '2026-02-07T17:00:00.000Z' };

describeEachDatabase('change tokens kept between calendar syncs', (context) => {
  it('keeps one token per organiser, good only for the window it was made for', async () => {
    const tokens = context.store.changeTokens;
    expect(await tokens.tokenFor(ORGANISER, WINDOW)).toBeUndefined();
    await tokens.keep('PeerReview@Council.example', WINDOW, 'first');
    expect(await tokens.tokenFor(ORGANISER, WINDOW)).toBe('first');
    // The same instants spelt another way are the same window.
    expect(await tokens.tokenFor(ORGANISER, { start: '2026-01-14T09:00:00Z', end: '2026-02-06T17:00:00+00:00' })).toBe('first');
    expect(await tokens.tokenFor(ORGANISER, WIDER)).toBeUndefined();
    expect(await tokens.tokenFor('someone@council.example', WINDOW)).toBeUndefined();

    await tokens.keep(ORGANISER, WIDER, 'second');
    expect(await tokens.tokenFor(ORGANISER, WINDOW)).toBeUndefined();
    expect(await tokens.tokenFor(ORGANISER, WIDER)).toBe('second');
    await tokens.keep(ORGANISER, WIDER, 'third');
    expect(await tokens.tokenFor(ORGANISER, WIDER)).toBe('third');

    await tokens.forget(ORGANISER.toUpperCase());
    expect(await tokens.tokenFor(ORGANISER, WIDER)).toBeUndefined();
    await tokens.forget(ORGANISER);
  });
});
