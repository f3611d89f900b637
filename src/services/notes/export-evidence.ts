/**
 * `export` and `export cases`: the collections as Markdown, Word and PowerPoint, and the EHCP findings as Word,
 * for the team lead and challenge manager. Each file waits in the store for one download behind a random token.
 */
import { collect } from '../../domain/notes/index.js';
import { CASE_FORM_SECTIONS } from '../../domain/case-forms/index.js';
import type { CaseFormSectionId } from '../../domain/case-forms/index.js';
import { ok, userError, type Result } from '../../domain/shared/index.js';
import { casesDocx } from '../../exports/cases-docx.js';
import { collectionsDocx } from '../../exports/collections-docx.js';
import { collectionsMarkdown } from '../../exports/collections-markdown.js';
import { collectionsPptx } from '../../exports/collections-pptx.js';
import { hashToken, newToken } from '../shared/index.js';
import { currentReview } from '../shared/index.js';
import { leadsOnly } from './note-access.js';
import type { Store, StoredReview } from '../ports/index.js';

/** A link or a consent card is worth a day; after that the file is gone. */
export const DOWNLOAD_HOURS = 24;

export interface OfferedFile {
  fileName: string;
  contentType: string;
  size: number;
  /** The one-time token for the file, to put in a link or in a file consent card's context. */
  token: string;
}

const TYPES = {
  md: 'text/markdown; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
} as const;

interface Deps {
  store: Store;
  now: () => string;
}

/** waiting: notes saved since the last release, which the files do not hold. */
export const exportCollections = async (deps: Deps, asker: string): Promise<Result<{ stored: StoredReview; files: OfferedFile[]; waiting: number }>> => {
  const ready = await forLeads(deps.store, asker, 'export the collections');
  if (!ready.ok) return ready;
  const stored = ready.value;
  const purgesSeen = (await deps.store.purges.forReview(stored.id)).length;
  const data = { reviewName: stored.review.name, themes: collect(stored.review.themes, await deps.store.notes.forReview(stored.id)) };
  const base = `${fileSafe(stored.review.name)} - themed collections`;
  const made = [
    madeFile(stored, `${base}.md`, TYPES.md, Buffer.from(collectionsMarkdown(data), 'utf8')),
    madeFile(stored, `${base}.docx`, TYPES.docx, await collectionsDocx(data)),
    madeFile(stored, `${base}.pptx`, TYPES.pptx, await collectionsPptx(data)),
  ];
  // Files made from notes that a purge deleted meanwhile must not outlive it.
  if (!(await deps.store.downloads.putUnlessPurged(made.map((m) => m.saved), expiry(deps), purgesSeen))) {
    return userError('NOTE.PURGED', `The notes of ${stored.review.name} were purged while the export was being made, so there is nothing to export.`);
  }
  return ok({ stored, files: made.map((m) => m.offered), waiting: await deps.store.notes.heldCount(stored.id) });
};

export const exportCases = async (deps: Deps, asker: string): Promise<Result<{ stored: StoredReview; files: OfferedFile[] }>> => {
  const ready = await forLeads(deps.store, asker, 'export the case findings');
  if (!ready.ok) return ready;
  const stored = ready.value;
  const order = (stored.review.caseReviews?.cases ?? []).map((c) => c.id);
  const forms = (await deps.store.caseForms.forReview(stored.id)).map((saved) => saved.form).sort((a, b) => order.indexOf(a.caseId) - order.indexOf(b.caseId));
  const sectionTitles = Object.fromEntries(CASE_FORM_SECTIONS.map((s) => [s.id, s.title])) as Record<CaseFormSectionId, string>;
  const body = await casesDocx({ reviewName: stored.review.name, forms, sectionTitles });
  return ok({ stored, files: [await offer(deps, stored, `${fileSafe(stored.review.name)} - findings across cases.docx`, TYPES.docx, body)] });
};

const forLeads = async (store: Store, asker: string, what: string): Promise<Result<StoredReview>> => {
  const current = await currentReview(store.reviews);
  if (!current.ok) return current;
  return leadsOnly(current.value.review, asker, what) ?? current;
};

const expiry = (deps: Deps): string => new Date(Date.parse(deps.now()) + DOWNLOAD_HOURS * 3_600_000).toISOString();

/** A file behind a new token: what the store keeps, and what the person is offered. */
const madeFile = (stored: StoredReview, fileName: string, contentType: string, body: Uint8Array) => {
  const token = newToken();
  return {
    saved: { tokenHash: hashToken(token), download: { reviewId: stored.id, fileName, contentType, body } },
    offered: { fileName, contentType, size: body.byteLength, token } satisfies OfferedFile,
  };
};

const offer = async (deps: Deps, stored: StoredReview, fileName: string, contentType: string, body: Uint8Array): Promise<OfferedFile> => {
  const { saved, offered } = madeFile(stored, fileName, contentType, body);
  await deps.store.downloads.put(saved.tokenHash, saved.download, expiry(deps));
  return offered;
};

const fileSafe = (name: string): string => name.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim();

/** The file behind a token, once. */
export const takeDownload = (store: Store, token: string, now: string) => store.downloads.take(hashToken(token), now);
