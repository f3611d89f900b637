/** Downloads an attached file: only from an allowed source, never from a private address, within a deadline, at most 1 MB. */
import http from 'node:http';
import https from 'node:https';
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from 'request-filtering-agent';
import { allowedSource, isTestOrigin, type AttachmentPolicy } from './attachment-policy.js';

export const MAX_BYTES = 1_000_000;
/** SharePoint may pass a download on once or twice; each hop is checked as the first was, and a longer chain is refused. */
const MAX_REDIRECTS = 3;

export type DownloadFailure = 'not-allowed' | 'too-large' | 'timeout' | 'failed';

/** A failure names the host only: SharePoint download URLs carry their access token in the query. */
export type Download = { ok: true; body: Buffer } | { ok: false; failure: DownloadFailure; host?: string; reason: string };

type Hop = Download | { redirect: string };

/** Checks the address each name resolves to, so an allowed name pointed at 127.0.0.1 (DNS rebinding) is refused too. */
const PUBLIC_ONLY = new RequestFilteringHttpsAgent();

const agentFor = (url: URL, policy: AttachmentPolicy): http.Agent => {
  if (!isTestOrigin(url, policy)) return PUBLIC_ONLY;
  return url.protocol === 'https:' ? new RequestFilteringHttpsAgent({ allowPrivateIPAddress: true }) : new RequestFilteringHttpAgent({ allowPrivateIPAddress: true });
};

const hostOf = (address: string): string | undefined => {
  try {
    return new URL(address).hostname;
  } catch {
    return undefined;
  }
};

/** The agent's refusal is an ordinary connection error; its wording is the only sign that it was a private address. */
const failureOf = (error: Error): { failure: DownloadFailure; reason: string } =>
  /is not allowed/.test(error.message)
    ? { failure: 'not-allowed', reason: 'private address' }
    : { failure: 'failed', reason: (error as NodeJS.ErrnoException).code ?? 'connection failed' };

const fetchOnce = (url: URL, policy: AttachmentPolicy, deadline: AbortSignal): Promise<Hop> =>
  new Promise((resolve) => {
    const host = url.hostname;
    let settled = false;
    // Destroying the request closes the socket: nothing more is read from a source that sends too much or too slowly.
    const settle = (hop: Hop) => {
      if (settled) return;
      settled = true;
      deadline.removeEventListener('abort', onDeadline);
      request.destroy();
      resolve(hop);
    };
    const fail = (failure: DownloadFailure, reason: string) => settle({ ok: false, failure, host, reason });
    const onDeadline = () => fail('timeout', 'deadline passed');
    const client = url.protocol === 'https:' ? https : http;
    const request = client.get(url, { agent: agentFor(url, policy) }, (response) => {
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (status >= 300 && status < 400 && location) {
        const next = URL.canParse(location, url) ? new URL(location, url).href : undefined;
        return next ? settle({ redirect: next }) : fail('failed', 'bad redirect');
      }
      if (status < 200 || status >= 300) return fail('failed', `status ${status}`);
      if (Number(response.headers['content-length'] ?? 0) > MAX_BYTES) return fail('too-large', 'content-length');
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BYTES) return fail('too-large', 'streamed');
        chunks.push(chunk);
      });
      response.on('end', () => settle({ ok: true, body: Buffer.concat(chunks) }));
      response.on('error', (error) => settle({ ok: false, host, ...failureOf(error) }));
    });
    request.on('error', (error) => settle({ ok: false, host, ...failureOf(error) }));
    if (deadline.aborted) onDeadline();
    else deadline.addEventListener('abort', onDeadline, { once: true });
  });

export const downloadAttachment = async (address: string, policy: AttachmentPolicy): Promise<Download> => {
  const deadline = AbortSignal.timeout(policy.timeoutMs);
  let next = address;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const url = allowedSource(next, policy);
    if (!url) return { ok: false, failure: 'not-allowed', host: hostOf(next), reason: hop === 0 ? 'source not allowed' : 'redirect not allowed' };
    const result = await fetchOnce(url, policy, deadline);
    if (!('redirect' in result)) return result;
    next = result.redirect;
  }
  return { ok: false, failure: 'failed', host: hostOf(next), reason: 'too many redirects' };
};
