/**
 * SVG chart -> PNG with resvg, text drawn as DejaVu Sans outlines (see glyphs.ts).
 *
 * Raster limits: one PNG is at most {@link PNG_LIMITS.side} pixels per side.
 * A larger chart is cut into tiles of at most {@link PNG_LIMITS.tile} pixels
 * per side, written as `<name>-r<row>c<col>.png`, rendered two at a time so
 * memory stays bounded. Past {@link PNG_LIMITS.pixels} pixels in total the
 * export is refused with advice (SVG or PDF, a smaller scale, or a subtree):
 * such an image takes over a gigabyte of memory and is not readable anyway.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { crc32, deflate } from 'node:zlib';
import { renderAsync } from '@resvg/resvg-js';
import type { CharterDocument } from '../../app/document';
import { CharterError } from '../../app/errors';
import type { Chart } from '../../app/export/chart';
import { buildChart } from '../../app/export/chart';
import { chartToSvg } from '../../app/export/svg';
import { dejavuFontDir } from './fonts';
import { GlyphText } from './glyphs';

export const PNG_LIMITS = {
  /** Pixels per side of one PNG file. */
  side: 16_384,
  /** Pixels per side of a tile when the chart is larger than one file. */
  tile: 8_192,
  /** Pixels in total, over all tiles (16384²: about 1 GB of RGBA). */
  pixels: 268_435_456,
  /** Largest scale factor accepted. */
  maxScale: 8,
} as const;

export interface PngOptions {
  /** Pixels per chart unit; default 1. */
  scale?: number;
  /** Folder of the DejaVu TTF files; default the dejavu-fonts-ttf package. */
  fontDir?: string;
}

/** One PNG to render: a window of the chart (chart units) and its pixel size. */
export interface PngTile {
  row: number;
  col: number;
  x: number;
  y: number;
  width: number;
  height: number;
  pixelWidth: number;
  pixelHeight: number;
}

export interface PngPlan {
  pixelWidth: number;
  pixelHeight: number;
  tiles: PngTile[];
}

/**
 * How a `width` × `height` chart is rendered at `scale`: one tile, or a grid
 * of tiles past the per-side limit.
 * @throws CharterError('invalid_input') for a bad scale or an image past the total pixel limit.
 */
export function planPng(width: number, height: number, scale = 1): PngPlan {
  if (!Number.isFinite(scale) || scale <= 0 || scale > PNG_LIMITS.maxScale) {
    throw new CharterError(
      'invalid_input',
      `The PNG scale must be a number above 0 and at most ${PNG_LIMITS.maxScale}; it was ${scale}.`,
    );
  }
  const pixelWidth = Math.max(1, Math.ceil(width * scale));
  const pixelHeight = Math.max(1, Math.ceil(height * scale));
  if (pixelWidth * pixelHeight > PNG_LIMITS.pixels) {
    const fits = Math.floor(Math.sqrt(PNG_LIMITS.pixels / (width * height)) * 1000) / 1000;
    throw new CharterError(
      'invalid_input',
      `At scale ${scale} this chart would be ${pixelWidth} × ${pixelHeight} pixels, more than the ${PNG_LIMITS.pixels.toLocaleString('en')} pixels Charter renders as PNG. ` +
        `Export it as SVG or PDF (vector, any size), use a scale of ${fits} or less, or export one part with --root <role id>.`,
      { pixelWidth, pixelHeight, maxScale: fits },
    );
  }
  const single = pixelWidth <= PNG_LIMITS.side && pixelHeight <= PNG_LIMITS.side;
  const step = single ? Math.max(pixelWidth, pixelHeight) : PNG_LIMITS.tile;
  const tiles: PngTile[] = [];
  for (let top = 0, row = 1; top < pixelHeight; top += step, row++) {
    for (let left = 0, col = 1; left < pixelWidth; left += step, col++) {
      const w = Math.min(step, pixelWidth - left);
      const h = Math.min(step, pixelHeight - top);
      tiles.push({
        row,
        col,
        x: left / scale,
        y: top / scale,
        width: w / scale,
        height: h / scale,
        pixelWidth: w,
        pixelHeight: h,
      });
    }
  }
  return { pixelWidth, pixelHeight, tiles };
}

