export { NAME_LIST } from './name-list.js';
