/** Who the audit log names for changes made from this process, and the native SQLite binding to use. */
import os from 'node:os';

export function currentActor(): string {
  try {
    return os.userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * better-sqlite3 built for Electron's ABI lives outside node_modules (see
 * scripts/start.mjs), so that Node's build stays usable for the tests.
 */
export function nativeBindingOption(env: NodeJS.ProcessEnv = process.env): { nativeBinding?: string } {
  const binding = env.CHARTER_NATIVE_BINDING;
  return binding ? { nativeBinding: binding } : {};
}
