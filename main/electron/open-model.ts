/** Which model the desktop app opens at start-up. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ModelHandle, OpenOptions } from '../../db/index';
import { createModel, openModel } from '../../db/index';
import { DEFAULT_MODEL_FILE, readState, STATE_FILE, writeState } from './state';

/**
 * Opens the model that was open last; when there is none (or it is gone),
 * opens or creates `Default.charter` in `userData` from the seed template.
 * Errors opening the last model go to `warn` and fall back to the default.
 */
export function openStartupModel(
  userData: string,
  options: OpenOptions,
  warn: (message: string) => void,
): ModelHandle {
  const stateFile = path.join(userData, STATE_FILE);
  const { lastModel } = readState(stateFile);
  if (lastModel !== null && existsSync(lastModel)) {
    try {
      return openModel(lastModel, options);
    } catch (error) {
      warn(
        `Charter could not open ${lastModel}: ${error instanceof Error ? error.message : String(error)} It opens the default model instead.`,
      );
    }
  }
  const fallback = path.join(userData, DEFAULT_MODEL_FILE);
  const handle = existsSync(fallback)
    ? openModel(fallback, options)
    : createModel(fallback, { template: 'seed', ...options });
  writeState(stateFile, { lastModel: handle.path });
  return handle;
}
