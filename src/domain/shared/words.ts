/** "1 note", "3 notes"; `many` for the plurals that are not just an s. */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** "a", "a and b", "a, b or c". */
export const joinWith = (items: string[], last: string): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;

/** "a", "a and b", "a, b and c". */
export const joinAnd = (items: string[]): string => joinWith(items, 'and');
