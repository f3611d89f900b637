/** Which addresses the bot may download an attached file from: decided from the URL alone, before any connection. */
import { isIP } from 'node:net';

export interface AttachmentPolicy {
  /** Host suffixes (ATTACHMENT_HOSTS): a host matches when it equals one or ends with '.' and one. */
  hosts: readonly string[];
  /** The whole download, redirects included, gives up after this long. */
  timeoutMs: number;
  /**
   * Tests only, through the composition root's Overrides and never the environment: one origin such as
   * http://127.0.0.1:PORT that is allowed although it is plain http on a loopback address.
   */
  testOrigin?: string;
}

const matchesSuffix = (host: string, suffix: string) => {
  const wanted = suffix.toLowerCase();
  return host === wanted || host.endsWith(`.${wanted}`);
};

/** True when this URL is the test-only origin, which the download lets reach its loopback address. */
export const isTestOrigin = (url: URL, policy: AttachmentPolicy): boolean =>
  policy.testOrigin !== undefined && url.origin === new URL(policy.testOrigin).origin;

/** The URL to fetch, or undefined when it is not one Teams would hand us. */
export const allowedSource = (address: string, policy: AttachmentPolicy): URL | undefined => {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return undefined;
  }
  if (isTestOrigin(url, policy)) return url;
  // userinfo would let "https://contoso.sharepoint.com@127.0.0.1/" read as SharePoint to a person; SharePoint needs no other port.
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.port !== '') return undefined;
  // The URL parser turns 0x7f000001 and 2130706433 into 127.0.0.1, so one check covers every IPv4 spelling.
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (isIP(host) !== 0) return undefined;
  return policy.hosts.some((suffix) => matchesSuffix(host, suffix)) ? url : undefined;
};