const deflateAsync = promisify(deflate);
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * Encodes opaque RGBA pixels as a PNG. resvg-js's own `asPng()` encodes on
 * the main thread, one tile after another (about 160 ms of CPU for an
 * 8192 × 1008 tile); zlib's deflate runs on libuv's thread pool, so tiles
 * encode alongside rendering. Every row uses filter 0 (none) and deflate
 * level 3: a chart is mostly flat colour, so the file is within about a
 * fifth of resvg's size for a quarter of the CPU. The pixels are the same.
 */
async function encodePng(pixels: Buffer, width: number, height: number): Promise<Buffer> {
  const stride = width * 4;
  const rows = Buffer.allocUnsafe((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const at = y * (stride + 1);
    rows[at] = 0; // filter type: none
    pixels.copy(rows, at + 1, y * stride, (y + 1) * stride);
  }
  const header = Buffer.alloc(13); // compression, filter and interlace methods 0
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per sample
  header[9] = 6; // RGBA
  const data = await deflateAsync(rows, { level: 3 });
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', data),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function renderTile(chart: Chart, tile: PngTile, glyphs: GlyphText): Promise<Buffer> {
  const svg = chartToSvg(chart, {
    viewport: { x: tile.x, y: tile.y, width: tile.width, height: tile.height },
    size: { width: tile.pixelWidth, height: tile.pixelHeight },
    text: glyphs.writer(tile.pixelWidth / tile.width),
  });
  // Text arrives as outlines, so resvg needs no fonts at all. The white background makes every pixel opaque.
  const image = await renderAsync(svg, {
    font: { loadSystemFonts: false },
    fitTo: { mode: 'original' },
    background: '#ffffff',
    logLevel: 'off',
  });
  return encodePng(image.pixels, image.width, image.height);
}

/**
 * Renders the document's chart as PNG: one `{ suffix: '', data }` when it
 * fits in one file, else one entry per tile with suffix `-r<row>c<col>`.
 */
export async function renderPng(
  doc: CharterDocument,
  options: PngOptions = {},
): Promise<{ suffix: string; data: Buffer }[]> {
  const chart = buildChart(doc);
  const plan = planPng(chart.width, chart.height, options.scale ?? 1);
  const glyphs = new GlyphText(options.fontDir ?? dejavuFontDir());
  const out: { suffix: string; data: Buffer }[] = new Array(plan.tiles.length);
  // resvg renders off the main thread; two tiles at a time use two cores while bounding memory.
  let next = 0;
  const worker = async () => {
    while (next < plan.tiles.length) {
      const i = next++;
      const tile = plan.tiles[i] as PngTile;
      const suffix = plan.tiles.length === 1 ? '' : `-r${tile.row}c${tile.col}`;
      out[i] = { suffix, data: await renderTile(chart, tile, glyphs) };
    }
  };
  await Promise.all([worker(), worker()]);
  return out;
}

/** Writes the chart to `out` or, when tiled, to `out` with `-r<row>c<col>` before `.png`; returns the paths written. */
export async function writePng(
  doc: CharterDocument,
  out: string,
  options: PngOptions = {},
): Promise<string[]> {
  const parts = await renderPng(doc, options);
  const ext = path.extname(out).toLowerCase() === '.png' ? path.extname(out) : '';
  const base = ext === '' ? out : out.slice(0, -ext.length);
  const written: string[] = [];
  for (const part of parts) {
    const file = part.suffix === '' ? out : `${base}${part.suffix}${ext || '.png'}`;
    await writeFile(file, part.data);
    written.push(file);
  }
  return written;
}
