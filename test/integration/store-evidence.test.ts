import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { CaseForm } from '../../src/domain/case-forms/case-form.js';
import type { NewNote } from '../../src/services/ports/evidence-ports.js';
import { createStore } from '../../src/store/open-store.js';
import { tokenKey } from '../../src/store/repositories/evidence/held-notes.js';
import { describeEachDatabase, type DatabaseContext } from '../support/databases.js';
import { northshire } from '../support/northshire.js';

const review = northshire([
    { id: 'identification', title: 'Identification of need' },
    { id: 'outcomes', title: 'Outcomes' },
  ]);

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const UNKNOWN_ID = '6f1c1c9e-0000-4000-8000-000000000000';

const newReview = async (context: DatabaseContext): Promise<string> =>
  (await context.store.reviews.save({ ...review, key: randomUUID() }, 'lead@council.example')).id;

const note = (reviewId: string, fields: Partial<NewNote> = {}): NewNote => ({
  reviewId,
  themes: ['identification'],
  kind: 'strength',
  text: 'plans are written with the family',
  day: '2026-02-03',
  ...fields,
});

const caseForm = (reviewId: string, caseId: string, fields: Partial<CaseForm> = {}): CaseForm => ({
  reviewId,
  caseId,
  sendOfficer: 'Sam Officer',
  reviewer: 'Pat Peer',
  reviewDate: '2026-02-03',
  childBirthMonth: '2015-06',
  strengths: 'The child’s voice is clear in section A.',
  areasForConsideration: 'Outcomes are not measurable.',
  sections: {
    A: { evaluation: 'Well written, in the first person.', rating: 'good' },
    E: { evaluation: 'Outcomes lack a timescale.', rating: 'weak' },
    K: { evaluation: 'No rating given yet.' },
  },
  ...fields,
});

