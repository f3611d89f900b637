import type { Gap, ThemeSummary } from '../../domain/notes/index.js';
import { plural } from '../../domain/shared/index.js';
import type { CardJson } from '../../services/ports/index.js';
import { renderCard } from '../shared/index.js';

/** More disagreements than this under one theme are counted, not listed: the theme card shows them all. */
export const DISAGREEMENTS_SHOWN = 3;
const QUOTE_LENGTH = 100;

const quote = (text: string) => `“${text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH).trimEnd()}…` : text}”`;

/** A gap in plain words, with the notes behind a disagreement as its detail. */
export const gapLine = (title: string, gap: Gap): { text: string; detail: string } => {
  switch (gap.type) {
    case 'littleEvidence':
      return {
        text: gap.total === 0 ? `${title}: no notes yet` : `${title}: little evidence (${plural(gap.total, 'note', 'notes')}; aim for at least ${gap.threshold})`,
        detail: '',
      };
    case 'noStrengths':
      return { text: `${title}: no strengths yet`, detail: '' };
    case 'noAreas':
      return { text: `${title}: no areas for consideration yet`, detail: '' };
    case 'disagreement':
      return {
        text: `Disagreement under ${title}: a strength and an area for consideration both mention ${gap.words.join(', ')}`,
        detail: `Strength: ${quote(gap.strength)} Area for consideration: ${quote(gap.area)}`,
      };
  }
};

const gapLines = ({ theme, gaps }: ThemeSummary) => {
  const disagreements = gaps.filter((g) => g.type === 'disagreement');
  const shown: Gap[] = [...gaps.filter((g) => g.type !== 'disagreement'), ...disagreements.slice(0, DISAGREEMENTS_SHOWN)];
  const more = disagreements.length - DISAGREEMENTS_SHOWN;
  return [
    ...shown.map((gap) => gapLine(theme.title, gap)),
    ...(more > 0 ? [{ text: `${theme.title}: ${plural(more, 'more possible disagreement', 'more possible disagreements')}`, detail: `Send **theme ${theme.title}** to read them.` }] : []),
  ];
};

/** Counts by kind per theme, then what each theme still lacks. */
export const themesCard = (summaries: ThemeSummary[], reviewName: string): CardJson =>
  renderCard('themes', {
    summary:
      summaries.length === 0
        ? `${reviewName} has no themes.`
        : `${reviewName}: notes per theme. A note logged under two themes counts under each.`,
    rows: summaries.map(({ theme, counts, total }) => ({
      title: theme.title,
      strength: String(counts.strength),
      areaForConsideration: String(counts.areaForConsideration),
      evidence: String(counts.evidence),
      followUp: String(counts.followUp),
      total: String(total),
    })),
    gaps: summaries.flatMap(gapLines),
    hint: summaries.length > 0 ? `Send **theme** and a theme's name to read its notes, e.g. **theme ${summaries[0]!.theme.title}**.` : '',
  });
