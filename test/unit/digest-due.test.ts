import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, digestDue } from '../../src/domain/reminders/index.js';

const LONDON = 'Europe/London';

describe('when the morning digest is due', () => {
  it.each([
    ['a Monday at 08:29 GMT: not yet', '2026-02-02T08:29:00.000Z', undefined],
    ['a Monday at 08:30 GMT, before working hours begin', '2026-02-02T08:30:00.000Z', '2026-02-02'],
    ['the same Monday at 16:59, caught up after an outage', '2026-02-02T16:59:00.000Z', '2026-02-02'],
    ['the same Monday at 17:00, when working hours end: not sent as the morning’s', '2026-02-02T17:00:00.000Z', undefined],
    ['a Saturday morning: no digest', '2026-01-31T09:00:00.000Z', undefined],
    ['after the spring clock change, 08:30 BST is 07:30Z', '2026-03-30T07:30:00.000Z', '2026-03-30'],
    ['after the spring clock change, 07:29Z is 08:29 BST: not yet', '2026-03-30T07:29:00.000Z', undefined],
    ['late on Monday 23:30Z in BST is already Tuesday 00:30 local: not yet Tuesday’s', '2026-03-30T23:30:00.000Z', undefined],
  ])('%s', (_name, now, expected) => {
    expect(digestDue(DEFAULT_POLICY, LONDON, now)).toBe(expected);
  });

  it('is never due when the policy turns it off, and any day when every day is working', () => {
    expect(digestDue({ ...DEFAULT_POLICY, digest: false }, LONDON, '2026-02-02T09:00:00.000Z')).toBeUndefined();
    const always = { ...DEFAULT_POLICY, workingHours: { start: '00:00', end: '24:00', days: [...(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const)] } };
    expect(digestDue(always, LONDON, '2026-01-31T23:59:00.000Z')).toBe('2026-01-31');
  });
});
