/**
 * The main window's size, place and maximized state, remembered between
 * launches in `window-state.json` in userData. A saved place is only
 * reused where it is still visible: screens change (a laptop leaves its
 * dock), and a window restored onto a screen that is gone cannot be found.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseJsonText } from '../../app/json';

export const WINDOW_STATE_FILE = 'window-state.json';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 820 };
export const MIN_SIZE = { width: 640, height: 420 };
/** How much of the title bar must be on a screen for a saved place to count as visible. */
const MIN_VISIBLE = { width: 120, height: 40 };

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

function centred(size: { width: number; height: number }, area: Rect): Rect {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return {
    x: Math.round(area.x + (area.width - width) / 2),
    y: Math.round(area.y + (area.height - height) / 2),
    width,
    height,
  };
}

/**
 * Where to put the window, given the saved bounds (or none) and the work
 * areas of the connected displays, primary first. The saved bounds are
 * kept when their top strip is visible on some display, after shrinking
 * them to fit it and moving them fully inside it; otherwise the window is
 * centred on the primary display at the saved (or default) size.
 */
export function placeWindow(saved: Rect | null, workAreas: readonly Rect[]): Rect {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_SIZE };
  if (saved === null) return centred(DEFAULT_SIZE, primary);
  const titleBar: Rect = { x: saved.x, y: saved.y, width: saved.width, height: MIN_VISIBLE.height };
  const home = workAreas.find((area) => {
    const seen = overlap(titleBar, area);
    return seen.width >= MIN_VISIBLE.width && seen.height >= MIN_VISIBLE.height;
  });
  if (home === undefined) return centred(saved, primary);
  const width = Math.min(Math.max(saved.width, MIN_SIZE.width), home.width);
  const height = Math.min(Math.max(saved.height, MIN_SIZE.height), home.height);
  return {
    x: Math.min(Math.max(saved.x, home.x), home.x + home.width - width),
    y: Math.min(Math.max(saved.y, home.y), home.y + home.height - height),
    width,
    height,
  };
}

function isRect(value: unknown): value is Rect {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    ['x', 'y', 'width', 'height'].every((k) => typeof r[k] === 'number' && Number.isFinite(r[k])) &&
    (r.width as number) > 0 &&
    (r.height as number) > 0
  );
}

/** Reads the state from text; anything unexpected gives null (defaults). */
export function parseWindowState(text: string): WindowState | null {
  try {
    const value = parseJsonText(text, { maxChars: 4096, source: 'The window state file' }) as Record<
      string,
      unknown
    > | null;
    if (value !== null && typeof value === 'object' && isRect(value.bounds))
      return { bounds: value.bounds, maximized: value.maximized === true };
  } catch {
    // A damaged file only means the window opens at its default place.
  }
  return null;
}

export function readWindowState(file: string): WindowState | null {
  try {
    return parseWindowState(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

export function writeWindowState(file: string, state: WindowState): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  const { x, y, width, height } = state.bounds;
  fs.writeFileSync(
    temp,
    `${JSON.stringify({ bounds: { x, y, width, height }, maximized: state.maximized })}\n`,
  );
  fs.renameSync(temp, file);
}
