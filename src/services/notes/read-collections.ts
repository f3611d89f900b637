/** `themes` and `theme <name>`: the notes gathered per theme, for the peer team only. */
import { collect, nextRelease, summarise, type Release, type ThemeSummary } from '../../domain/notes/index.js';
import { findTheme } from '../../domain/notes/index.js';
import type { ThemeCollection } from '../../domain/notes/index.js';
import { ok, type Result } from '../../domain/shared/index.js';
import { currentReview } from '../shared/index.js';
import { peersOnly } from './note-access.js';
import type { Store, StoredReview } from '../ports/index.js';

/** waiting: the notes saved since the last release, counted only, and when they join. */
export const themeSummaries = async (
  store: Store,
  asker: string,
  now: string,
): Promise<Result<{ stored: StoredReview; summaries: ThemeSummary[]; waiting: { count: number; release: Release } }>> => {
  const collections = await readableCollections(store, asker);
  if (!collections.ok) return collections;
  const { stored } = collections.value;
  const waiting = { count: await store.notes.heldCount(stored.id), release: nextRelease(stored.review, now) };
  return ok({ stored, summaries: summarise(collections.value.collections), waiting });
};

export const themeCollection = async (store: Store, asker: string, name: string): Promise<Result<ThemeCollection>> => {
  const collections = await readableCollections(store, asker);
  if (!collections.ok) return collections;
  const theme = findTheme(collections.value.stored.review.themes, name);
  if (!theme.ok) return theme;
  return ok(collections.value.collections.find((c) => c.theme.id === theme.value.id)!);
};

export const readableCollections = async (store: Store, asker: string): Promise<Result<{ stored: StoredReview; collections: ThemeCollection[] }>> => {
  const current = await currentReview(store.reviews);
  if (!current.ok) return current;
  const stored = current.value;
  const denied = peersOnly(stored.review, asker, 'read the themed collections');
  if (denied) return denied;
  return ok({ stored, collections: collect(stored.review.themes, await store.notes.forReview(stored.id)) });
};
