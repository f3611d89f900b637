import type { Gap, ThemeSummary } from '../../domain/notes/index.js';
import { plural } from '../../domain/shared/index.js';
import type { CardJson } from '../../services/ports/index.js';
import { renderCard } from '../shared/index.js';
import { releaseBy, type JoinsAt } from './note-saved-card.js';

/** More disagreements than this under one theme are counted, not listed: the theme card shows them all. */
export const DISAGREEMENTS_SHOWN = 3;
const QUOTE_LENGTH = 100;

const quote = (text: string) => `“${text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH).trimEnd()}…` : text}”`;

/** A gap in plain words, under its theme's title, with the notes behind a disagreement as its detail. */
export const gapLine = (gap: Gap): { text: string; detail: string } => {
  switch (gap.type) {
    case 'littleEvidence':
      return {
        text: gap.total === 0 ? 'No notes yet' : `Little evidence: ${plural(gap.total, 'note', 'notes')}; aim for at least ${gap.threshold}`,
        detail: '',
      };
    case 'noStrengths':
      return { text: 'No strengths yet', detail: '' };
    case 'noAreas':
      return { text: 'No areas for consideration yet', detail: '' };
    case 'disagreement':
      return {
        text: `Possible disagreement: a strength and an area for consideration both mention ${gap.words.join(', ')}`,
        detail: `Strength: ${quote(gap.strength)} Area for consideration: ${quote(gap.area)}`,
      };
  }
};

const gapLines = ({ theme, gaps }: ThemeSummary) => {
  const disagreements = gaps.filter((g) => g.type === 'disagreement');
  const shown: Gap[] = [...gaps.filter((g) => g.type !== 'disagreement'), ...disagreements.slice(0, DISAGREEMENTS_SHOWN)];
  const more = disagreements.length - DISAGREEMENTS_SHOWN;
  return [
    ...shown.map(gapLine),
    ...(more > 0 ? [{ text: plural(more, 'more possible disagreement', 'more possible disagreements'), detail: `Send **theme ${theme.title}** to read them.` }] : []),
  ];
};

/** "3 notes: 1 strength, 1 area for consideration, 1 evidence, 0 follow-ups"; nothing for a theme with none (its gap says so). */
const countsLine = ({ counts, total }: ThemeSummary): string =>
  total === 0
    ? ''
    : `${plural(total, 'note', 'notes')}: ${[
        plural(counts.strength, 'strength', 'strengths'),
        plural(counts.areaForConsideration, 'area for consideration', 'areas for consideration'),
        `${counts.evidence} evidence`,
        plural(counts.followUp, 'follow-up', 'follow-ups'),
      ].join(', ')}`;

/** Per theme: its notes counted by kind, then what it still lacks. A block per theme, because a table of six columns cannot fit a chat message. */
/** Notes saved since the last release: counted, never shown, until they join the collections. */
export interface WaitingNotes {
  count: number;
  joins: JoinsAt;
}

const waitingLine = (waiting: WaitingNotes | undefined): string =>
  waiting && waiting.count > 0 ? ` ${plural(waiting.count, 'more note waits', 'more notes wait')} for the next release, ${releaseBy(waiting.joins)}.` : '';

export const themesCard = (summaries: ThemeSummary[], reviewName: string, waiting?: WaitingNotes): CardJson =>
  renderCard('themes', {
    reviewName,
    summary: summaries.length === 0 ? 'This review has no themes.' : `Notes per theme. A note logged under two themes counts under each.${waitingLine(waiting)}`,
    themes: summaries.map((summary) => ({ title: summary.theme.title, counts: countsLine(summary), gaps: gapLines(summary) })),
    hint: summaries.length > 0 ? `Send **theme** and a theme's name to read its notes, e.g. **theme ${summaries[0]!.theme.title}**.` : '',
  });
