/**
 * The org chart as SVG, built as a string (no DOM) so that 10,000 roles
 * take well under a second. All user text is escaped; every text element
 * uses DejaVu Sans, which the PNG and PDF writers embed.
 */
import type { CharterDocument } from '../document';
import type { Chart, ChartBox } from './chart';
import { buildChart, FRAME } from './chart';
import { escapeXml } from './escape';
import { truncate, wrap } from './text';

/** The font every chart export names; the PNG and PDF writers load its TTF files. */
export const CHART_FONT_FAMILY = 'DejaVu Sans';

export interface SvgOptions {
  /** Only this window of the chart (chart coordinates); roles outside it are left out. */
  viewport?: { x: number; y: number; width: number; height: number };
  /** Output size; the viewport is scaled to fit it. Defaults to the viewport's size (1 unit = 1 px). */
  size?: { width: number; height: number };
}

const COLOURS = ['#2563eb', '#059669', '#d97706', '#7c3aed', '#db2777', '#0891b2', '#65a30d', '#dc2626'];
const SOLID = 'stroke="#374151" stroke-width="1.5"';
const DOTTED = 'stroke="#7c3aed" stroke-width="1.5" stroke-dasharray="6 4"';

function colourOf(text: string): string {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (hash * 31 + text.charCodeAt(i)) | 0;
  return COLOURS[Math.abs(hash) % COLOURS.length] as string;
}

const num = (v: number) => String(Math.round(v * 10) / 10);

function boxSvg(box: ChartBox, out: string[]): void {
  const { role, x, y, width, height } = box;
  const textX = num(x + 14);
  const room = width - 22;
  out.push(
    `<g class="role" data-role-id="${escapeXml(role.id)}">`,
    `<rect x="${num(x)}" y="${num(y)}" width="${width}" height="${height}" rx="6" fill="#ffffff" stroke="#6b7280"/>`,
    `<rect x="${num(x)}" y="${num(y)}" width="6" height="${height}" fill="${colourOf(role.function)}"/>`,
  );
  const title = wrap(role.title, room, 13, 2, true);
  title.forEach((line, i) => {
    out.push(`<text x="${textX}" y="${num(y + 20 + i * 16)}" font-size="13" font-weight="bold" fill="#111827">${escapeXml(line)}</text>`);
  });
  const sub = [role.shortName, role.function].filter((s) => s !== '').join(' · ');
  if (sub !== '') out.push(`<text x="${textX}" y="${num(y + 57)}" font-size="11" fill="#4b5563">${escapeXml(truncate(sub, room, 11))}</text>`);
  if (box.holders.length === 0) {
    out.push(`<text x="${textX}" y="${num(y + 74)}" font-size="11" font-style="italic" fill="#b91c1c">Vacant</text>`);
  } else {
    out.push(`<text x="${textX}" y="${num(y + 74)}" font-size="11" fill="#111827">${escapeXml(truncate(box.holders.join(', '), room, 11))}</text>`);
  }
  out.push('</g>');
}

function edgesSvg(chart: Chart, inView: (x1: number, y1: number, x2: number, y2: number) => boolean, out: string[]): void {
  for (const edge of chart.edges) {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    let d = '';
    for (const p of edge.points) {
      minX = Math.min(minX, p.x);
      maxX = Math.max(maxX, p.x);
      minY = Math.min(minY, p.y);
      maxY = Math.max(maxY, p.y);
      d += `${d === '' ? 'M' : 'L'}${num(p.x)} ${num(p.y)}`;
    }
    if (d === '' || !inView(minX, minY, maxX, maxY)) continue;
    const dotted = edge.kind === 'dotted';
    out.push(`<path class="line ${edge.kind}" d="${d}" fill="none" ${dotted ? DOTTED : SOLID}/>`);
  }
}

function headerSvg(chart: Chart, out: string[]): void {
  const m = FRAME.margin;
  out.push(
    `<text class="chart-title" x="${m}" y="32" font-size="20" font-weight="bold" fill="#111827">${escapeXml(truncate(chart.title, chart.width - 2 * m, 20, true))}</text>`,
    `<g class="legend">`,
    `<path d="M${m} 52H${m + 28}" ${SOLID}/>`,
    `<text x="${m + 36}" y="56" font-size="11" fill="#374151">Solid line: reports to</text>`,
    `<path d="M${m + 190} 52H${m + 218}" ${DOTTED}/>`,
    `<text x="${m + 226}" y="56" font-size="11" fill="#374151">Dotted line: functional or matrix</text>`,
    `</g>`,
  );
}

/** Renders an already built chart; see {@link renderSvg}. */
export function chartToSvg(chart: Chart, options: SvgOptions = {}): string {
  const view = options.viewport ?? { x: 0, y: 0, width: chart.width, height: chart.height };
  const size = options.size ?? view;
  // Three decimals: a PNG tile's viewBox must match its pixel size closely enough that tiles join without seams.
  const exact = (v: number) => String(Math.round(v * 1000) / 1000);
  const right = view.x + view.width;
  const bottom = view.y + view.height;
  const inView = (x1: number, y1: number, x2: number, y2: number) =>
    Math.max(x1, x2) >= view.x && Math.min(x1, x2) <= right && Math.max(y1, y2) >= view.y && Math.min(y1, y2) <= bottom;

  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${exact(size.width)}" height="${exact(size.height)}" viewBox="${exact(view.x)} ${exact(view.y)} ${exact(view.width)} ${exact(view.height)}" font-family="'${CHART_FONT_FAMILY}', sans-serif">`,
    `<title>${escapeXml(chart.title)}</title>`,
    `<rect x="${num(view.x)}" y="${num(view.y)}" width="${num(view.width)}" height="${num(view.height)}" fill="#ffffff"/>`,
  ];
  if (inView(0, 0, chart.width, FRAME.header)) headerSvg(chart, out);
  edgesSvg(chart, inView, out);
  for (const box of chart.boxes) {
    if (inView(box.x, box.y, box.x + box.width, box.y + box.height)) boxSvg(box, out);
  }
  out.push('</svg>', '');
  return out.join('\n');
}

/**
 * The document's org chart as an SVG string: role boxes (title, short name
 * and function, holders or "Vacant"), solid and dotted reporting lines, a
 * legend and the model's name as the title.
 */
export function renderSvg(doc: CharterDocument, options: SvgOptions = {}): string {
  return chartToSvg(buildChart(doc), options);
}
