import { describe, expect, it } from 'vitest';
import { allowedSource, type AttachmentPolicy } from '../../src/bot/files/attachment-policy.js';
import { readConfig } from '../../src/config.js';

const policy: AttachmentPolicy = { hosts: ['sharepoint.com'], timeoutMs: 1_000 };
const allowed = (address: string, rules: AttachmentPolicy = policy) => allowedSource(address, rules)?.href;

describe('which attachment URLs may be downloaded', () => {
  it.each([
    'https://contoso-my.sharepoint.com/personal/alex_contoso_com/_layouts/15/download.aspx?UniqueId=1&tempauth=x',
    'https://contoso.sharepoint.com/sites/review/Shared%20Documents/testshire.yaml',
    'https://sharepoint.com/file.yaml',
    'https://CONTOSO.SharePoint.COM/file.yaml',
    'https://contoso.sharepoint.com:443/file.yaml',
  ])('allows %s', (address) => {
    expect(allowed(address)).toBeDefined();
  });

  it.each([
    ['plain http', 'http://contoso.sharepoint.com/file.yaml'],
    ['another scheme', 'file:///etc/passwd'],
    ['a look-alike domain', 'https://evilsharepoint.com/file.yaml'],
    ['the suffix inside a longer name', 'https://contoso.sharepoint.com.evil.example/file.yaml'],
    ['another host', 'https://example.org/file.yaml'],
    ['an IPv4 literal', 'https://52.104.0.1/file.yaml'],
    ['loopback', 'https://127.0.0.1/healthz'],
    ['loopback spelt as a number', 'https://2130706433/healthz'],
    ['loopback spelt in hex', 'https://0x7f000001/healthz'],
    ['an IPv6 literal', 'https://[2620:1ec:8f8::1]/file.yaml'],
    ['IPv6 loopback', 'https://[::1]/healthz'],
    ['IPv4-mapped IPv6', 'https://[::ffff:127.0.0.1]/healthz'],
    ['userinfo that reads as SharePoint', 'https://contoso.sharepoint.com@127.0.0.1/healthz'],
    ['userinfo on an allowed host', 'https://user:pass@contoso.sharepoint.com/file.yaml'],
    ['another port', 'https://contoso.sharepoint.com:8443/file.yaml'],
    ['not a URL', 'contoso.sharepoint.com/file.yaml'],
  ])('refuses %s', (_why, address) => {
    expect(allowed(address)).toBeUndefined();
  });

  it('matches every configured suffix, case-insensitively', () => {
    const two: AttachmentPolicy = { hosts: ['sharepoint.com', 'Files.Example.ORG'], timeoutMs: 1_000 };
    expect(allowed('https://eu.files.example.org/a.yaml', two)).toBeDefined();
    expect(allowed('https://files.example.org/a.yaml', two)).toBeDefined();
    expect(allowed('https://example.org/a.yaml', two)).toBeUndefined();
  });

  it('refuses an IP literal even when a configured suffix would match its last numbers', () => {
    expect(allowed('https://127.0.0.1/healthz', { hosts: ['0.0.1'], timeoutMs: 1_000 })).toBeUndefined();
  });

  it("allows a test server's origin only when the composition root names it, and nothing else on that host", () => {
    const test: AttachmentPolicy = { ...policy, testOrigin: 'http://127.0.0.1:4567' };
    expect(allowed('http://127.0.0.1:4567/files/a.yaml')).toBeUndefined();
    expect(allowed('http://127.0.0.1:4567/files/a.yaml', test)).toBe('http://127.0.0.1:4567/files/a.yaml');
    expect(allowed('http://127.0.0.1:3978/healthz', test)).toBeUndefined();
    expect(allowed('https://127.0.0.1:4567/files/a.yaml', test)).toBeUndefined();
  });
});

describe('ATTACHMENT_HOSTS', () => {
  it("defaults to SharePoint and OneDrive for Business, Teams' file hosts", () => {
    expect(readConfig({}).ATTACHMENT_HOSTS).toEqual(['sharepoint.com']);
    expect(readConfig({ ATTACHMENT_HOSTS: ' ' }).ATTACHMENT_HOSTS).toEqual(['sharepoint.com']);
  });

  it('is a comma-separated list of host suffixes, lower-cased, a leading *. or . dropped', () => {
    expect(readConfig({ ATTACHMENT_HOSTS: 'Contoso.SharePoint.com, *.files.example.org,.other.example' }).ATTACHMENT_HOSTS).toEqual([
      'contoso.sharepoint.com',
      'files.example.org',
      'other.example',
    ]);
  });

  it('refuses anything that is not a host name', () => {
    expect(() => readConfig({ ATTACHMENT_HOSTS: 'https://contoso.sharepoint.com' })).toThrow(/ATTACHMENT_HOSTS/);
    expect(() => readConfig({ ATTACHMENT_HOSTS: 'sharepoint.com/sites' })).toThrow(/ATTACHMENT_HOSTS/);
  });
});
