/** What the programme covers: themes with no placed session, and the site visits Appendix 6 calls essential. */
import { ESSENTIAL_VISITS, type Coverage, type OnSite } from './on-site.js';
import type { Review } from '../shared/index.js';

export const onSiteCoverage = (review: Review, onSite: OnSite, placedIds: ReadonlySet<string>): Coverage => {
  const placed = onSite.sessions.filter((s) => placedIds.has(s.id));
  const themes = new Set(placed.flatMap((s) => s.themes));
  const settings = new Set(placed.filter((s) => s.kind === 'siteVisit').flatMap((s) => (s.setting ? [s.setting] : [])));
  return {
    themesUncovered: review.themes.map((t) => t.id).filter((id) => !themes.has(id)),
    essentialVisits: ESSENTIAL_VISITS.map((v) => ({ need: v.need, settings: [...v.settings], present: v.settings.some((s) => settings.has(s)) })),
  };
};
