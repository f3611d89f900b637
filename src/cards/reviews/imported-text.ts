/** The reply to an import: what came in, and for a new revision what it changes against what is booked. */
import { plural, zoneLabel, type Review } from '../../domain/shared/index.js';
import { revisionLines } from '../../domain/revisions/index.js';
import type { Imported } from '../../services/ports/index.js';

/** A chat message, not a page: a long list of changes is cut, and says how much is left. */
const MOST_LINES = 12;

export const reviewSummary = (review: Review): string => {
  const cases = review.caseReviews?.cases.length ?? 0;
  return `${plural(review.themes.length, 'theme')}, ${plural(review.peers.length, 'peer')}, ${plural(cases, 'case')}`;
};

export const scheduleNext = (review: Review): string => `**schedule case reviews**${review.onSite ? ' or **schedule on-site**' : ''}`;

export const importedText = (imported: Exclude<Imported, { kind: 'held' }>): string => {
  const { review, revision } = imported.stored;
  if (imported.kind === 'new') return `Imported **${review.name}**: ${reviewSummary(imported.stored.review)}. Send ${scheduleNext(review)} when you are ready.`;
  const moved = imported.movedWeeks ? ` Its dates are moved ${plural(imported.movedWeeks, 'week')} ahead, as the demo's were when Convene started.` : '';
  const head = `Imported revision ${revision} of **${review.name}**: ${reviewSummary(review)}.${moved} What is booked stays booked, with its answers and notes.`;
  const { changes, previous } = imported;
  if (changes.length === 0) return `${head}\n\nNothing in it changes what is booked. Send ${scheduleNext(review)} to place anything not booked yet.`;
  const lines = revisionLines(changes, { previous, next: review });
  const shown = lines.slice(0, MOST_LINES).map((line) => `- ${line}`);
  const more = lines.length > MOST_LINES ? [`- and ${plural(lines.length - MOST_LINES, 'more change')}`] : [];
  return [
    head,
    '',
    `Against what is booked (times are ${zoneLabel(review.timeZone, changes.map((change) => change.booked?.start).find(Boolean) ?? imported.stored.importedAt)}):`,
    ...shown,
    ...more,
    '',
    `Nothing has changed in calendars yet. Send **review changes** to see what applying ${changes.length === 1 ? 'it' : 'them'} would move, cancel and book, and confirm it there.`,
  ].join('\n');
};
