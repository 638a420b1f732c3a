/**
 * Issue 6's export budgets on a generated 10,000-role chart: SVG in at most
 * 1 s, PNG in at most 5 s. Each is compared in the same run with an
 * alternative and the ratio printed:
 * - SVG: the real writer against the same chart written the naive way,
 *   string `+=` with every character of user text escaped one by one;
 * - PNG: text as cached DejaVu outlines (what the writer does) against
 *   resvg's own text engine with the DejaVu TTF files, on a 300-role chart
 *   at scale 1 (resvg re-reads the font file for every glyph, so the full
 *   chart would take minutes that way).
 * The 10,000-role PNG is drawn at scale 0.25: at scale 1 it is past the
 * raster limit (the export refuses it with advice), and at 0.25 the small
 * text is greeked as a zoomed-out chart would be.
 */
import { availableParallelism, loadavg } from 'node:os';
import { renderAsync } from '@resvg/resvg-js';
import { bench, describe } from 'vitest';
import type { Chart } from '../../app/export/chart';
import { buildChart } from '../../app/export/chart';
import type { TextLine, TextWriter } from '../../app/export/svg';
import { chartToSvg, renderSvg } from '../../app/export/svg';
import { dejavuFontFiles } from '../../main/export/fonts';
import { planPng, renderPng } from '../../main/export/png';
import { generateDocument } from './generate';

/** Median wall and CPU (user + system) time of `runs` calls after one warm-up. */
async function measure(run: () => unknown, runs: number): Promise<{ wall: number; cpu: number }> {
  await run();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const startCpu = process.cpuUsage();
    const start = performance.now();
    await run();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
  }
  const median = (list: number[]) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)] as number;
  return { wall: median(wall), cpu: median(cpu) };
}

const NAIVE: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The naive alternative: per-character escaping, appended with `+=`. */
const naiveText: TextWriter = {
  line(l: TextLine) {
    let s = `<text x="${l.x}" y="${l.y}" font-size="${l.size}" fill="${l.fill}">`;
    for (const ch of l.text) {
      const code = ch.codePointAt(0) as number;
      if (code < 32 || code === 127) s += code === 9 || code === 10 || code === 13 ? ' ' : '';
      else s += NAIVE[ch] ?? ch;
    }
    return `${s}</text>`;
  },
  defs: () => '',
};

function naiveSvg(chart: Chart): string {
  let out = '';
  for (const part of chartToSvg(chart, { text: naiveText }).split('\n')) out += `${part}\n`;
  return out;
}

async function resvgTextPng(chart: Chart): Promise<Buffer> {
  const image = await renderAsync(chartToSvg(chart), {
    font: {
      loadSystemFonts: false,
      fontFiles: Object.values(dejavuFontFiles()),
      defaultFontFamily: 'DejaVu Sans',
    },
    background: '#ffffff',
  });
  return image.asPng();
}

const large = generateDocument({ roles: 10_000, seed: 1 });
const small = generateDocument({ roles: 300, seed: 1 });
const PNG_SCALE = 0.25;
const largeChart = buildChart(large);
const smallChart = buildChart(small);
const plan = planPng(largeChart.width, largeChart.height, PNG_SCALE);

const svg = await measure(() => renderSvg(large), 5);
const naive = await measure(() => naiveSvg(buildChart(large)), 5);
const png = await measure(() => renderPng(large, { scale: PNG_SCALE }), 1);
const outlines = await measure(() => renderPng(small, { scale: 1 }), 3);
const resvgText = await measure(() => resvgTextPng(smallChart), 3);

const ms = (value: number) => `${value.toFixed(0)} ms`;
const verdict = (value: number, budget: number) => (value <= budget ? 'met' : 'MISSED');
console.log(
  [
    `export, 10,000 roles (chart ${Math.round(largeChart.width)} × ${Math.round(largeChart.height)}; load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores):`,
    `  SVG (layout included): ${ms(svg.wall)} wall, ${ms(svg.cpu)} CPU (budget 1 s: ${verdict(svg.wall, 1000)}); naive per-character writer ${ms(naive.cpu)} CPU: ${(naive.cpu / svg.cpu).toFixed(2)}x`,
    `  PNG at scale ${PNG_SCALE} (${plan.pixelWidth} × ${plan.pixelHeight} px in ${plan.tiles.length} tiles): ${ms(png.wall)} wall, ${ms(png.cpu)} CPU (budget 5 s: ${verdict(png.wall, 5000)})`,
    `  PNG, 300 roles at scale 1 (${Math.round(smallChart.width)} × ${Math.round(smallChart.height)} px): glyph outlines ${ms(outlines.cpu)} CPU, resvg text ${ms(resvgText.cpu)} CPU: outlines ${(resvgText.cpu / outlines.cpu).toFixed(1)}x faster`,
  ].join('\n'),
);

describe('export: SVG, 10,000 roles (budget 1 s)', () => {
  bench('renderSvg (string builder)', () => {
    renderSvg(large);
  });
  bench('naive per-character escaping', () => {
    naiveSvg(buildChart(large));
  });
});

describe(`export: PNG, 10,000 roles at scale ${PNG_SCALE} (budget 5 s)`, () => {
  bench(
    'renderPng',
    async () => {
      await renderPng(large, { scale: PNG_SCALE });
    },
    { iterations: 1, time: 0, warmupIterations: 0 },
  );
});
