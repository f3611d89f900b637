export { heldImportCard, heldImportedCard } from './held-import-card.js';
export type { HeldImport, HeldImported } from './held-import-card.js';
export { reviewsCard } from './reviews-card.js';
export { importedText, reviewSummary, scheduleNext } from './imported-text.js';
