import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { CardLocation, NewProposal, Proposal, ProposalPlan, ProposalRepository, ProposalStatus } from '../../services/ports/index.js';
import { isUuid, json, lowerCase, optional } from '../column-values.js';
import type { Database, ProposalsTable } from '../schema.js';

export class SqlProposalRepository implements ProposalRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(proposal: NewProposal): Promise<Proposal> {
    const row = await this.db
      .insertInto('proposals')
      .values({
        id: randomUUID(),
        review_id: proposal.reviewId,
        revision: proposal.revision,
        kind: proposal.kind,
        plan: json(proposal.plan),
        status: 'proposed',
        created_by: lowerCase(proposal.createdBy),
        card: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toProposal(row);
  }

  async get(id: string): Promise<Proposal | undefined> {
    if (!isUuid(id)) return undefined;
    const row = await this.db.selectFrom('proposals').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toProposal(row);
  }

  async latest(reviewId: string, kind: Proposal['kind']): Promise<Proposal | undefined> {
    if (!isUuid(reviewId)) return undefined;
    const row = await this.db
      .selectFrom('proposals')
      .selectAll()
      .where('review_id', '=', reviewId)
      .where('kind', '=', kind)
      .where('status', '!=', 'cancelled')
      .orderBy('created_at', 'desc')
      .orderBy(sql`seq`, 'desc')
      .executeTakeFirst();
    return row && toProposal(row);
  }

  async unfinished(reviewId: string): Promise<Proposal[]> {
    if (!isUuid(reviewId)) return [];
    const rows = await this.db
      .selectFrom('proposals')
      .selectAll()
      .where('review_id', '=', reviewId)
      .where('status', '=', 'booking')
      .orderBy('created_at')
      .orderBy(sql`seq`)
      .execute();
    return rows.map(toProposal);
  }

  async setCard(id: string, card: CardLocation): Promise<void> {
    const result = await this.db
      .updateTable('proposals')
      .set({ card: json(card) })
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    if (result.numUpdatedRows === 0n) throw new Error(`No proposal ${id}`);
  }

  /** One statement, so of two concurrent calls from the same status only one finds it still there. */
  async transition(id: string, from: ProposalStatus[], to: ProposalStatus): Promise<boolean> {
    if (from.length === 0 || !isUuid(id)) return false;
    const moved = await this.db
      .updateTable('proposals')
      .set({ status: to })
      .where('id', '=', id)
      .where('status', 'in', from)
      .returning('id')
      .executeTakeFirst();
    return moved !== undefined;
  }
}

const toProposal = (row: Selectable<ProposalsTable>): Proposal => ({
  id: row.id,
  reviewId: row.review_id,
  revision: row.revision,
  ...({ kind: row.kind, plan: row.plan } as ProposalPlan),
  status: row.status,
  createdBy: row.created_by,
  card: optional(row.card),
});
