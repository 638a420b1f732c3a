/**
 * The solid reporting lines bucketed into square tiles of the chart's
 * plane, so that the lines near the view are found without walking all
 * of them: React Flow's own visible-edge pass checks every edge on every
 * pan and zoom step, which on a 10,000-role chart cost more than a frame.
 * Pure: tested without a browser.
 */
import type { TreeEdge } from '../../app/layout';

/** A tile's side, in flow units (a little more than a screen at reading zoom). */
export const TILE = 1024;

/** A rectangle of the chart's plane, in flow units. */
export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LineIndex {
  lines: readonly TreeEdge[];
  /** Tile key ({@link tileKey}) to the indices of the lines whose bounds touch it. */
  tiles: ReadonlyMap<number, readonly number[]>;
  /** Each line's bounds: minX, minY, maxX, maxY, four numbers per line. */
  bounds: Float64Array;
}

/** A tile's key: a number, so that indexing 10,000 lines allocates no strings. */
function tileKey(col: number, row: number): number {
  return (col + 0x8000) * 0x10000 + (row + 0x8000);
}

/** Buckets `lines` by the tiles their bounds touch. Linear in the lines and the tiles they cross. */
export function indexLines(lines: readonly TreeEdge[]): LineIndex {
  const tiles = new Map<number, number[]>();
  const bounds = new Float64Array(lines.length * 4);
  lines.forEach((line, i) => {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const p of line.points) {
      minX = Math.min(minX, p.x);
      minY = Math.min(minY, p.y);
      maxX = Math.max(maxX, p.x);
      maxY = Math.max(maxY, p.y);
    }
    bounds.set([minX, minY, maxX, maxY], i * 4);
    if (minX > maxX) return;
    for (let col = Math.floor(minX / TILE); col <= Math.floor(maxX / TILE); col++)
      for (let row = Math.floor(minY / TILE); row <= Math.floor(maxY / TILE); row++) {
        const key = tileKey(col, row);
        const list = tiles.get(key);
        if (list) list.push(i);
        else tiles.set(key, [i]);
      }
  });
  return { lines, tiles, bounds };
}

/** The tiles an area touches, as `col0 row0 col1 row1`: a key that changes only when the view crosses a tile. */
export function tileRange(area: Area): string {
  const col0 = Math.floor(area.x / TILE);
  const row0 = Math.floor(area.y / TILE);
  const col1 = Math.floor((area.x + area.width) / TILE);
  const row1 = Math.floor((area.y + area.height) / TILE);
  return `${col0} ${row0} ${col1} ${row1}`;
}

/**
 * The indices of the lines whose bounds touch the tiles of `range` (from
 * {@link tileRange}), in index order, each once. When the range covers more
 * tiles than there are, the lines are tested one by one instead.
 */
export function linesInRange(index: LineIndex, range: string): number[] {
  const [col0, row0, col1, row1] = range.split(' ').map(Number) as [number, number, number, number];
  const cells = (col1 - col0 + 1) * (row1 - row0 + 1);
  const found: number[] = [];
  if (cells > index.tiles.size) {
    const left = col0 * TILE;
    const top = row0 * TILE;
    const right = (col1 + 1) * TILE;
    const bottom = (row1 + 1) * TILE;
    const b = index.bounds;
    for (let i = 0; i < index.lines.length; i++) {
      const [minX, minY, maxX, maxY] = b.subarray(i * 4, i * 4 + 4) as unknown as [
        number,
        number,
        number,
        number,
      ];
      if (minX <= right && maxX >= left && minY <= bottom && maxY >= top) found.push(i);
    }
    return found;
  }
  const seen = new Uint8Array(index.lines.length);
  for (let col = col0; col <= col1; col++)
    for (let row = row0; row <= row1; row++)
      for (const i of index.tiles.get(tileKey(col, row)) ?? []) {
        if (seen[i]) continue;
        seen[i] = 1;
        found.push(i);
      }
  return found.sort((a, b) => a - b);
}

/**
 * The area of the chart's plane on screen for a React Flow transform and
 * pane size, grown by `margin` (a fraction of the view) on every side, so
 * that a short pan draws nothing new.
 */
export function viewArea(
  transform: readonly [number, number, number],
  width: number,
  height: number,
  margin = 0.25,
): Area {
  const [tx, ty, zoom] = transform;
  const w = width / zoom;
  const h = height / zoom;
  return {
    x: -tx / zoom - w * margin,
    y: -ty / zoom - h * margin,
    width: w * (1 + 2 * margin),
    height: h * (1 + 2 * margin),
  };
}
