/**
 * Zod's issues in words a contributor can act on: what the field expects and what the file has
 * ("expected a whole number 1–10, found the text "four""), never "Invalid input". What a field
 * expects is written once, on its schema, with `.describe()` (schemas.ts).
 */
import type { z } from 'astro/zod';

type Issue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;

/** A short, quoted view of a value as the file has it. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : `the date ${value.toISOString().slice(0, 10)}`;
  if (Array.isArray(value)) return `a list of ${value.length}`;
  return 'a group of fields';
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  date: 'a date written YYYY-MM-DD',
};

/** The schema that validates the value at `path` (through optional, default and array wrappers). */
export function schemaAt(schema: AnySchema | undefined, path: readonly PropertyKey[]): AnySchema | undefined {
  let at = schema;
  const unwrap = () => {
    for (let def = at?._zod.def as { type: string; innerType?: AnySchema; in?: AnySchema } | undefined; def; def = at?._zod.def as typeof def) {
      if (def.innerType && ['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional'].includes(def.type)) at = def.innerType;
      else if (def.type === 'pipe' && def.in) at = def.in;
      else break;
    }
  };
  for (const key of path) {
    unwrap();
    const def = at?._zod.def as { type: string; shape?: Record<string, AnySchema>; element?: AnySchema } | undefined;
    if (def?.type === 'object' && typeof key === 'string') at = def.shape?.[key];
    else if (def?.type === 'array') at = def.element;
    else return undefined;
  }
  return at;
}

/** The `.describe()` text of the schema at `path`, or of its list's elements. */
function expectedAt(schema: AnySchema | undefined, path: readonly PropertyKey[]): string | undefined {
  const described = schemaAt(schema, path) as { description?: string } | undefined;
  return described?.description;
}

/** One Zod issue as a message: what was expected and what the file has. `value` is what the file has at the issue's path. */
export function plainIssueMessage(issue: Issue, value: unknown, schema?: AnySchema): string {
  const expected = expectedAt(schema, issue.path);
  const found = describeValue(value);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return 'is required but missing';
      return `expected ${expected ?? TYPE_WORDS[issue.expected] ?? issue.expected}, found ${found}`;
    case 'too_small':
    case 'too_big': {
      if (issue.origin === 'string' && typeof value === 'string') {
        // The schema's message says the limit and why; add how far over it the text is.
        return `${issue.message} (this one is ${value.length} characters)`;
      }
      if (issue.origin === 'number' || issue.origin === 'bigint') return `expected ${expected ?? issue.message}, found ${found}`;
      return issue.message;
    }
    case 'invalid_format':
    case 'invalid_value':
      return `${expected ? `expected ${expected}` : issue.message}, found ${found}`;
    default:
      return issue.message;
  }
}
