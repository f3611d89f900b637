export { concernCard } from './concern-card.js';
export { concernsCard } from './concerns-card.js';
export { noteFormCard, notePreviewCard, sessionHeading } from './note-card.js';
export { noteSavedCard } from './note-saved-card.js';
export { themeCard } from './theme-card.js';
export { themesCard } from './themes-card.js';
