/**
 * ADMINS: who may import the first review, and who is on every review's project team. Emails, or Entra group ids
 * whose members are read through the directory at start and on each tick. In production (BOT_ID set) a first import
 * needs ADMINS; in local mode, without it, whoever speaks first may import (npm start's demo user).
 */
import { userError, type UserError } from '../../domain/shared/index.js';
import type { Directory, Log, ReviewRepository, StoredReview } from '../ports/index.js';

export interface AdminsSetting {
  emails: readonly string[];
  groups: readonly string[];
  /** Production: without ADMINS nobody may import the first review. */
  required: boolean;
}

export class Admins {
  private members: readonly string[] = [];

  constructor(
    private readonly setting: AdminsSetting,
    private readonly directory: Directory | undefined,
    private readonly log: Log,
  ) {}

  /** Reads the groups' members again; on an outage the last list stays, and the log says so. */
  async refresh(): Promise<void> {
    if (this.setting.groups.length === 0) return;
    if (!this.directory) {
      this.log.error({ groups: this.setting.groups.length }, 'ADMINS names an Entra group, which needs CALENDAR=graph to be read: only the emails in ADMINS count');
      return;
    }
    try {
      const lists = await Promise.all(this.setting.groups.map((group) => this.directory!.groupMembers(group)));
      this.members = [...new Set(lists.flat())];
    } catch (error) {
      this.log.error({ err: String(error) }, 'the ADMINS group could not be read: the members read before stay admins');
    }
  }

  emails(): readonly string[] {
    return [...new Set([...this.setting.emails, ...this.members])];
  }

  isAdmin(email: string): boolean {
    return this.emails().includes(email.toLowerCase());
  }

  /** Who may import when no review has been imported yet; undefined when this person may. */
  firstImport(email: string): UserError | undefined {
    const configured = this.setting.emails.length + this.setting.groups.length > 0;
    if (!configured) {
      return this.setting.required
        ? userError('ACCESS.DENIED', 'No review has been imported yet, and ADMINS is not set: set ADMINS to the emails (or the Entra group id) of who may import the first review.')
        : undefined;
    }
    return this.isAdmin(email) ? undefined : userError('ACCESS.DENIED', 'Sorry, only Convene’s admins (ADMINS) can import the first review. Ask your IT team who they are.');
  }
}

const withAdmins = (stored: StoredReview | undefined, admins: Admins): StoredReview | undefined => {
  if (!stored) return stored;
  const extra = admins.emails().filter((email) => !stored.review.projectTeam.includes(email));
  return extra.length === 0 ? stored : { ...stored, review: { ...stored.review, projectTeam: [...stored.review.projectTeam, ...extra] } };
};

/** The reviews as chat and pages read them: every admin on every project team. Stored files stay as imported. */
export const adminsOnEveryTeam = (reviews: ReviewRepository, admins: Admins): ReviewRepository => ({
  save: async (review, importedBy) => withAdmins(await reviews.save(review, importedBy), admins)!,
  revise: async (id, review, importedBy) => withAdmins(await reviews.revise(id, review, importedBy), admins),
  byKey: async (key) => withAdmins(await reviews.byKey(key), admins),
  revision: (id, revision) => reviews.revision(id, revision),
  choose: (id) => reviews.choose(id),
  list: () => reviews.list(),
  hold: (review, importedBy) => reviews.hold(review, importedBy),
  takeHeld: (id, importedBy) => reviews.takeHeld(id, importedBy),
  latest: async () => withAdmins(await reviews.latest(), admins),
  get: async (id, version) => withAdmins(await reviews.get(id, version), admins),
  setReminders: async (id, policy) => withAdmins(await reviews.setReminders(id, policy), admins),
});
