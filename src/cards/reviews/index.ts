export { heldImportCard } from './held-import-card.js';
export type { HeldImport } from './held-import-card.js';
export { reviewsCard } from './reviews-card.js';
export { importedText, reviewSummary, scheduleNext } from './imported-text.js';
