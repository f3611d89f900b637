import { readFileSync } from 'node:fs';
import { Template } from 'adaptivecards-templating';
import type { CardJson } from '../../services/ports/index.js';

const folder = new URL('../../../adaptiveCards/', import.meta.url);
// A Template parses its expressions when made (about 2 ms for the invite card) and expands in a few hundredths of a
// millisecond, keeping nothing of the data: one per card, made once.
const templates = new Map<CardName, Template>();

export type CardName =
  | 'proposal'
  | 'on-site-proposal'
  | 'changes'
  | 'invite'
  | 'decline'
  | 'outlook-change'
  | 'status'
  | 'help'
  | 'note'
  | 'note-saved'
  | 'themes'
  | 'theme'
  | 'case-form'
  | 'cases'
  | 'concern'
  | 'concerns'
  | 'notice'
  | 'digest'
  | 'reminders'
  | 'held-import'
  | 'reviews'
  | 'move';

/** Fills adaptiveCards/<name>.json with data (adaptivecards-templating). Templates are read and parsed once. */
export const renderCard = (name: CardName, data: object): CardJson => {
  let template = templates.get(name);
  if (!template) {
    template = new Template(JSON.parse(readFileSync(new URL(`${name}.json`, folder), 'utf8')));
    templates.set(name, template);
  }
  return template.expand({ $root: data }) as CardJson;
};
