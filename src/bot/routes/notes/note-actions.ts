/** The note card's buttons: Preview, Edit, Save, and on the saved card Correct and Delete; in a 1:1 chat only. */
import type { Application, TurnState } from '@microsoft/teams-ai';
import { noteFormCard, notePreviewCard } from '../../../cards/notes/index.js';
import { noteSavedCard } from '../../../cards/notes/index.js';
import { VERBS } from '../../../cards/shared/index.js';
import { readNoteDraft } from '../../../domain/notes/index.js';
import { currentReview } from '../../../services/shared/index.js';
import { previewNote, saveNote } from '../../../services/notes/index.js';
import { deleteNote, noteToCorrect } from '../../../services/notes/index.js';
import type { BotDeps } from '../../deps.js';
import { privateAsker } from '../../personal-chat.js';
import { errorText } from '../../reply.js';

type CardData = Record<string, unknown>;

export const addNoteActionRoutes = (app: Application<TurnState>, deps: BotDeps): void => {
  app.adaptiveCards.actionExecute<CardData>(VERBS.previewNote, async (context, _state, data) => {
    const who = await privateAsker(deps.store.people, context, 'note');
    if (!who.ok) return errorText(who);
    const preview = await previewNote(deps, who.value, data);
    if (!preview.ok) return errorText(preview);
    const { stored, input, redacted, context: noteContext } = preview.value;
    return notePreviewCard({ themes: stored.review.themes, input, redacted, context: noteContext });
  });

  app.adaptiveCards.actionExecute<CardData>(VERBS.editNote, async (context, _state, data) => {
    const who = await privateAsker(deps.store.people, context, 'note');
    if (!who.ok) return errorText(who);
    const current = await currentReview(deps.store.reviews);
    if (!current.ok) return errorText(current);
    const themes = current.value.review.themes;
    return noteFormCard({ themes, context: String(data.context ?? ''), values: readNoteDraft(data, themes) });
  });

  app.adaptiveCards.actionExecute<CardData>(VERBS.saveNote, async (context, _state, data) => {
    const who = await privateAsker(deps.store.people, context, 'note');
    if (!who.ok) return errorText(who);
    const saved = await saveNote(deps, who.value, data);
    if (!saved.ok) return errorText(saved);
    const result = saved.value;
    const themes = result.stored.review.themes;
    if (result.kind === 'concern') return noteSavedCard(themes, { state: 'concern', text: result.concern.text, status: concernStatus(result.told, result.notReached) });
    const corrected = readsAsCorrection(data.context);
    const joins = { release: result.release, now: deps.now(), zone: result.stored.review.timeZone };
    return noteSavedCard(themes, { state: 'saved', note: result.note, token: result.token, corrected, joins });
  });

  app.adaptiveCards.actionExecute<CardData>(VERBS.correctNote, async (context, _state, data) => {
    const who = await privateAsker(deps.store.people, context, 'note');
    if (!who.ok) return errorText(who);
    const found = await noteToCorrect(deps, who.value, data);
    if (!found.ok) return errorText(found);
    const { stored, note, context: noteContext } = found.value;
    return noteFormCard({ themes: stored.review.themes, heading: 'Correct your note', context: noteContext, values: { themes: note.themes, kind: note.kind, text: note.text } });
  });

  app.adaptiveCards.actionExecute<CardData>(VERBS.deleteNote, async (context, _state, data) => {
    const who = await privateAsker(deps.store.people, context, 'note');
    if (!who.ok) return errorText(who);
    const deleted = await deleteNote(deps, who.value, data);
    if (!deleted.ok) return errorText(deleted);
    return noteSavedCard(deleted.value.review.themes, { state: 'deleted' });
  });
};

const readsAsCorrection = (context: unknown) => typeof context === 'string' && context.startsWith('correction:');

const concernStatus = (told: string[], notReached: string[]): string =>
  [
    told.length > 0 ? `Sent privately to ${told.join(' and ')}.` : '',
    notReached.length > 0 ? `${notReached.join(' and ')} could not be reached in Teams: please tell them directly, now. They can also read it with **concerns** in a chat with me.` : '',
  ]
    .filter(Boolean)
    .join(' ') || 'Recorded. There is no team lead or challenge manager in the review to send it to: tell them directly, now.';
