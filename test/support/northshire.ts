/** The bare review the store's tests save: no people, only what the repositories need. */
import type { Review } from '../../src/domain/shared/review.js';

export const northshire = (themes: Review['themes'] = []): Review => ({
  name: 'Northshire',
  timeZone: 'Europe/London',
  organiser: 'organiser@council.example',
  base: 'Town Hall',
  projectTeam: ['lead@council.example'],
  themes,
  peers: [],
  people: [],
  busy: {},
});
