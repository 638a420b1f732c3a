/**
 * The org chart as PDF (pdfkit + svg-to-pdfkit), text embedded in DejaVu
 * Sans so it is selectable and searchable. `fit` puts the whole chart on one
 * page; `subtree` gives an overview page (the top roles and their direct
 * reports) and then one page per top-level subtree (each direct report of a
 * top role with everyone under it).
 */
import { writeFile } from 'node:fs/promises';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { CharterDocument } from '../../app/document';
import { buildChart } from '../../app/export/chart';
import { restrictDocument, solidReports, subsetDocument } from '../../app/export/subset';
import { chartToSvg } from '../../app/export/svg';
import { dejavuFontDir, dejavuFontFiles } from './fonts';

export type PdfPageSize = 'A4' | 'Letter';
export type PdfOrientation = 'portrait' | 'landscape';
export type PdfMode = 'fit' | 'subtree';

export interface PdfOptions {
  pageSize?: PdfPageSize;
  orientation?: PdfOrientation;
  mode?: PdfMode;
  fontDir?: string;
}

const MARGIN = 36; // points: half an inch
const PX_PER_PT = 96 / 72;

/** The documents drawn on each page, in order. */
export function pdfPages(doc: CharterDocument, mode: PdfMode): CharterDocument[] {
  if (mode === 'fit' || doc.roles.length === 0) return [doc];
  const ids = new Set(doc.roles.map((r) => r.id));
  const managed = new Set(
    doc.reportingLines.filter((l) => l.kind === 'solid' && ids.has(l.managerRoleId)).map((l) => l.roleId),
  );
  const reports = solidReports(doc);
  const roots = doc.roles.filter((r) => !managed.has(r.id));
  const heads = roots.flatMap((r) => reports.get(r.id) ?? []);
  const overview = restrictDocument(doc, new Set([...roots.map((r) => r.id), ...heads]));
  const title = new Map(doc.roles.map((r) => [r.id, r.title]));
  return [
    { ...overview, name: `${doc.name} — overview` },
    ...heads.map((id) => ({ ...subsetDocument(doc, id), name: `${doc.name} — ${title.get(id) ?? id}` })),
  ];
}

/** Renders the document's chart as a PDF file's bytes. */
export async function renderPdf(doc: CharterDocument, options: PdfOptions = {}): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: options.pageSize === 'Letter' ? 'LETTER' : 'A4',
    layout: options.orientation ?? 'landscape',
    margin: MARGIN,
    autoFirstPage: false,
    info: { Title: doc.name, Creator: 'Charter', Producer: 'Charter' },
  });
  const fonts = dejavuFontFiles(options.fontDir ?? dejavuFontDir());
  pdf.registerFont('DejaVu Sans', fonts.regular);
  pdf.registerFont('DejaVu Sans Bold', fonts.bold);
  pdf.registerFont('DejaVu Sans Oblique', fonts.italic);
  pdf.registerFont('DejaVu Sans Bold Oblique', fonts.boldItalic);
  // Every chart text is DejaVu Sans; only weight and slant vary.
  const fontCallback = (_family: string, bold: boolean, italic: boolean) =>
    `DejaVu Sans${bold ? ' Bold' : ''}${italic ? ' Oblique' : ''}`;

  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    pdf.on('end', resolve);
    pdf.on('error', reject);
  });
  for (const page of pdfPages(doc, options.mode ?? 'fit')) {
    pdf.addPage();
    const width = pdf.page.width - 2 * MARGIN;
    const height = pdf.page.height - 2 * MARGIN;
    const chart = buildChart(page);
    const svg = chartToSvg(chart, { size: { width: width * PX_PER_PT, height: height * PX_PER_PT } });
    SVGtoPDF(pdf, svg, MARGIN, MARGIN, {
      width,
      height,
      preserveAspectRatio: 'xMidYMin meet',
      fontCallback,
      warningCallback: () => undefined,
    });
  }
  pdf.end();
  await done;
  return Buffer.concat(chunks);
}

/** Writes the chart as a PDF to `out`; returns the path written. */
export async function writePdf(
  doc: CharterDocument,
  out: string,
  options: PdfOptions = {},
): Promise<string[]> {
  await writeFile(out, await renderPdf(doc, options));
  return [out];
}
