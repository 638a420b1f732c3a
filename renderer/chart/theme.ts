/**
 * Light and dark: follow the operating system, or a choice made in the
 * header (remembered). The choice sets `data-theme` on the root element,
 * whose color-scheme (theme.css) picks the light-dark() palette of
 * styles.css. One store for the page, so the header's toggle and the
 * chart agree.
 */
import './theme.css';
import { useSyncExternalStore } from 'react';

export const THEMES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEMES)[number];
const KEY = 'charter.theme';

const listeners = new Set<() => void>();
let choice: ThemeChoice = readChoice();
let media: MediaQueryList | null = null;

function readChoice(): ThemeChoice {
  try {
    const stored = window.localStorage.getItem(KEY);
    return THEMES.includes(stored as ThemeChoice) ? (stored as ThemeChoice) : 'system';
  } catch {
    return 'system';
  }
}

function apply(): void {
  if (choice === 'system') document.documentElement.removeAttribute('data-theme');
  else document.documentElement.setAttribute('data-theme', choice);
}

function subscribe(listener: () => void): () => void {
  if (media === null) {
    media = window.matchMedia('(prefers-color-scheme: dark)');
    media.addEventListener('change', () => listeners.forEach((l) => l()));
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function resolved(): 'light' | 'dark' {
  if (choice !== 'system') return choice;
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Changes the theme for this page and remembers it. */
export function setTheme(next: ThemeChoice): void {
  choice = next;
  try {
    window.localStorage.setItem(KEY, next);
  } catch {
    // Not remembered; it still applies now.
  }
  apply();
  listeners.forEach((l) => l());
}

/** The choice (system, light or dark). */
export function useThemeChoice(): ThemeChoice {
  return useSyncExternalStore(subscribe, () => choice);
}

/** The theme in force. */
export function useResolvedTheme(): 'light' | 'dark' {
  return useSyncExternalStore(subscribe, resolved);
}

if (typeof document !== 'undefined') apply();
