import { describe, expect, it } from 'vitest';
import { CharterError } from '../../../app/errors';
import { buildChart } from '../../../app/export/chart';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { emptyDocument } from '../../../app/document';
import { planPng, PNG_LIMITS, renderPng, writePng } from '../../../main/export/png';
import { hostileDocument } from '../../app/export/fixtures';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function size(png: Buffer) {
  expect(png.subarray(0, 8).equals(SIGNATURE)).toBe(true);
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('PNG export', () => {
  const doc = hostileDocument();
  const chart = buildChart(doc);

  it('renders one PNG of the chart size at scale 1', async () => {
    const [only, ...rest] = await renderPng(doc);
    expect(rest).toHaveLength(0);
    expect(only?.suffix).toBe('');
    expect(size(only?.data as Buffer)).toEqual({
      width: Math.ceil(chart.width),
      height: Math.ceil(chart.height),
    });
  });

  it('scales the image by the scale factor', async () => {
    const [only] = await renderPng(doc, { scale: 2 });
    expect(size(only?.data as Buffer)).toEqual({
      width: Math.ceil(chart.width * 2),
      height: Math.ceil(chart.height * 2),
    });
  });

  it('refuses a scale that is not a positive number up to the maximum', () => {
    for (const scale of [0, -1, Number.NaN, PNG_LIMITS.maxScale + 1])
      expect(() => planPng(100, 100, scale)).toThrow(CharterError);
  });

  it('tiles a chart wider than one PNG may be, covering every pixel once', () => {
    const plan = planPng(40_000, 1_000, 1);
    expect(plan.tiles.length).toBe(Math.ceil(40_000 / PNG_LIMITS.tile));
    expect(plan.tiles.reduce((sum, t) => sum + t.pixelWidth * t.pixelHeight, 0)).toBe(40_000 * 1_000);
    for (const t of plan.tiles)
      expect(Math.max(t.pixelWidth, t.pixelHeight)).toBeLessThanOrEqual(PNG_LIMITS.side);
    expect(plan.tiles.map((t) => `${t.row}.${t.col}`)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5']);
  });

  it('refuses an image past the total pixel limit, with advice', () => {
    try {
      planPng(600_000, 2_000, 1);
      expect.unreachable();
    } catch (error) {
      expect((error as CharterError).code).toBe('invalid_input');
      expect((error as CharterError).message).toMatch(/SVG or PDF.*scale of 0\.\d+ or less.*--root/);
    }
  });

  it('renders each tile at its planned size', async () => {
    // Shrinking the scale until the seed chart is tiny keeps this fast; tiling itself is planned above.
    const [only] = await renderPng(doc, { scale: 0.1 });
    expect(size(only?.data as Buffer)).toEqual({
      width: Math.ceil(chart.width * 0.1),
      height: Math.ceil(chart.height * 0.1),
    });
  });

  it('writes a chart wider than one PNG as numbered tiles that add up to the whole', async () => {
    const wide = emptyDocument('Wide');
    for (let i = 0; i < 80; i++)
      wide.roles.push({ id: `r${i}`, title: `Role ${i}`, shortName: '', function: '', description: '' });
    const width = Math.ceil(buildChart(wide).width);
    expect(width).toBeGreaterThan(PNG_LIMITS.side);
    const dir = await mkdtemp(path.join(tmpdir(), 'charter-png-'));
    try {
      const files = await writePng(wide, path.join(dir, 'wide.png'));
      expect(files.map((f) => path.basename(f))).toEqual(['wide-r1c1.png', 'wide-r1c2.png', 'wide-r1c3.png']);
      const sizes = await Promise.all(files.map(async (f) => size(await readFile(f))));
      expect(sizes.reduce((sum, s) => sum + s.width, 0)).toBe(width);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
