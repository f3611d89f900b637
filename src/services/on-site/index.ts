export { proposeOnSite } from './propose-on-site.js';
export { onSiteTimetable } from './booked-programme.js';
export type { Timetable } from './booked-programme.js';
