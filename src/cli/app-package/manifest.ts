/**
 * The manifest from its template, appPackage/manifest.json: the `${{NAME}}` placeholders (as the Agents Toolkit
 * writes them) filled from the settings, the version from package.json, and the command menus from the table.
 */
import { commandLists } from './command-lists.js';
import type { PackageSettings } from './settings.js';

/** What the schema check and the other checks read; the schema holds the rest. */
export interface Manifest {
  manifestVersion: string;
  icons: { color: string; outline: string };
  bots?: { scopes: string[] }[];
  validDomains?: string[];
  [field: string]: unknown;
}

const PLACEHOLDER = /\$\{\{(\w+)\}\}/g;

export const fillManifest = (template: { file: string; text: string }, settings: PackageSettings, version: string): { manifest: Manifest } | { problem: string } => {
  const values: Record<string, string> = {
    BOT_ID: settings.botId,
    TEAMS_APP_ID: settings.teamsAppId,
    BOT_DOMAIN: settings.publicUrl.hostname,
    // The template adds the paths ("/privacy"), so no slash of its own.
    PUBLIC_URL: `${settings.publicUrl.origin}${settings.publicUrl.pathname}`.replace(/\/+$/, ''),
  };
  const unknown = [...template.text.matchAll(PLACEHOLDER)].map((match) => match[1]!).find((name) => values[name] === undefined);
  if (unknown !== undefined) {
    return { problem: `${template.file}: \${{${unknown}}} is filled by nothing; use ${Object.keys(values).map((name) => `\${{${name}}}`).join(', ')}.` };
  }
  // Each value goes in as the inside of a JSON string, so that no character of it can end the string.
  const filled = template.text.replace(PLACEHOLDER, (_, name: string) => JSON.stringify(values[name]).slice(1, -1));
  const manifest = JSON.parse(filled) as Manifest;
  return {
    manifest: { ...manifest, version, bots: manifest.bots?.map((bot) => ({ ...bot, commandLists: commandLists(bot.scopes) })) },
  };
};
