import { describe, expect, it } from 'vitest';
import { StatementGate } from '../../src/store/statement-gate.js';

/** A statement that runs until `finish` is called, and says when it started. */
const held = (gate: StatementGate, log: string[], name: string) => {
  let finish!: () => void;
  const done = gate.statement(async () => {
    log.push(`${name} started`);
    await new Promise<void>((resolve) => (finish = resolve));
    log.push(`${name} ended`);
  });
  return { done, finish: () => finish() };
};

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('the PGlite statement gate', () => {
  it('lets statements run side by side', async () => {
    const gate = new StatementGate();
    const log: string[] = [];
    const a = held(gate, log, 'a');
    const b = held(gate, log, 'b');
    await settle();
    expect(log).toEqual(['a started', 'b started']);
    a.finish();
    b.finish();
    await Promise.all([a.done, b.done]);
  });

  it('gives a transaction the session only once the statements under way have ended, and holds back later ones', async () => {
    const gate = new StatementGate();
    const log: string[] = [];
    const first = held(gate, log, 'first');
    await settle();
    const alone = gate.enterAlone().then(() => log.push('transaction began'));
    const later = held(gate, log, 'later');
    await settle();
    expect(log).toEqual(['first started']);
    first.finish();
    await alone;
    await settle();
    expect(log).toEqual(['first started', 'first ended', 'transaction began']);
    gate.leaveAlone();
    await settle();
    expect(log.at(-1)).toBe('later started');
    later.finish();
    await later.done;
  });

  it('lets transactions in one at a time, in the order they asked', async () => {
    const gate = new StatementGate();
    const log: string[] = [];
    await gate.enterAlone();
    const second = gate.enterAlone().then(() => log.push('second'));
    const third = gate.enterAlone().then(() => log.push('third'));
    await settle();
    expect(log).toEqual([]);
    gate.leaveAlone();
    await second;
    await settle();
    expect(log).toEqual(['second']);
    gate.leaveAlone();
    await third;
    expect(log).toEqual(['second', 'third']);
  });

  it('lets the next caller in when a statement fails', async () => {
    const gate = new StatementGate();
    await expect(gate.statement(() => Promise.reject(new Error('syntax error')))).rejects.toThrow('syntax error');
    await gate.enterAlone();
    gate.leaveAlone();
    await expect(gate.statement(async () => 'answered')).resolves.toBe('answered');
  });
});
