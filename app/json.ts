/**
 * Guarded JSON parsing for text that comes from outside (files, requests):
 * size and nesting are checked before `JSON.parse` sees the text, so a
 * hostile document gets a clear error instead of a stack overflow.
 */
import { CharterError } from './errors';
import { LIMITS } from './limits';

export interface JsonLimits {
  maxChars?: number;
  maxDepth?: number;
  /** Names the input in error messages, e.g. a file name. */
  source?: string;
}

export function parseJsonText(text: string, limits: JsonLimits = {}): unknown {
  const maxChars = limits.maxChars ?? LIMITS.documentBytes;
  const maxDepth = limits.maxDepth ?? LIMITS.jsonDepth;
  const source = limits.source ?? 'The JSON input';
  if (text.length > maxChars) {
    throw new CharterError(
      'invalid_input',
      `${source} is too large: ${text.length} characters, the limit is ${maxChars}.`,
    );
  }
  const depth = maxNesting(text);
  if (depth > maxDepth) {
    throw new CharterError(
      'invalid_input',
      `${source} is nested ${depth} levels deep; the limit is ${maxDepth}.`,
    );
  }
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CharterError('invalid_input', `${source} is not valid JSON: ${reason}`);
  }
}

/** Deepest nesting of `[`/`{` outside strings; stops counting past 10,000. */
export function maxNesting(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > 10_000) return deepest;
      }
    } else if (c === 93 || c === 125) depth--;
  }
  return deepest;
}
