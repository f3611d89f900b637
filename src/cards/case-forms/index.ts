export { caseFormCard } from './case-form-card.js';
export { casesCard } from './cases-card.js';
