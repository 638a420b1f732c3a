/** The desktop app's small state file in userData: which model was open last. */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseJsonText } from '../../app/json';

export const STATE_FILE = 'charter-state.json';
export const DEFAULT_MODEL_FILE = 'Default.charter';

export interface AppState {
  lastModel: string | null;
}

/** Reads the state from text; anything unexpected gives the empty state. */
export function parseState(text: string): AppState {
  try {
    const value = parseJsonText(text, { maxChars: 64 * 1024, source: 'The state file' });
    if (
      typeof value === 'object' &&
      value !== null &&
      'lastModel' in value &&
      typeof value.lastModel === 'string'
    ) {
      return { lastModel: value.lastModel };
    }
  } catch {
    // A damaged state file only means we forget the last model.
  }
  return { lastModel: null };
}

export function readState(file: string): AppState {
  try {
    return parseState(readFileSync(file, 'utf8'));
  } catch {
    return { lastModel: null };
  }
}

/** Writes the state atomically (temp file, then rename). */
export function writeState(file: string, state: AppState): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(temp, file);
}