describeEachDatabase('store evidence', (context) => {
  describe('notes', () => {
    const OWN_KEYS = ['day', 'held', 'id', 'kind', 'reviewId', 'text', 'themes'];
    const release = (reviewId: string) => context.store.notes.release(reviewId, '2026-02-03T17:30:00.000Z');

    it('holds a new note under a random v4 uuid, sealed, and releases it into the notes with its token hash', async () => {
      const reviewId = await newReview(context);
      const first = await context.store.notes.add(note(reviewId), 'hash-1');
      const second = await context.store.notes.add(note(reviewId, { kind: 'evidence', themes: ['identification', 'outcomes'] }), 'hash-2');
      expect(first).toEqual({ ...note(reviewId), id: expect.stringMatching(UUID_V4), held: true });
      expect(Object.keys(first).sort()).toEqual(OWN_KEYS);
      expect(second.id).not.toBe(first.id);
      const held = await context.db.selectFrom('held_notes').selectAll().where('review_id', '=', reviewId).execute();
      expect(held.map((row) => row.token_hash).sort()).toEqual([tokenKey('held_notes', 'hash-1'), tokenKey('held_notes', 'hash-2')].sort());
      expect(JSON.stringify(held)).not.toMatch(/family|strength|identification|2026-02-03|hash-1/);
      // Padded: a note of another length seals to the same length, so the length cannot match a held row to its note.
      expect(new Set(held.map((row) => row.sealed.length)).size).toBe(1);
      expect(await context.store.notes.forReview(reviewId)).toEqual([]);
      expect(await context.store.notes.heldCount(reviewId)).toBe(2);

      expect(await release(reviewId)).toEqual({ released: 2, unreadable: 0 });
      // Released under a new id and a key of the notes table's own: nothing in the row matches the held one.
      const stored = await context.db.selectFrom('notes').selectAll().where('token_hash', '=', tokenKey('notes', 'hash-1')).executeTakeFirstOrThrow();
      expect(stored.id).toMatch(UUID_V4);
      expect(held.flatMap((row) => [row.id, row.token_hash])).not.toContain(stored.id);
      expect(held.flatMap((row) => [row.id, row.token_hash])).not.toContain(stored.token_hash);
      expect(await context.store.notes.heldCount(reviewId)).toBe(0);
      expect(await context.store.notes.lastRelease(reviewId)).toBe('2026-02-03T17:30:00.000Z');
    });

    it('finds a note, held or released, only with the hash it was saved with, and never returns the hash', async () => {
      const reviewId = await newReview(context);
      const added = await context.store.notes.add(note(reviewId), 'right-hash');
      const found = await context.store.notes.withToken('right-hash');
      expect(found).toEqual(added);
      expect(JSON.stringify(found)).not.toContain('right-hash');
      expect(await context.store.notes.withToken('wrong-hash')).toBeUndefined();
      expect(await context.store.notes.withToken('')).toBeUndefined();
      await release(reviewId);
      const released = await context.store.notes.withToken('right-hash');
      expect(released).toEqual({ ...added, id: expect.stringMatching(UUID_V4), held: false });
      expect(released!.id).not.toBe(added.id);
      expect(await context.store.notes.withToken('wrong-hash')).toBeUndefined();
    });

    it('updates a note only with the right hash; a released note leaves the collections and its correction is held', async () => {
      const reviewId = await newReview(context);
      const added = await context.store.notes.add(note(reviewId), 'update-hash');
      const change = { themes: ['outcomes'], kind: 'followUp' as const, text: 'ask about annual reviews' };

      expect(await context.store.notes.update('wrong-hash', change)).toBeUndefined();
      expect(await context.store.notes.withToken('update-hash')).toEqual(added);

      const updated = await context.store.notes.update('update-hash', change);
      expect(updated).toEqual({ ...added, ...change });
      expect(await context.store.notes.withToken('update-hash')).toEqual(updated);
      expect(await context.store.notes.heldCount(reviewId)).toBe(1);

      await release(reviewId);
      const again = { ...change, text: 'ask about annual reviews in year 9' };
      expect(await context.store.notes.update('update-hash', again)).toEqual({ ...added, ...again, id: expect.stringMatching(UUID_V4), held: true });
      expect(await context.store.notes.forReview(reviewId)).toEqual([]);
      await release(reviewId);
      expect(await context.store.notes.forReview(reviewId)).toEqual([{ ...note(reviewId), ...again, id: expect.stringMatching(UUID_V4) }]);
    });

    it('removes a note, held or released, only with the right hash', async () => {
      const reviewId = await newReview(context);
      await context.store.notes.add(note(reviewId, { text: 'kept' }), 'kept-hash');
      await context.store.notes.add(note(reviewId, { text: 'released' }), 'released-hash');
      await release(reviewId);
      await context.store.notes.add(note(reviewId, { text: 'still held' }), 'still-hash');
      expect(await context.store.notes.remove('wrong-hash')).toBe(false);

      expect(await context.store.notes.remove('released-hash')).toBe(true);
      expect(await context.store.notes.remove('still-hash')).toBe(true);
      expect(await context.store.notes.withToken('released-hash')).toBeUndefined();
      expect(await context.store.notes.withToken('still-hash')).toBeUndefined();
      expect((await context.store.notes.forReview(reviewId)).map((n) => n.text)).toEqual(['kept']);
      expect(await context.store.notes.heldCount(reviewId)).toBe(0);
      expect(await context.store.notes.remove('released-hash')).toBe(false);
    });

    it('lists a review’s released notes by kind then text, not in the order they were written', async () => {
      const reviewId = await newReview(context);
      const otherReviewId = await newReview(context);
      const written: Array<[NewNote['kind'], string]> = [
        ['strength', 'b strong'],
        ['evidence', 'z evidence'],
        ['areaForConsideration', 'm area'],
        ['strength', 'a strong'],
        ['followUp', 'c follow'],
        ['evidence', 'a evidence'],
      ];
      for (const [kind, text] of written) await context.store.notes.add(note(reviewId, { kind, text }), `hash ${text}`);
      await context.store.notes.add(note(otherReviewId, { text: 'another review' }), 'other');
      await release(reviewId);

      const listed = await context.store.notes.forReview(reviewId);
      expect(listed.map((each) => [each.kind, each.text])).toEqual([
        ['areaForConsideration', 'm area'],
        ['evidence', 'a evidence'],
        ['evidence', 'z evidence'],
        ['followUp', 'c follow'],
        ['strength', 'a strong'],
        ['strength', 'b strong'],
      ]);
      expect(listed.every((each) => each.reviewId === reviewId && Object.keys(each).length === 6)).toBe(true);
      expect(await context.store.notes.reviewsHolding()).toContain(otherReviewId);
      expect(await context.store.notes.reviewsHolding()).not.toContain(reviewId);
      await release(otherReviewId);
      expect(await context.store.notes.forReview(otherReviewId)).toEqual([{ ...note(otherReviewId, { text: 'another review' }), id: expect.stringMatching(UUID_V4) }]);
      expect(await context.store.notes.forReview(UNKNOWN_ID)).toEqual([]);
      expect(await context.store.notes.forReview('not-a-uuid')).toEqual([]);
    });

    it('leaves held a note sealed with another key, and says so, releasing the rest', async () => {
      const reviewId = await newReview(context);
      await context.store.notes.add(note(reviewId, { text: 'mine' }), 'mine');
      const otherKey = createStore(context.db, context.options);
      await otherKey.notes.add(note(reviewId, { text: 'sealed with another key' }), 'theirs');
      expect(await context.store.notes.withToken('theirs')).toBeUndefined();
      expect(await release(reviewId)).toEqual({ released: 1, unreadable: 1 });
      expect((await context.store.notes.forReview(reviewId)).map((n) => n.text)).toEqual(['mine']);
      expect(await otherKey.notes.release(reviewId, '2026-02-03T19:00:00.000Z')).toEqual({ released: 1, unreadable: 0 });
    });

    it('refuses, in the database itself, a day with a time and an unknown kind', async () => {
      const reviewId = await newReview(context);
      const row = (fields: { day?: string; kind?: string }) => ({
        id: randomUUID(),
        review_id: reviewId,
        themes: JSON.stringify(['identification']),
        kind: (fields.kind ?? 'strength') as NewNote['kind'],
        text: 'raw insert',
        day: fields.day ?? '2026-02-03',
        token_hash: 'raw',
      });
      await context.db.insertInto('notes').values(row({})).execute();
      await expect(context.db.insertInto('notes').values(row({ day: '2026-02-03T10:15' })).execute()).rejects.toThrow(
        /violates check constraint/,
      );
      await expect(context.db.insertInto('notes').values(row({ day: '2026-2-3' })).execute()).rejects.toThrow(
        /violates check constraint/,
      );
      await expect(context.db.insertInto('notes').values(row({ kind: 'gossip' })).execute()).rejects.toThrow(
        /violates check constraint/,
      );
      // Through the repository too, before the note is sealed: a bad row would otherwise stop a whole release.
      await expect(context.store.notes.add(note(reviewId, { day: '2026-02-03T10:15' }), 'hash')).rejects.toThrow(/day only/);
      await expect(context.store.notes.add(note(reviewId, { kind: 'gossip' as NewNote['kind'] }), 'hash')).rejects.toThrow(/kind/);
      expect(await context.store.notes.heldCount(reviewId)).toBe(0);
      expect((await context.store.notes.forReview(reviewId)).map((each) => each.text)).toEqual(['raw insert']);
    });

    it('has exactly the columns of a non-attributable note: no author, session or time', async () => {
      const { rows } = await sql<{ column_name: string; data_type: string }>`
        select column_name, data_type from information_schema.columns
        where table_schema = current_schema() and table_name = 'notes'
        order by column_name
      `.execute(context.db);
      expect(rows.map((row) => row.column_name)).toEqual(['day', 'id', 'kind', 'review_id', 'text', 'themes', 'token_hash']);
      expect(rows.find((row) => row.column_name === 'day')?.data_type).toBe('text');
    });
  });

  describe('concerns', () => {
    it('keeps the author, lower-cased, and when it was raised', async () => {
      const reviewId = await newReview(context);
      const otherReviewId = await newReview(context);
      const before = Date.now();
      const first = await context.store.concerns.add({ reviewId, author: ' Pat.Peer@Other.example ', text: 'A child at risk' });
      const second = await context.store.concerns.add({ reviewId, author: 'sam@other.example', text: 'A second concern' });
      await context.store.concerns.add({ reviewId: otherReviewId, author: 'x@other.example', text: 'Elsewhere' });

      expect(first).toEqual({
        id: expect.stringMatching(UUID_V4),
        reviewId,
        author: 'pat.peer@other.example',
        text: 'A child at risk',
        raisedAt: expect.stringMatching(ISO),
      });
      expect(Math.abs(Date.parse(first.raisedAt) - before)).toBeLessThan(60_000);
      expect(Date.parse(second.raisedAt)).toBeGreaterThanOrEqual(Date.parse(first.raisedAt));
      // In the order raised; PGlite's clock counts milliseconds, so two concerns may tie and come either way.
      const listed = await context.store.concerns.forReview(reviewId);
      expect(listed).toEqual(expect.arrayContaining([first, second]));
      expect(listed).toHaveLength(2);
      expect(Date.parse(listed[1]!.raisedAt)).toBeGreaterThanOrEqual(Date.parse(listed[0]!.raisedAt));
      expect((await context.store.concerns.forReview(otherReviewId)).map((each) => each.text)).toEqual(['Elsewhere']);
      expect(await context.store.concerns.forReview('not-a-uuid')).toEqual([]);
    });
  });

  describe('case forms', () => {
    it('saves a form and gets it back whole, with who saved it and when', async () => {
      const reviewId = await newReview(context);
      const form = caseForm(reviewId, 'C1');
      await context.store.caseForms.save(form, 'Pat.Peer@Other.example');
      const stored = await context.store.caseForms.get(reviewId, 'C1');
      expect(stored).toEqual({ form, savedBy: 'pat.peer@other.example', savedAt: expect.stringMatching(ISO) });
      expect(stored!.form).toStrictEqual(form);
      expect(await context.store.caseForms.get(reviewId, 'C2')).toBeUndefined();
      expect(await context.store.caseForms.get(UNKNOWN_ID, 'C1')).toBeUndefined();
      expect(await context.store.caseForms.get('not-a-uuid', 'C1')).toBeUndefined();
    });

    it('replaces the form of a case when saved again, and who saved it', async () => {
      const reviewId = await newReview(context);
      await context.store.caseForms.save(caseForm(reviewId, 'C1'), 'pat@other.example');
      const first = await context.store.caseForms.get(reviewId, 'C1');
      const changed = caseForm(reviewId, 'C1', {
        strengths: 'Rewritten.',
        childBirthMonth: undefined,
        sections: { B: { evaluation: 'Now section B.', rating: 'adequate' } },
      });
      await context.store.caseForms.save(changed, 'Sam@Other.example');
      const second = await context.store.caseForms.get(reviewId, 'C1');
      expect(second).toEqual({ form: changed, savedBy: 'sam@other.example', savedAt: expect.stringMatching(ISO) });
      expect(second!.form).not.toHaveProperty('childBirthMonth');
      expect(second!.form.sections).toEqual({ B: { evaluation: 'Now section B.', rating: 'adequate' } });
      expect(Date.parse(second!.savedAt)).toBeGreaterThanOrEqual(Date.parse(first!.savedAt));
      const rows = await context.db
        .selectFrom('case_forms')
        .select(sql<number>`count(*)::int`.as('count'))
        .where('review_id', '=', reviewId)
        .executeTakeFirstOrThrow();
      expect(rows.count).toBe(1);
    });

    it('lists a review’s forms by case id', async () => {
      const reviewId = await newReview(context);
      const otherReviewId = await newReview(context);
      for (const caseId of ['C3', 'C1', 'C2']) await context.store.caseForms.save(caseForm(reviewId, caseId), 'pat@other.example');
      await context.store.caseForms.save(caseForm(otherReviewId, 'C0'), 'pat@other.example');
      const listed = await context.store.caseForms.forReview(reviewId);
      expect(listed.map((stored) => stored.form.caseId)).toEqual(['C1', 'C2', 'C3']);
      expect(listed[0]).toEqual({ form: caseForm(reviewId, 'C1'), savedBy: 'pat@other.example', savedAt: expect.stringMatching(ISO) });
      expect((await context.store.caseForms.forReview(otherReviewId)).map((stored) => stored.form.caseId)).toEqual(['C0']);
      expect(await context.store.caseForms.forReview('not-a-uuid')).toEqual([]);
    });
  });

  describe('outbox messages', () => {
    const message = (reviewId: string, key: string) => ({
      key,
      reviewId,
      recipient: 'Pat@Other.example',
      payload: { kind: 'concern' as const, concernId: randomUUID() },
      dueAt: '2026-02-03T09:00:00.000Z',
    });

    it('keeps one message per key, however often or however concurrently it is added', async () => {
      const reviewId = await newReview(context);
      const key = `concern:${randomUUID()}`;
      const added = await Promise.all(Array.from({ length: 5 }, () => context.store.messages.add([message(reviewId, key)])));
      expect(added.flat()).toHaveLength(1);
      expect(await context.store.messages.get(key)).toMatchObject({ key, recipient: 'pat@other.example', state: 'queued', attempts: 0, dueAt: '2026-02-03T09:00:00.000Z' });
    });

    it('gives a try to one taker, and takes it back only after the lease', async () => {
      const reviewId = await newReview(context);
      const key = `concern:${randomUUID()}`;
      await context.store.messages.add([message(reviewId, key)]);
      const tries = await Promise.all(Array.from({ length: 5 }, () => context.store.messages.begin(key, 60)));
      expect(tries.filter((t) => 'taken' in t)).toHaveLength(1);
      expect(tries.filter((t) => 'heldUntil' in t)).toHaveLength(4);
      expect(await context.store.messages.unfinished(60)).not.toContainEqual(expect.objectContaining({ key }));
      // A lease of 0 has run out at once: the taker is taken to have stopped mid-send.
      const again = await context.store.messages.begin(key, 0);
      expect(again).toMatchObject({ taken: { key, attempts: 2 } });
      await context.store.messages.finish(key, 'sent', { activityId: 'activity-9', at: '2026-02-03T09:00:01.000Z' });
      expect(await context.store.messages.begin(key, 0)).toEqual({ ended: true });
      expect(await context.store.messages.get(key)).toMatchObject({ state: 'sent', activityId: 'activity-9', sentAt: '2026-02-03T09:00:01.000Z' });
    });

    it('lists what has not ended, due by a time', async () => {
      const reviewId = await newReview(context);
      const [first, second] = [`a:${randomUUID()}`, `b:${randomUUID()}`];
      await context.store.messages.add([message(reviewId, first), { ...message(reviewId, second), dueAt: '2026-02-05T09:00:00.000Z' }]);
      expect(await context.store.messages.undelivered('2026-02-04T00:00:00.000Z')).toBeGreaterThanOrEqual(1);
      const unfinished = (await context.store.messages.unfinished(60)).filter((j) => j.key === first || j.key === second);
      expect(unfinished).toEqual([
        { key: first, job: `${first}#0#`, startAfter: '2026-02-03T09:00:00.000Z' },
        { key: second, job: `${second}#0#`, startAfter: '2026-02-05T09:00:00.000Z' },
      ]);
      await context.store.messages.finish(first, 'skipped', { reason: 'answered', at: '2026-02-03T09:00:00.000Z' });
      expect((await context.store.messages.forReview(reviewId)).map((m) => [m.key, m.state, m.reason])).toEqual([
        [first, 'skipped', 'answered'],
        [second, 'queued', undefined],
      ]);
    });
  });

  describe('downloads', () => {
    const body = () => new Uint8Array([0, 1, 2, 127, 128, 254, 255, 0x50, 0x4b, 0x03, 0x04]);
    const download = (reviewId: string) => ({
      reviewId,
      fileName: 'Northshire notes.docx',
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      body: body(),
    });

    it('gives a file back once, with the same bytes, and deletes it', async () => {
      const reviewId = await newReview(context);
      await context.store.downloads.put('token-a', download(reviewId), '2026-02-03T10:15:00.000Z');
      const taken = await context.store.downloads.take('token-a', '2026-02-03T10:00:00.000Z');
      expect(taken).toEqual(download(reviewId));
      expect(taken!.body).toBeInstanceOf(Uint8Array);
      expect(Array.from(taken!.body)).toEqual(Array.from(body()));
      expect(await context.store.downloads.take('token-a', '2026-02-03T10:00:00.000Z')).toBeUndefined();
      expect(await context.store.downloads.take('unknown', '2026-02-03T10:00:00.000Z')).toBeUndefined();
      const left = await context.db.selectFrom('downloads').select('token_hash').where('token_hash', '=', 'token-a').execute();
      expect(left).toEqual([]);
    });

    it('does not give an expired file', async () => {
      const reviewId = await newReview(context);
      await context.store.downloads.put('token-old', download(reviewId), '2026-02-03T10:15:00.000Z');
      await context.store.downloads.put('token-edge', download(reviewId), '2026-02-03T10:15:00.000Z');
      expect(await context.store.downloads.take('token-old', '2026-02-03T10:15:00.001Z')).toBeUndefined();
      expect(await context.store.downloads.take('token-edge', '2026-02-03T10:15:00.000Z')).toBeUndefined();
      expect(await context.store.downloads.take('token-old', '2026-02-03T09:00:00.000Z')).toBeUndefined();
    });

    it('gives a file to exactly one of two concurrent takes', async () => {
      for (let round = 0; round < 3; round += 1) {
        const reviewId = await newReview(context);
        const token = `token-race-${round}`;
        await context.store.downloads.put(token, download(reviewId), '2026-02-03T10:15:00.000Z');
        const outcomes = await Promise.all([
          context.store.downloads.take(token, '2026-02-03T10:00:00.000Z'),
          context.store.downloads.take(token, '2026-02-03T10:00:00.000Z'),
        ]);
        const given = outcomes.filter((outcome) => outcome !== undefined);
        expect(given).toHaveLength(1);
        expect(given[0]).toEqual(download(reviewId));
      }
    });
  });

  describe('purges', () => {
    it('deletes every note (held or released) and concern of the review, not another’s, and records the counts', async () => {
      const reviewId = await newReview(context);
      const otherReviewId = await newReview(context);
      await context.store.notes.add(note(reviewId), 'h1');
      await context.store.notes.add(note(reviewId, { kind: 'evidence' }), 'h2');
      await context.store.notes.release(reviewId, '2026-02-03T17:30:00.000Z');
      await context.store.notes.add(note(reviewId, { kind: 'followUp' }), 'h3');
      await context.store.concerns.add({ reviewId, author: 'pat@other.example', text: 'A concern' });
      await context.store.concerns.add({ reviewId, author: 'sam@other.example', text: 'Another' });
      const keptNote = await context.store.notes.add(note(otherReviewId), 'h4');
      const keptConcern = await context.store.concerns.add({ reviewId: otherReviewId, author: 'pat@other.example', text: 'Kept' });

      const record = await context.store.purges.purge(reviewId, 'Lead@Council.example');
      expect(record).toEqual({
        reviewId,
        purgedBy: 'lead@council.example',
        purgedAt: expect.stringMatching(ISO),
        notes: 3,
        concerns: 2,
      });
      expect(await context.store.notes.forReview(reviewId)).toEqual([]);
      expect(await context.store.notes.heldCount(reviewId)).toBe(0);
      expect(await context.store.concerns.forReview(reviewId)).toEqual([]);
      expect(await context.store.notes.withToken('h4')).toEqual(keptNote);
      expect(await context.store.concerns.forReview(otherReviewId)).toEqual([keptConcern]);
      expect(await context.store.purges.forReview(reviewId)).toEqual([record]);
      expect(await context.store.purges.forReview(otherReviewId)).toEqual([]);

      const again = await context.store.purges.purge(reviewId, 'lead@council.example');
      expect(again).toMatchObject({ reviewId, notes: 0, concerns: 0 });
      expect(await context.store.purges.forReview(reviewId)).toEqual([record, again]);
      expect(await context.store.purges.forReview('not-a-uuid')).toEqual([]);
    });

    it('deletes the review’s exports waiting to be fetched, not another’s, so no link or consent card still gives the notes', async () => {
      const reviewId = await newReview(context);
      const otherReviewId = await newReview(context);
      const file = (id: string) => ({ reviewId: id, fileName: 'Northshire - themed collections.md', contentType: 'text/markdown', body: new Uint8Array([35, 32, 78]) });
      await context.store.downloads.put('purged-link', file(reviewId), '2026-02-04T10:00:00.000Z');
      await context.store.downloads.put('purged-consent', file(reviewId), '2026-02-04T10:00:00.000Z');
      await context.store.downloads.put('kept-link', file(otherReviewId), '2026-02-04T10:00:00.000Z');

      await context.store.purges.purge(reviewId, 'lead@council.example');
      const left = await context.db.selectFrom('downloads').select('token_hash').where('review_id', 'in', [reviewId, otherReviewId]).execute();
      expect(left).toEqual([{ token_hash: 'kept-link' }]);
      expect(await context.store.downloads.take('purged-link', '2026-02-03T10:00:00.000Z')).toBeUndefined();
      expect(await context.store.downloads.take('purged-consent', '2026-02-03T10:00:00.000Z')).toBeUndefined();
      expect(await context.store.downloads.take('kept-link', '2026-02-03T10:00:00.000Z')).toEqual(file(otherReviewId));
    });
  });
});
