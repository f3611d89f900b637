export { proposeOnSite } from './propose-on-site.js';
