export { helpCard } from './help-card.js';
export type { HelpLine } from './help-card.js';
export { clockSpan, clockTime, dateLabel, localDate, localDateTime, localDay, nameOf, namesOf, sessionTime, timesAre } from '../../domain/shared/index.js';
export { noticeCard } from './notice-card.js';
export { renderCard } from './render.js';
export { VERBS } from './verbs.js';
