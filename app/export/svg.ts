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

const num = (v: number) => String(Math.round(v * 10) / 10);

/** The font every chart export names; the PNG and PDF writers load its TTF files. */
export const CHART_FONT_FAMILY = 'DejaVu Sans';

/** One line of chart text, already fitted to its room (user text not yet escaped). */
export interface TextLine {
  x: number;
  y: number;
  text: string;
  size: number;
  bold?: boolean;
  italic?: boolean;
  fill: string;
  className?: string;
}

/**
 * How text lines become SVG. The default writes `<text>` elements; the PNG
 * writer swaps in glyph outlines (see main/export/glyphs.ts) because resvg
 * re-reads the font file for every glyph it shapes.
 */
export interface TextWriter {
  /** Markup for one line; must escape `line.text`. */
  line(line: TextLine): string;
  /** Markup for a `<defs>` block the lines refer to, or ''. Called once, after every line. */
  defs(): string;
}

/** Writes each line as an SVG `<text>` element in DejaVu Sans. */
export const TEXT_ELEMENTS: TextWriter = {
  line: (l) =>
    `<text${l.className ? ` class="${l.className}"` : ''} x="${num(l.x)}" y="${num(l.y)}" font-size="${l.size}"${l.bold ? ' font-weight="bold"' : ''}${l.italic ? ' font-style="italic"' : ''} fill="${l.fill}">${escapeXml(l.text)}</text>`,
  defs: () => '',
};

export interface SvgOptions {
  /** How text is written; default {@link TEXT_ELEMENTS}. */
  text?: TextWriter;
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

function boxSvg(box: ChartBox, write: TextWriter, out: string[]): void {
  const { role, x, y, width, height } = box;
  const textX = x + 14;
  const room = width - 22;
  out.push(
    `<g class="role" data-role-id="${escapeXml(role.id)}">`,
    `<rect x="${num(x)}" y="${num(y)}" width="${width}" height="${height}" rx="6" fill="#ffffff" stroke="#6b7280"/>`,
    `<rect x="${num(x)}" y="${num(y)}" width="6" height="${height}" fill="${colourOf(role.function)}"/>`,
  );
  const title = wrap(role.title, room, 13, 2, true);
  title.forEach((line, i) => {
    out.push(write.line({ x: textX, y: y + 20 + i * 16, text: line, size: 13, bold: true, fill: '#111827' }));
  });
  const sub = [role.shortName, role.function].filter((s) => s !== '').join(' · ');
  if (sub !== '')
    out.push(write.line({ x: textX, y: y + 57, text: truncate(sub, room, 11), size: 11, fill: '#4b5563' }));
  if (box.holders.length === 0) {
    out.push(write.line({ x: textX, y: y + 74, text: 'Vacant', size: 11, italic: true, fill: '#b91c1c' }));
  } else {
    out.push(
      write.line({
        x: textX,
        y: y + 74,
        text: truncate(box.holders.join(', '), room, 11),
        size: 11,
        fill: '#111827',
      }),
    );
  }
  out.push('</g>');
}

interface Point {
  x: number;
  y: number;
}
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The parts of a polyline inside `box`, each with its distance from the
 * start (so a dash pattern can continue where it would have been).
 */
export function clipPolyline(points: readonly Point[], box: Box): { points: Point[]; offset: number }[] {
  const pieces: { points: Point[]; offset: number }[] = [];
  const right = box.x + box.width;
  const bottom = box.y + box.height;
  let walked = 0;
  let open: Point[] | null = null;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] as Point;
    const b = points[i + 1] as Point;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const length = Math.hypot(dx, dy);
    // Liang-Barsky: the part t0..t1 of the segment inside the box.
    let t0 = 0;
    let t1 = 1;
    for (const [p, q] of [
      [-dx, a.x - box.x],
      [dx, right - a.x],
      [-dy, a.y - box.y],
      [dy, bottom - a.y],
    ] as const) {
      if (p === 0) {
        if (q < 0) t0 = 2; // parallel and outside
      } else {
        const r = q / p;
        if (p < 0) t0 = Math.max(t0, r);
        else t1 = Math.min(t1, r);
      }
    }
    if (t0 <= t1) {
      const start = { x: a.x + t0 * dx, y: a.y + t0 * dy };
      const end = { x: a.x + t1 * dx, y: a.y + t1 * dy };
      if (open && t0 === 0) open.push(end);
      else {
        open = [start, end];
        pieces.push({ points: open, offset: walked + t0 * length });
      }
      if (t1 < 1) open = null;
    } else open = null;
    walked += length;
  }
  return pieces;
}

function pathData(points: readonly Point[]): string {
  let d = '';
  for (const p of points) d += `${d === '' ? 'M' : 'L'}${num(p.x)} ${num(p.y)}`;
  return d;
}

function edgesSvg(chart: Chart, view: Box | null, out: string[]): void {
  // In a window (a PNG tile), lines are cut to it: resvg would otherwise dash every long dotted route in full.
  const margin = 8;
  const clip = view && {
    x: view.x - margin,
    y: view.y - margin,
    width: view.width + 2 * margin,
    height: view.height + 2 * margin,
  };
  for (const edge of chart.edges) {
    const style = edge.kind === 'dotted' ? DOTTED : SOLID;
    const pieces = clip ? clipPolyline(edge.points, clip) : [{ points: edge.points, offset: 0 }];
    for (const piece of pieces) {
      if (piece.points.length < 2) continue;
      const dash =
        edge.kind === 'dotted' && piece.offset > 0 ? ` stroke-dashoffset="${num(piece.offset % 10)}"` : '';
      out.push(`<path class="line ${edge.kind}" d="${pathData(piece.points)}" fill="none" ${style}${dash}/>`);
    }
  }
}

function headerSvg(chart: Chart, write: TextWriter, out: string[]): void {
  const m = FRAME.margin;
  out.push(
    write.line({
      x: m,
      y: 32,
      text: truncate(chart.title, chart.width - 2 * m, 20, true),
      size: 20,
      bold: true,
      fill: '#111827',
      className: 'chart-title',
    }),
    `<g class="legend">`,
    `<path d="M${m} 52H${m + 28}" ${SOLID}/>`,
    write.line({ x: m + 36, y: 56, text: 'Solid line: reports to', size: 11, fill: '#374151' }),
    `<path d="M${m + 190} 52H${m + 218}" ${DOTTED}/>`,
    write.line({ x: m + 226, y: 56, text: 'Dotted line: functional or matrix', size: 11, fill: '#374151' }),
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
    Math.max(x1, x2) >= view.x &&
    Math.min(x1, x2) <= right &&
    Math.max(y1, y2) >= view.y &&
    Math.min(y1, y2) <= bottom;

  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${exact(size.width)}" height="${exact(size.height)}" viewBox="${exact(view.x)} ${exact(view.y)} ${exact(view.width)} ${exact(view.height)}" font-family="'${CHART_FONT_FAMILY}', sans-serif">`,
    `<title>${escapeXml(chart.title)}</title>`,
    `<rect x="${num(view.x)}" y="${num(view.y)}" width="${num(view.width)}" height="${num(view.height)}" fill="#ffffff"/>`,
  ];
  const write = options.text ?? TEXT_ELEMENTS;
  if (inView(0, 0, chart.width, FRAME.header)) headerSvg(chart, write, out);
  edgesSvg(chart, options.viewport ?? null, out);
  for (const box of chart.boxes) {
    if (inView(box.x, box.y, box.x + box.width, box.y + box.height)) boxSvg(box, write, out);
  }
  const defs = write.defs();
  if (defs !== '') out.push(`<defs>${defs}</defs>`);
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
