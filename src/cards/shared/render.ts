import { readFileSync } from 'node:fs';
import { Template } from 'adaptivecards-templating';
import type { CardJson } from '../../services/ports/index.js';

const folder = new URL('../../../adaptiveCards/', import.meta.url);
const templates = new Map<string, unknown>();

export type CardName =
  | 'proposal'
  | 'on-site-proposal'
  | 'invite'
  | 'decline'
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
  | 'notice';

/** Fills adaptiveCards/<name>.json with data (adaptivecards-templating). Templates are read once. */
export const renderCard = (name: CardName, data: object): CardJson => {
  let template = templates.get(name);
  if (!template) {
    template = JSON.parse(readFileSync(new URL(`${name}.json`, folder), 'utf8'));
    templates.set(name, template);
  }
  return new Template(template).expand({ $root: data }) as CardJson;
};
