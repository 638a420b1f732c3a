import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Rect } from '../../../main/electron/window-state';
import {
  DEFAULT_SIZE,
  parseWindowState,
  placeWindow,
  readWindowState,
  writeWindowState,
} from '../../../main/electron/window-state';

const laptop: Rect = { x: 0, y: 25, width: 1440, height: 875 };
const monitor: Rect = { x: 1440, y: 0, width: 2560, height: 1440 };

function inside(r: Rect, area: Rect): boolean {
  return (
    r.x >= area.x &&
    r.y >= area.y &&
    r.x + r.width <= area.x + area.width &&
    r.y + r.height <= area.y + area.height
  );
}

describe('placing the main window', () => {
  it('centres a first window at the default size on the primary display', () => {
    expect(placeWindow(null, [laptop, monitor])).toEqual({ x: 80, y: 53, ...DEFAULT_SIZE });
  });

  it('keeps a saved place that is still on a display', () => {
    const saved = { x: 1600, y: 100, width: 1200, height: 800 };
    expect(placeWindow(saved, [laptop, monitor])).toEqual(saved);
  });

  it('brings back a window whose display is gone, centred on the primary one', () => {
    const onGoneMonitor = { x: 1600, y: 100, width: 1200, height: 800 };
    expect(placeWindow(onGoneMonitor, [laptop])).toEqual({ x: 120, y: 63, width: 1200, height: 800 });
  });

  it('pulls a window that hangs off the edge back inside and shrinks it to fit', () => {
    const hanging = { x: 1000, y: -200, width: 3000, height: 2000 };
    expect(placeWindow(hanging, [laptop])).toEqual(laptop);
  });

  it('always returns a window inside one of the displays', () => {
    const rect = fc.record({
      x: fc.integer({ min: -5000, max: 5000 }),
      y: fc.integer({ min: -5000, max: 5000 }),
      width: fc.integer({ min: 1, max: 6000 }),
      height: fc.integer({ min: 1, max: 4000 }),
    });
    fc.assert(
      fc.property(fc.option(rect, { nil: null }), (saved) => {
        const placed = placeWindow(saved, [laptop, monitor]);
        expect(inside(placed, laptop) || inside(placed, monitor)).toBe(true);
      }),
    );
  });
});

describe('the window state file', () => {
  it('remembers bounds and maximized, and ignores a damaged file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'charter-window-'));
    const file = path.join(dir, 'window-state.json');
    expect(readWindowState(file)).toBeNull();
    writeWindowState(file, { bounds: { x: 10, y: 20, width: 900, height: 700 }, maximized: true });
    expect(readWindowState(file)).toEqual({
      bounds: { x: 10, y: 20, width: 900, height: 700 },
      maximized: true,
    });
    expect(parseWindowState('{"bounds": {"x": 1, "y": 2, "width": -5, "height": 3}}')).toBeNull();
    expect(parseWindowState('not json')).toBeNull();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
