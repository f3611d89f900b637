/**
 * A problem in a review file is a path and what is wrong there. The schema's problems and the relations'
 * come separately; they are listed together in the order of the file's sections and each section's fields
 * (the order docs/review-file.md gives them in), so a person can work down the list and the file at once.
 */
import { z } from 'zod';
import { isNode } from './fields.js';

export type Path = (string | number)[];

export interface Problem {
  path: Path;
  message: string;
}

/** `caseReviews.cases[3].caseWorker`, `busy.sam@council.example[0]`; the root is "the file". */
export const pathText = (path: Path): string =>
  path.length === 0 ? 'the file' : path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');

export const fromIssues = (error: z.ZodError): Problem[] => error.issues.map((issue) => ({ path: issue.path, message: issue.message }));

/** The schema inside optional, default and preprocess wrappers. */
const unwrap = (schema: z.ZodTypeAny): z.ZodTypeAny => {
  if (schema instanceof z.ZodEffects) return unwrap(schema.innerType());
  if (schema instanceof z.ZodOptional) return unwrap(schema.unwrap());
  if (schema instanceof z.ZodDefault) return unwrap(schema.removeDefault());
  return schema;
};

/**
 * Where each step of a path comes in its object: a field by its place in the schema, a list item by its index,
 * anything else (an email key of `busy`, an unknown key) after the fields, in the order the file has it.
 */
const ranks = (schema: z.ZodTypeAny | undefined, root: unknown, path: Path): number[] => {
  let [at, node] = [schema, root];
  return path.map((step) => {
    const inner = at && unwrap(at);
    const fields = inner instanceof z.ZodObject ? Object.keys(inner.shape as object) : [];
    const written = isNode(node) ? Object.keys(node) : [];
    const rank = typeof step === 'number' ? step : fields.includes(step) ? fields.indexOf(step) : fields.length + written.indexOf(step);
    at = inner instanceof z.ZodObject ? (inner.shape as z.ZodRawShape)[step] : inner instanceof z.ZodArray ? inner.element : inner instanceof z.ZodRecord ? inner.valueSchema : undefined;
    node = isNode(node) || Array.isArray(node) ? (node as Record<string | number, unknown>)[step] : undefined;
    return rank;
  });
};

/** A stable sort: problems at one path keep the order they were found in; a section comes before its fields. */
export const inFileOrder = (problems: Problem[], schema: z.ZodTypeAny, root: unknown): Problem[] => {
  const keyed = problems.map((problem) => ({ problem, rank: ranks(schema, root, problem.path) }));
  const compare = (a: number[], b: number[]): number => {
    for (let i = 0; i < Math.min(a.length, b.length); i += 1) if (a[i] !== b[i]) return a[i]! - b[i]!;
    return a.length - b.length;
  };
  return keyed.sort((a, b) => compare(a.rank, b.rank)).map((k) => k.problem);
};
