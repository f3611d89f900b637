import { CATEGORY_LABELS } from '../../domain/case-forms/index.js';
import type { CaseProgress, SampleCoverage } from '../../domain/case-forms/index.js';
import { CASE_CATEGORIES } from '../../domain/shared/index.js';
import type { CardJson } from '../../services/ports/index.js';
import { renderCard } from '../shared/index.js';

export interface CasesCardInput {
  reviewName: string;
  progress: CaseProgress;
  coverage: SampleCoverage;
}

/** The EHCP review forms done so far, and how the sample covers Appendix 8's categories. */
export const casesCard = ({ reviewName, progress, coverage }: CasesCardInput): CardJson =>
  renderCard('cases', {
    reviewName,
    booked: progress.booked,
    summary: `${progress.done} of ${progress.booked} forms done.`,
    missing: progress.missing,
    coverage: CASE_CATEGORIES.map((category) => {
      const ids = coverage.byCategory[category];
      return {
        label: CATEGORY_LABELS[category],
        cases: ids.length > 0 ? ids.join(', ') : 'none yet',
        weight: ids.length > 0 ? 'Default' : 'Bolder',
      };
    }),
    warning:
      coverage.missing.length > 0
        ? `No case yet for: ${coverage.missing.map((category) => CATEGORY_LABELS[category]).join('; ')}. Appendix 8 asks for at least one EHCP in each category.`
        : '',
  });
