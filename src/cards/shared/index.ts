export { helpCard } from './help-card.js';
export type { HelpLine } from './help-card.js';
export { clockTime, invitationTime, localDateTime, localDay, sessionTime } from './local-time.js';
export { nameOf, namesOf } from './names.js';
export { noticeCard } from './notice-card.js';
export { renderCard } from './render.js';
export { VERBS } from './verbs.js';
