import { describe, expect, it } from 'vitest';
import { progressTurn, REPLACED, type ProgressUpdate } from '../../src/domain/outbox/index.js';

const step = (booked: number) => ({ done: false, booked, total: 16, failed: 0 });
const end = { done: true, booked: 16, total: 16, failed: 0, cardsSent: 32, cardsFailed: 0 };
const endWithFailures = { done: true, booked: 13, total: 16, failed: 3, cardsSent: 26, cardsFailed: 0 };
const updates = (...held: boolean[]): ProgressUpdate[] => held.map((h, n) => ({ update: n + 1, held: h }));

describe('when a progress update of the proposal card goes', () => {
  it('goes when it is the latest and nothing earlier is on its way', () => {
    expect(progressTurn(2, step(8), updates(false, true), false)).toBe('send');
    expect(progressTurn(1, step(4), updates(true), false)).toBe('send');
  });

  it('is skipped once a later update has been made, whatever became of that one', () => {
    expect(progressTurn(1, step(4), updates(true, false), false)).toEqual({ skip: REPLACED });
    expect(progressTurn(3, step(12), updates(false, false, true, false, false), false)).toEqual({ skip: REPLACED });
  });

  it('waits while an earlier update is held by a try: it could land on top of this one', () => {
    expect(progressTurn(3, step(12), updates(false, true, true), false)).toBe('wait');
    expect(progressTurn(5, end, updates(true, false, false, false, true), true)).toBe('wait');
  });

  it('sends the booking’s end even when every update before it was skipped or failed', () => {
    expect(progressTurn(5, end, updates(false, false, false, false, true), true)).toBe('send');
    expect(progressTurn(5, endWithFailures, updates(false, false, false, false, true), false)).toBe('send');
  });

  it('skips an update that says something is left once the proposal is booked (a run without this card booked it)', () => {
    expect(progressTurn(2, step(8), updates(false, true), true)).toEqual({ skip: 'the proposal has been booked since' });
    expect(progressTurn(5, endWithFailures, updates(false, false, false, false, true), true)).toEqual({ skip: 'the proposal has been booked since' });
  });

  it('lets a later run’s updates replace an earlier run’s end', () => {
    expect(progressTurn(5, endWithFailures, updates(false, false, false, false, true, false), false)).toEqual({ skip: REPLACED });
  });
});
