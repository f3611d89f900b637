/**
 * Teams' rules for validDomains that the schema (any string) does not check: each entry a host name, with no
 * scheme, path or port; a wildcard is a whole leftmost label (`*.example.com`) and stands for one label; and
 * no wildcard over a domain that others' apps share (`*.azurewebsites.net`): only domains in your control.
 */

/** SharePoint's own token, which Teams replaces with the tenant's SharePoint domain. */
const TEAM_SITE = '{teamsitedomain}';

/** The shared hosting domains Microsoft's manifest validator refuses a wildcard over. */
const SHARED_HOSTS = ['amazonaws.com', 'appspot.com', 'azurewebsites.net', 'cloudapp.net', 'dialogflow.com', 'glitch.me', 'heroku.com', 'onmicrosoft.com', 'recast.ai', 'sharepoint.com'];

const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i;

const entryProblem = (file: string, entry: string): string | undefined => {
  const field = `${file} validDomains "${entry}"`;
  if (entry === TEAM_SITE) return undefined;
  if (entry.includes('://')) return `${field} has a scheme: give the host name alone, without ${entry.slice(0, entry.indexOf('://') + 3)}.`;
  if (/[/?#]/.test(entry)) return `${field} has a path: give the host name alone.`;
  if (entry.includes(':')) return `${field} has a port: give the host name alone.`;
  const labels = entry.split('.');
  const leading = labels.findIndex((label) => label !== '*');
  const wildcards = leading === -1 ? labels.length : leading;
  const named = labels.slice(wildcards);
  if (named.some((label) => label.includes('*'))) return `${field}: a wildcard stands for whole leftmost labels, as in *.example.com.`;
  if (!named.every((label) => LABEL.test(label))) return `${field} is not a host name: letters, digits and hyphens, in labels joined by dots.`;
  if (wildcards === 0) return undefined;
  const domain = named.join('.');
  if (named.length < 2) return `${field} covers every domain${domain ? ` under .${domain}` : ''}: name your own domain after the *.`;
  const shared = SHARED_HOSTS.find((host) => domain === host || domain.endsWith(`.${host}`));
  return shared ? `${field} covers other people's apps on ${shared}: list your own host (name.${shared}) without the *.` : undefined;
};

export const validDomainProblems = (validDomains: readonly string[] | undefined, file: string): string[] =>
  (validDomains ?? []).map((entry) => entryProblem(file, entry)).filter((problem) => problem !== undefined);
