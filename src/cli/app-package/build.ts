/**
 * Builds the Teams app package: the manifest filled from the environment, checked against Teams' schema and
 * the rules the schema leaves out, then zipped with its icons. Any problem, and nothing is written.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { BUILT } from './built.js';
import { validDomainProblems } from './domain-checks.js';
import { colourIconProblems, type Icon, outlineIconProblems } from './icon-checks.js';
import { fillManifest } from './manifest.js';
import { schemaProblems } from './schema-check.js';
import { readPackageSettings } from './settings.js';

export interface PackageRequest {
  /** The template manifest.json and its icons: appPackage/. */
  packageDir: string;
  env: Record<string, string | undefined>;
  /** The app's version: package.json's. */
  version: string;
}

/** As a person running the command would find it. */
const shown = (path: string) => relative(process.cwd(), path) || path;

const readable = (file: string): Buffer | undefined => {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
};

const readIcon = (packageDir: string, field: string, name: string): Icon & { name: string } => {
  const file = join(packageDir, name);
  // Only a file inside the package folder: the zip keeps the name, and "../" in a zip escapes where it is unzipped.
  const inside = !relative(packageDir, file).startsWith('..');
  return { name, label: `icons.${field} (${shown(file)})`, bytes: inside ? readable(file) : undefined };
};

export const packageApp = async ({ packageDir, env, version }: PackageRequest): Promise<{ problems: string[]; zip?: string }> => {
  const zip = join(packageDir, BUILT.zip);
  const folder = join(packageDir, BUILT.folder);
  // A run that fails leaves no package behind, not even an older one that would pass for this one.
  rmSync(zip, { force: true });
  rmSync(folder, { recursive: true, force: true });

  const settings = readPackageSettings(env);
  if ('problems' in settings) return { problems: settings.problems };
  const templateFile = join(packageDir, 'manifest.json');
  const template = { file: shown(templateFile), text: readFileSync(templateFile, 'utf8') };
  const filled = fillManifest(template, settings, version);
  if ('problem' in filled) return { problems: [filled.problem] };
  const { manifest } = filled;

  const colour = readIcon(packageDir, 'color', manifest.icons.color);
  const outline = readIcon(packageDir, 'outline', manifest.icons.outline);
  const problems = [
    ...(await schemaProblems(manifest, template.file)),
    ...colourIconProblems(colour),
    ...outlineIconProblems(outline),
    ...validDomainProblems(manifest.validDomains, template.file),
  ];
  if (problems.length > 0) return { problems };

  const files: Record<string, Uint8Array> = {
    'manifest.json': strToU8(`${JSON.stringify(manifest, null, 2)}\n`),
    [colour.name]: colour.bytes!,
    [outline.name]: outline.bytes!,
  };
  for (const [name, bytes] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), bytes);
  }
  writeFileSync(zip, zipSync(files));
  return { problems: [], zip };
};
