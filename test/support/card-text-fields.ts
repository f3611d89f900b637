/**
 * The fields of an Adaptive Card that a person reads, each with its JSON path. Both the Agents Playground and the
 * `adaptivecards` package draw a number (or a boolean) in any of them as nothing, and neither reports it, so a
 * count given to a template as a number silently vanishes from the card.
 */
export interface TextField {
  /** Like `body[3].rows[1].cells[2].items[0].text`. */
  path: string;
  value: unknown;
  required: boolean;
}

const readFields = (node: Record<string, unknown>, parentKey: string): { key: string; required: boolean }[] => {
  const type = typeof node.type === 'string' ? node.type : '';
  if (type === 'TextBlock' || type === 'TextRun') return [{ key: 'text', required: true }];
  if (parentKey === 'facts') return [{ key: 'title', required: true }, { key: 'value', required: true }];
  if (parentKey === 'choices') return [{ key: 'title', required: true }];
  if (type.startsWith('Action.')) return [{ key: 'title', required: false }];
  if (type === 'Input.Toggle') return [{ key: 'title', required: true }, { key: 'label', required: false }];
  if (type.startsWith('Input.')) return [{ key: 'label', required: false }, { key: 'placeholder', required: false }];
  return [];
};

export const textFields = (card: unknown): TextField[] => {
  const found: TextField[] = [];
  const visit = (node: unknown, path: string, parentKey: string) => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        // A RichTextBlock's inlines may be bare strings as well as TextRuns.
        if (parentKey === 'inlines' && (item === null || typeof item !== 'object')) found.push({ path: `${path}[${i}]`, value: item, required: true });
        else visit(item, `${path}[${i}]`, parentKey);
      });
      return;
    }
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    for (const { key, required } of readFields(record, parentKey)) {
      if (required || key in record) found.push({ path: `${path}.${key}`.replace(/^\./, ''), value: record[key], required });
    }
    // An action's data is what a button sends back, not what anyone reads.
    for (const [key, value] of Object.entries(record)) if (key !== 'data') visit(value, `${path}.${key}`.replace(/^\./, ''), key);
  };
  visit(card, '', '');
  return found;
};

const describe = (value: unknown): string => (value === undefined ? 'missing' : `a ${typeof value} (${JSON.stringify(value)})`);

/** Every read field that is not a string, as "path is a number (3)". */
export const nonStringTexts = (card: unknown): string[] =>
  textFields(card)
    .filter((field) => typeof field.value !== 'string')
    .map((field) => `${field.path} is ${describe(field.value)}`);

// adaptivecards-templating keeps a value's type when a field is exactly one `${…}`: these can only give a number.
const ONE_EXPRESSION = /^\$\{([^{}]*)\}$/;
const NUMBER = /^\s*(?:(?:count|length|add|sub|mul|div|mod|int|float|max|min|sum|average|round|floor|ceiling|indexOf|lastIndexOf|ticks|year|month|dayOfMonth|dayOfWeek|dayOfYear)\s*\(.*\)|-?\d+(?:\.\d+)?)\s*$/;
const isNumberExpression = (text: string): boolean => NUMBER.test(ONE_EXPRESSION.exec(text)?.[1] ?? '');

/**
 * In a template: read fields that are not strings, or that are one expression which can only be a number
 * (`"${count(rows)}"`). A plain `"${accepted}"` depends on the data and is left to the expanded cards.
 */
export const numberTemplateTexts = (template: unknown): string[] =>
  textFields(template)
    .filter((field) => field.value !== undefined)
    .filter((field) => typeof field.value !== 'string' || isNumberExpression(field.value))
    .map((field) => `${field.path} is ${typeof field.value === 'string' ? `${field.value}, a number` : describe(field.value)}`);
