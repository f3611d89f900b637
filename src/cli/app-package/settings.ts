/** What `npm run package` takes from the environment, checked, each problem a line saying what to set. */

export interface PackageSettings {
  botId: string;
  /** The manifest's own id: the same across versions, so that Teams takes a new package as an update. */
  teamsAppId: string;
  publicUrl: URL;
}

/** The id Convene's manifest has always had; the Agents Toolkit sets TEAMS_APP_ID to the app it registered. */
const CONVENE_APP_ID = '6b67d289-f2c6-4ee6-bde8-68b54f144711';
const GUID = /^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
const EXAMPLE_GUID = '00000000-0000-4000-8000-000000000001';
const PUBLIC_URL_IS = "the bot's public https address, such as https://convene.example.net";

const given = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

const guidProblem = (name: string, value: string | undefined, what: string): string | undefined => {
  if (value === undefined) return `Set ${name} to ${what} (a GUID such as ${EXAMPLE_GUID}).`;
  return GUID.test(value) ? undefined : `${name} "${value}" is not a GUID: set it to ${what}, such as ${EXAMPLE_GUID}.`;
};

const urlProblem = (value: string | undefined): string | undefined => {
  if (value === undefined) return `Set PUBLIC_URL to ${PUBLIC_URL_IS}: the package names its domain.`;
  if (!URL.canParse(value)) return `PUBLIC_URL "${value}" is not a URL: set it to ${PUBLIC_URL_IS}.`;
  const url = new URL(value);
  if (url.protocol !== 'https:') return `PUBLIC_URL "${value}" is not https: Teams reaches a bot over https only; set it to ${PUBLIC_URL_IS}.`;
  if (url.username || url.password || url.search || url.hash) return `PUBLIC_URL "${value}" has more than an address: set it to ${PUBLIC_URL_IS}, with no user, query or #.`;
  return undefined;
};

export const readPackageSettings = (env: Record<string, string | undefined>): PackageSettings | { problems: string[] } => {
  const botId = given(env.BOT_ID);
  const teamsAppId = given(env.TEAMS_APP_ID) ?? CONVENE_APP_ID;
  const publicUrl = given(env.PUBLIC_URL);
  const problems = [
    guidProblem('BOT_ID', botId, "the bot's Microsoft App ID"),
    guidProblem('TEAMS_APP_ID', teamsAppId, "the Teams app's id, or leave it empty for Convene's own"),
    urlProblem(publicUrl),
  ].filter((problem) => problem !== undefined);
  return problems.length > 0 ? { problems } : { botId: botId!, teamsAppId, publicUrl: new URL(publicUrl!) };
};
