/**
 * The manifest against Teams' JSON schema for its manifestVersion, as bundled in @microsoft/app-manifest. The
 * schema is read from the package's files, never fetched: the library would go to the network for one it lacks.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';
import type { Manifest } from './manifest.js';

/** The library's type for a manifest; ours is whatever the template holds, which is what the schema is there to check. */
type Checked = Parameters<typeof AppManifestUtils.validateAgainstSchema>[0];

const packageRoot = dirname(createRequire(import.meta.url).resolve('@microsoft/app-manifest/package.json'));

/** `file` names the template in the messages, as the fix goes there (or in the variables it is filled from). */
export const schemaProblems = async (manifest: Manifest, file: string): Promise<string[]> => {
  const schema = join(packageRoot, 'build', 'json-schemas', 'teams', `v${manifest.manifestVersion}`, 'MicrosoftTeams.schema.json');
  if (!existsSync(schema)) {
    return [`${file}: manifestVersion ${manifest.manifestVersion} has no schema in @microsoft/app-manifest; use a version it bundles (build/json-schemas/teams/).`];
  }
  // Each error starts with the field's JSON pointer ("/bots/0/botId must match pattern …"), or with a space for the whole.
  const errors = await AppManifestUtils.validateAgainstSchema(manifest as unknown as Checked, JSON.parse(readFileSync(schema, 'utf8')));
  return errors.map((error) => `${file}: ${error.trim()}`);
};
