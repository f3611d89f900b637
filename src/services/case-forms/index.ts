export { openCaseForm, saveCaseForm } from './case-forms.js';
export { casesOverview } from './case-progress.js';
