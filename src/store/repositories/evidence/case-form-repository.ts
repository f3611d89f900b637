import { sql, type Kysely, type Selectable } from 'kysely';
import type { CaseForm } from '../../../domain/case-forms/index.js';
import type { CaseFormRepository, StoredCaseForm } from '../../../services/ports/index.js';
import { isoString, isUuid, json, lowerCase } from '../../column-values.js';
import type { CaseFormsTable, Database } from '../../schema.js';

/** One EHCP form per (review, case); saving again replaces it. */
export class SqlCaseFormRepository implements CaseFormRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async save(form: CaseForm, savedBy: string): Promise<void> {
    const values = { review_id: form.reviewId, case_id: form.caseId, body: json(form), saved_by: lowerCase(savedBy) };
    await this.db
      .insertInto('case_forms')
      .values(values)
      .onConflict((conflict) =>
        conflict.columns(['review_id', 'case_id']).doUpdateSet({ body: values.body, saved_by: values.saved_by, saved_at: sql`clock_timestamp()` }),
      )
      .execute();
  }

  async get(reviewId: string, caseId: string): Promise<StoredCaseForm | undefined> {
    if (!isUuid(reviewId)) return undefined;
    const row = await this.db.selectFrom('case_forms').selectAll().where('review_id', '=', reviewId).where('case_id', '=', caseId).executeTakeFirst();
    return row && toStored(row);
  }

  async forReview(reviewId: string): Promise<StoredCaseForm[]> {
    if (!isUuid(reviewId)) return [];
    const rows = await this.db.selectFrom('case_forms').selectAll().where('review_id', '=', reviewId).orderBy('case_id').execute();
    return rows.map(toStored);
  }
}

const toStored = (row: Selectable<CaseFormsTable>): StoredCaseForm => ({ form: row.body, savedBy: row.saved_by, savedAt: isoString(row.saved_at) });
