/**
 * infra/main.bicep, read as text (no Bicep compiler here): the web app gets every setting the config schema requires
 * in production, and Convene starts on them once App Service has resolved the Key Vault references; no secret is
 * written into the template or its parameters; and its resource types and API versions are exactly the README's table.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRODUCTION_SETTINGS, readConfig } from '../../src/config.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const bicep = read('infra/main.bicep')
  .split('\n')
  .filter((line) => !line.trim().startsWith('//'))
  .join('\n');
const readme = read('infra/README.md');
const parameters: Record<string, { value: unknown }> = JSON.parse(read('infra/main.parameters.json')).parameters;

/** Every `{ name: 'UPPER_CASE', value: … }` in the template: the web app's settings, the only such names there. */
const appSettings = new Map(
  [...bicep.matchAll(/name: '([A-Z][A-Z0-9_]*)'(?:,\s*|\s*\n\s*)value: (.+?)\s*\}?\]?$/gm)].map((m) => [m[1]!, m[2]!]),
);

/** Declared parameters, with their default when it is a string literal. */
const params = new Map([...bicep.matchAll(/^param (\w+) \w+(?: = '([^']*)')?/gm)].map((m) => [m[1]!, m[2]]));

const KEY_VAULT_REFERENCE = /^'@Microsoft\.KeyVault\(SecretUri=\$\{vault\.properties\.vaultUri\}secrets\/\$\{\w+\}\/\)'$/;

/**
 * A setting's value once deployed, near enough for readConfig: a Key Vault reference becomes the secret the README
 * makes (openssl rand -hex 32), a parameter its value in main.parameters.json or its default, a string literal itself,
 * any other expression a placeholder.
 */
const deployedValue = (expression: string): string => {
  if (KEY_VAULT_REFERENCE.test(expression)) return randomBytes(32).toString('hex');
  if (expression.startsWith("'")) return expression.slice(1, -1).replace(/\$\{[^}]+\}/g, 'placeholder');
  const given = parameters[expression]?.value;
  if (typeof given === 'string') return given;
  // A default Azure computes at deployment: the tenant's id is a GUID.
  if (bicep.includes(`param ${expression} string = tenant().tenantId`)) return TENANT_ID;
  return params.get(expression) ?? 'placeholder';
};

const TENANT_ID = '8a2f0d3c-5b1e-4c7a-9f6d-2e4b8c0a1d3f';

describe('infra/main.bicep', () => {
  it('sets every setting the config schema requires in production', () => {
    expect(PRODUCTION_SETTINGS.length).toBeGreaterThan(5);
    expect(PRODUCTION_SETTINGS.filter((name) => !appSettings.has(name))).toEqual([]);
    expect([...appSettings.keys()]).toEqual(expect.arrayContaining(['ADMINS', 'ALLOWED_TENANT_IDS', 'APPLICATIONINSIGHTS_CONNECTION_STRING', 'GRAPH_MAILBOX_ACCESS']));
  });

  it('starts Convene in production on those settings, with Entra sign-in to PostgreSQL and Graph as the calendar', () => {
    const env = Object.fromEntries([...appSettings].map(([name, expression]) => [name, deployedValue(expression)]));
    const config = readConfig(env);
    expect(config).toMatchObject({ localMode: false, BOT_TYPE: 'UserAssignedMSI', CALENDAR: 'graph', DATABASE_AUTH: 'entra', GRAPH_MAILBOX_ACCESS: 'exchange-rbac' });
    expect(config.DATABASE_URL).toBe('postgres://placeholder@placeholder:5432/placeholder?sslmode=verify-full');
    expect(config.PUBLIC_URL).toMatch(/^https:\/\//);
  });

  it('does not start on a Key Vault reference App Service left unresolved, rather than take its text as the secret', () => {
    const env = Object.fromEntries([...appSettings].map(([name, expression]) => [name, KEY_VAULT_REFERENCE.test(expression) ? `@Microsoft.KeyVault(SecretUri=https://x.vault.azure.net/secrets/${name}/)` : deployedValue(expression)]));
    expect(() => readConfig(env)).toThrow(/^LINK_SECRET, NOTES_KEY: App Service could not resolve the Key Vault reference/);
  });

  it('writes no secret in: the secrets are Key Vault references, the database has no password at all', () => {
    const secretLike = [...appSettings.keys()].filter((name) => /SECRET|PASSWORD|_KEY$/.test(name));
    expect(secretLike.sort()).toEqual(['LINK_SECRET', 'NOTES_KEY']);
    expect(secretLike.filter((name) => !KEY_VAULT_REFERENCE.test(appSettings.get(name)!))).toEqual([]);
    expect(appSettings.get('DATABASE_URL')).toMatch(/^'postgres:\/\/\$\{identity\.name\}@[^:]+:5432\//);
    expect(bicep).not.toMatch(/administratorLogin|Password'?\s*:/);
    expect(bicep).toMatch(/activeDirectoryAuth: 'Enabled'\s+passwordAuth: 'Disabled'/);
    // A secret-like parameter would have to be @secure(); there are none, and no literal that looks like a key.
    expect([...params.keys()].filter((name) => /secret|password|key/i.test(name))).toEqual([]);
    expect(bicep).not.toMatch(/'[0-9a-f]{32,}'|'[A-Za-z0-9+/]{40,}={0,2}'/i);
  });

  it('takes parameters that are all declared, covering those without a default, and none of them a secret', () => {
    expect(Object.keys(parameters).filter((name) => !params.has(name))).toEqual([]);
    const required = [...bicep.matchAll(/^param (\w+) \w+$/gm)].map((m) => m[1]!);
    expect(required.filter((name) => !(name in parameters))).toEqual([]);
    expect(Object.keys(parameters).filter((name) => /secret|password|key/i.test(name))).toEqual([]);
  });

  it('uses exactly the resource types and API versions of the table in infra/README.md', () => {
    const declared = [...bicep.matchAll(/^resource \w+ '([^'@]+)@([^']+)'/gm)].map((m) => `${m[1]} ${m[2]}`);
    // A nested child resource would name its type without a version: every resource here is declared at the top.
    expect(declared).toHaveLength([...bicep.matchAll(/^\s*resource /gm)].length);
    const listed = [...readme.matchAll(/^\| `(Microsoft\.[^`]+)` \| `([^`]+)` \|$/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(listed.length).toBeGreaterThan(10);
    expect([...new Set(declared)].sort()).toEqual([...new Set(listed)].sort());
    expect(listed).toHaveLength(new Set(listed).size);
  });
});
