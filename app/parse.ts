/**
 * Parses untrusted input with a zod schema and turns zod's issues into one
 * CharterError whose message names the first offending field.
 */
import type { z } from 'zod';
import { CharterError } from './errors';

/** Formats a zod path as `roles[3].title`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

export function parseWith<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (!issue) throw new CharterError('invalid_input', `${what} is not valid.`);
  const where = formatPath(issue.path);
  const message = issue.code === 'unrecognized_keys'
    ? `has an unexpected field ${issue.keys.map((k) => `"${k}"`).join(', ')}`
    : issue.message;
  throw new CharterError(
    'invalid_input',
    where === '' ? `${what}: ${message}.` : `${what}: ${where} ${message}.`,
    { path: where, issues: result.error.issues.length },
  );
}
