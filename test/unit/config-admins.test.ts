import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';

describe('ADMINS', () => {
  it('reads emails and Entra group ids, comma-separated, in any case and spacing', () => {
    expect(readConfig({ ADMINS: ' IT.Lead@Council.example , 3F1C2B9A-1D2E-4F5A-8B6C-7D8E9F0A1B2C,,sam@council.example ' }).ADMINS).toEqual({
      emails: ['it.lead@council.example', 'sam@council.example'],
      groups: ['3f1c2b9a-1d2e-4f5a-8b6c-7d8e9f0a1b2c'],
    });
    expect(readConfig({}).ADMINS).toEqual({ emails: [], groups: [] });
  });

  it('refuses an entry that is neither, saying what each must be', () => {
    expect(() => readConfig({ ADMINS: 'it.lead@council.example, Council IT' })).toThrow(/ADMINS: each entry must be an email or an Entra group id \(a GUID\)/);
  });
});
