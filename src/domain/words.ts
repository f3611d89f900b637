/** "1 note", "3 notes"; `many` for the plurals that are not just an s. */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
