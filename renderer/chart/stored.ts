/**
 * Preferences remembered in the browser's storage: the chart's direction,
 * compactness and overview, which subtrees are collapsed in each model
 * (keyed by the model's path), and the model the page showed last. Without
 * React, so that boot.ts can read them before the rest of the page loads;
 * prefs.ts has the hooks. A storage that refuses (private mode, quota) only
 * means the choice is not remembered.
 */
import type { ChartLayoutOptions } from '../../app/layout/chart';

export function read(
  key: string,
  storage: 'localStorage' | 'sessionStorage' = 'localStorage',
): string | null {
  try {
    return window[storage].getItem(key);
  } catch {
    return null;
  }
}

export function write(
  key: string,
  value: string | null,
  storage: 'localStorage' | 'sessionStorage' = 'localStorage',
): void {
  try {
    if (value === null) window[storage].removeItem(key);
    else window[storage].setItem(key, value);
  } catch {
    // Not remembered; the choice still applies to this page.
  }
}

/** A string choice among `allowed`, remembered under `key`. */
export interface Choice<T extends string> {
  key: string;
  allowed: readonly T[];
  fallback: T;
}

export const DIRECTION: Choice<'down' | 'right'> = {
  key: 'charter.chart.direction',
  allowed: ['down', 'right'],
  fallback: 'down',
};
export const COMPACT: Choice<'on' | 'off'> = {
  key: 'charter.chart.compact',
  allowed: ['on', 'off'],
  fallback: 'on',
};
/** Whether the overview (minimap) of the whole chart is shown. */
export const OVERVIEW: Choice<'on' | 'off'> = {
  key: 'charter.chart.overview',
  allowed: ['on', 'off'],
  fallback: 'on',
};

/** A choice's stored value, or its fallback. */
export function stored<T extends string>({ key, allowed, fallback }: Choice<T>): T {
  const value = read(key);
  return allowed.includes(value as T) ? (value as T) : fallback;
}

export const COLLAPSED_PREFIX = 'charter.collapsed:';

/** Parses a stored list of ids; anything else is an empty set. */
export function parseIds(text: string | null): Set<string> {
  if (text === null) return new Set();
  try {
    const value: unknown = JSON.parse(text);
    return new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  } catch {
    return new Set();
  }
}

/** The layout options from the choices, in the form the layout (and its cache) compares. */
export function chartOptions(
  direction: 'down' | 'right',
  compact: 'on' | 'off',
  collapsed: ReadonlySet<string>,
): ChartLayoutOptions {
  return { direction, compact: compact === 'on', collapsed: [...collapsed].sort() };
}

function storedChartOptions(path: string): ChartLayoutOptions {
  return chartOptions(stored(DIRECTION), stored(COMPACT), parseIds(read(COLLAPSED_PREFIX + path)));
}

const MODEL_PATH = 'charter.modelPath';

/** Remembers the model this page shows, for {@link lastChartOptions}. */
export function rememberModelPath(path: string): void {
  write(MODEL_PATH, path, 'sessionStorage');
  write(MODEL_PATH, path);
}

/**
 * The layout options of the model this page (else this app) showed last:
 * the page asks for the chart laid out with them together with the model's
 * path, not after it. A different model's options (other collapsed roles)
 * only mean the page lays the chart out itself.
 */
export function lastChartOptions(): ChartLayoutOptions {
  return storedChartOptions(read(MODEL_PATH, 'sessionStorage') ?? read(MODEL_PATH) ?? '');
}
