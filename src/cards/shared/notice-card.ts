import type { CardJson } from '../../services/ports/index.js';
import { renderCard } from './render.js';

/** A card that only says something: what a button Convene does not know is answered with. */
export const noticeCard = (title: string, text: string): CardJson => renderCard('notice', { title, text });
