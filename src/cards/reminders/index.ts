export { digestCard } from './digest-card.js';
export type { DigestCardOptions } from './digest-card.js';
