/** Every person the demo review invites to something, as a Teams user who has installed the app. */
import { parseReviewFile } from '../../src/domain/review-file/parse-review-file.js';
import { readOnSite } from '../../src/domain/on-site/read-on-site.js';
import { user, type BotHarness } from './bot-harness.js';
import type { TeamsUser } from './connector-server.js';
import type { TeamsClient } from './teams-client.js';
import { DEMO } from './demo-people.js';

const review = (() => {
  const parsed = parseReviewFile(DEMO);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
})();

const names = new Map([...review.peers, ...review.people].map((p) => [p.email, p.name]));
const emails = [
  ...new Set([
    ...review.projectTeam,
    ...review.peers.map((p) => p.email),
    ...review.people.map((p) => p.email),
    ...(review.caseReviews?.cases.map((c) => c.caseWorker) ?? []),
    ...(readOnSite(review)?.sessions.flatMap((s) => s.attendees) ?? []),
    ...(readOnSite(review)?.fixed.flatMap((f) => f.attendees) ?? []),
  ]),
].sort();

/** Keys from 100 up, so these never clash with demo-people's. Alex Rowan is among them, as in demo-people. */
export const EVERYONE: TeamsUser[] = emails.map((email, n) => user(String(100 + n), names.get(email) ?? email, email));

export const everyoneAs = (email: string): TeamsUser => EVERYONE.find((u) => u.email === email)!;

/** Each person installs the app, as Teams does when the project team adds it for them. */
export const installEveryone = async (client: TeamsClient): Promise<void> => {
  for (const person of EVERYONE) await client.install(person);
};

export const addEveryone = (h: Pick<BotHarness, 'connector'>): void => EVERYONE.forEach((u) => h.connector.addUser(u));
