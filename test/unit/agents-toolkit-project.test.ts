/**
 * m365agents.yml, the Microsoft 365 Agents Toolkit's project file: it parses, what it names is there (infra/
 * aside, which is written elsewhere) or is written by a step before, and env/.env.dev declares its variables.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BUILT } from '../../src/cli/app-package/built.js';

const ROOT = join(import.meta.dirname, '..', '..');
const text = readFileSync(join(ROOT, 'm365agents.yml'), 'utf8');
const project = parse(text);

interface Step {
  uses: string;
  with?: Record<string, unknown>;
}
const provision: Step[] = project.provision;
const deploy: Step[] = project.deploy;

/** The relative paths in a step's inputs, as the toolkit writes them ("./appPackage/…"). */
const pathsIn = (value: unknown): string[] =>
  typeof value === 'string' ? (value.startsWith('./') ? [value] : []) : value && typeof value === 'object' ? Object.values(value).flatMap(pathsIn) : [];

/** What a step writes, for the steps after it. */
const written = (step: Step): string[] => {
  if (step.uses === 'cli/runNpmCommand' && step.with?.args === 'run package') return [`./appPackage/${BUILT.folder}/manifest.json`, `./appPackage/${BUILT.zip}`];
  if (step.uses === 'teamsApp/zipAppPackage') return [String(step.with?.outputZipPath), String(step.with?.outputFolder)];
  return [];
};

const envFile = (name: string) =>
  new Map(
    readFileSync(join(ROOT, 'env', name), 'utf8')
      .split('\n')
      .filter((line) => /^\w+=/.test(line))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)] as const),
  );

describe('m365agents.yml', () => {
  it('provisions, packages and deploys with the toolkit\'s actions', () => {
    expect(project.version).toMatch(/^v1\.\d+$/);
    expect(provision.map((step) => step.uses)).toEqual(
      expect.arrayContaining(['teamsApp/create', 'arm/deploy', 'teamsApp/validateManifest', 'teamsApp/zipAppPackage', 'teamsApp/update']),
    );
    expect(deploy.map((step) => step.uses)).toEqual(['cli/runNpmCommand', 'cli/runNpmCommand', 'azureAppService/zipDeploy']);
    const arm = provision.find((step) => step.uses === 'arm/deploy')!;
    expect(pathsIn(arm.with)).toEqual(['./infra/main.bicep', './infra/main.parameters.json']);
  });

  it('names files that are there, or that a step before writes (npm run package\'s among them)', () => {
    const made = new Set<string>();
    const missing: string[] = [];
    for (const step of [...provision, ...deploy]) {
      const outputs = written(step);
      for (const path of pathsIn(step.with)) {
        if (!path.startsWith('./infra/') && !outputs.includes(path) && !made.has(path) && !existsSync(join(ROOT, path))) missing.push(`${step.uses}: ${path}`);
      }
      outputs.forEach((path) => made.add(path));
    }
    expect(missing).toEqual([]);
    expect(provision.filter((step) => step.uses === 'teamsApp/validateManifest').map((step) => step.with?.manifestPath)).toEqual([
      `./appPackage/${BUILT.folder}/manifest.json`,
    ]);
    expect(existsSync(join(ROOT, project.environmentFolderPath, '.env.dev'))).toBe(true);
  });

  it('runs only scripts that package.json has', () => {
    const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const runs = [...provision, ...deploy].filter((step) => step.uses === 'cli/runNpmCommand').map((step) => String(step.with?.args));
    expect(runs).toEqual(['run package', 'ci', 'run build']);
    for (const run of runs.filter((args) => args.startsWith('run '))) expect(scripts[run.slice(4)], run).toBeDefined();
  });

  it('uses only variables env/.env.dev declares, and that file holds no value but the environment\'s name', () => {
    const declared = envFile('.env.dev');
    const used = new Set([...text.matchAll(/\$\{\{(\w+)\}\}/g)].map((match) => match[1]!));
    // npm run package reads these from the environment the toolkit gives it.
    for (const name of ['BOT_ID', 'PUBLIC_URL', 'TEAMS_APP_ID']) used.add(name);
    expect([...used].filter((name) => !declared.has(name))).toEqual([]);
    expect([...declared].filter(([, value]) => value !== '')).toEqual([['TEAMSFX_ENV', 'dev']]);
  });
});
