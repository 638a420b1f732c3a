/**
 * Recent documents: most recent first, no duplicates, at most ten, files
 * that no longer exist dropped. Kept in `recent.json` in userData (the OS
 * list, app.addRecentDocument, is fed from here as well).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseJsonText } from '../../app/json';

export const RECENT_FILE = 'recent.json';
export const MAX_RECENT = 10;

/** Whether two paths name the same file; Windows and macOS file systems ignore case by default. */
export function samePath(a: string, b: string, platform: NodeJS.Platform = process.platform): boolean {
  const left = path.resolve(a);
  const right = path.resolve(b);
  return platform === 'win32' || platform === 'darwin'
    ? left.toLowerCase() === right.toLowerCase()
    : left === right;
}

/** Puts `file` first, removing an earlier entry for the same file, and keeps at most `max`. */
export function addRecent(
  list: readonly string[],
  file: string,
  platform: NodeJS.Platform = process.platform,
  max = MAX_RECENT,
): string[] {
  const resolved = path.resolve(file);
  return [resolved, ...list.filter((entry) => !samePath(entry, resolved, platform))].slice(0, max);
}

/** Drops one file (e.g. after it failed to open). */
export function removeRecent(
  list: readonly string[],
  file: string,
  platform: NodeJS.Platform = process.platform,
): string[] {
  return list.filter((entry) => !samePath(entry, file, platform));
}

/** Keeps only files that still exist, without duplicates, at most `max`. */
export function cleanRecent(
  list: readonly string[],
  exists: (file: string) => boolean,
  platform: NodeJS.Platform = process.platform,
  max = MAX_RECENT,
): string[] {
  const kept: string[] = [];
  for (const entry of list) {
    if (kept.length === max) break;
    if (exists(entry) && !kept.some((k) => samePath(k, entry, platform))) kept.push(entry);
  }
  return kept;
}

/** Reads the list from text; anything unexpected gives an empty list. */
export function parseRecent(text: string): string[] {
  try {
    const value = parseJsonText(text, { maxChars: 256 * 1024, source: 'The recent documents file' });
    if (typeof value === 'object' && value !== null && 'files' in value && Array.isArray(value.files))
      return value.files.filter((f): f is string => typeof f === 'string' && path.isAbsolute(f));
  } catch {
    // A damaged list only means the menu starts empty.
  }
  return [];
}

/** The stored list, cleaned of missing files. */
export function readRecent(file: string): string[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  return cleanRecent(parseRecent(text), (entry) => fs.existsSync(entry));
}

/** Writes the list atomically (temp file, then rename). */
export function writeRecent(file: string, list: readonly string[]): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, `${JSON.stringify({ files: list }, null, 2)}\n`);
  fs.renameSync(temp, file);
}
