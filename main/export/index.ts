/**
 * Every export format by name, each an async function that writes its
 * file(s) and returns their paths. Hosts look a format up once:
 * `await exporters[format](doc, { out, root })`.
 */
import { writeFile } from 'node:fs/promises';
import type { CharterDocument } from '../../app/document';
import { CharterError } from '../../app/errors';
import { renderDrawio } from '../../app/export/drawio';
import { renderGraphml } from '../../app/export/graphml';
import { renderOwnershipHtml } from '../../app/export/html';
import { renderJson } from '../../app/export/index';
import { renderMermaid } from '../../app/export/mermaid';
import type { FindingLike } from '../../app/export/registers';
import { subsetDocument } from '../../app/export/subset';
import { renderSvg } from '../../app/export/svg';
import { todayUtc } from '../../app/policy';
import { writeCsvFolder } from './csvFolder';
import type { PdfMode, PdfOrientation, PdfPageSize } from './pdf';
import { EXPORT_FILE_FORMATS, type ExportFileFormat } from '../../app/host-contract';
import { writePdf } from './pdf';
import { writePng } from './png';
import { writeXlsx } from './xlsx';

/** The formats File > Export and `charter export` share, defined once in the host contract. */
export const EXPORT_FORMATS = EXPORT_FILE_FORMATS;
export type ExportFormat = ExportFileFormat;

/** One line per format, for `charter export --help`. */
export const EXPORT_DESCRIPTIONS: Readonly<Record<ExportFormat, string>> = {
  svg: 'the org chart as a vector image, with a legend',
  png: 'the org chart as an image (--scale); very large charts are tiled or refused with advice',
  pdf: 'the org chart on one page, or one page per top-level subtree; A4 or Letter',
  mermaid: 'the org chart as a Mermaid flowchart',
  graphml: 'the org chart as GraphML (opens in yEd)',
  drawio: 'the org chart as a draw.io diagram',
  json: "the model's own JSON format (charter import reads it back)",
  csv: 'one CSV file per register plus the RACI matrix, in the folder --out names',
  xlsx: 'one workbook: roles, people, policies, assets, areas, RACI matrix, findings',
  html: 'a printable ownership register: who owns what, review dates, findings',
};

export interface ExportOptions {
  /** File to write; for `csv`, a folder (created if missing). */
  out: string;
  /** Export only the subtree under this role id. */
  root?: string | null;
  /** Governance findings for the `xlsx` and `html` registers. */
  findings?: readonly FindingLike[];
  /** `YYYY-MM-DD` used for overdue reviews; default today (UTC). */
  today?: string;
  /** PNG pixels per chart unit; default 1. */
  scale?: number;
  /** PDF page; default A4 landscape, whole chart on one page (`fit`). */
  pageSize?: PdfPageSize;
  orientation?: PdfOrientation;
  pdfMode?: PdfMode;
  /** Folder of the DejaVu TTF files for PNG/PDF; default the dejavu-fonts-ttf package. */
  fontDir?: string;
}

/** Writes one export; resolves to the paths written (several for a CSV folder or a tiled PNG). */
export type Exporter = (doc: CharterDocument, options: ExportOptions) => Promise<string[]>;

function text(render: (doc: CharterDocument, options: ExportOptions) => string): Exporter {
  return async (doc, options) => {
    await writeFile(options.out, render(doc, options), 'utf8');
    return [options.out];
  };
}

const writers: Record<ExportFormat, Exporter> = {
  svg: text((doc) => renderSvg(doc)),
  mermaid: text((doc) => renderMermaid(doc)),
  graphml: text((doc) => renderGraphml(doc)),
  drawio: text((doc) => renderDrawio(doc)),
  json: text((doc) => renderJson(doc)),
  html: text((doc, o) =>
    renderOwnershipHtml(doc, {
      today: o.today ?? todayUtc(),
      ...(o.findings ? { findings: o.findings } : {}),
    }),
  ),
  png: (doc, o) =>
    writePng(doc, o.out, {
      ...(o.scale !== undefined ? { scale: o.scale } : {}),
      ...(o.fontDir ? { fontDir: o.fontDir } : {}),
    }),
  pdf: (doc, o) =>
    writePdf(doc, o.out, {
      ...(o.pageSize ? { pageSize: o.pageSize } : {}),
      ...(o.orientation ? { orientation: o.orientation } : {}),
      ...(o.pdfMode ? { mode: o.pdfMode } : {}),
      ...(o.fontDir ? { fontDir: o.fontDir } : {}),
    }),
  csv: (doc, o) =>
    writeCsvFolder(doc, o.out, {
      today: o.today ?? todayUtc(),
      ...(o.findings ? { findings: o.findings } : {}),
    }),
  xlsx: (doc, o) =>
    writeXlsx(doc, o.out, { today: o.today ?? todayUtc(), ...(o.findings ? { findings: o.findings } : {}) }),
};

function withSubtreeAndErrors(write: Exporter): Exporter {
  return async (doc, options) => {
    const part = subsetDocument(doc, options.root ?? null);
    try {
      return await write(part, options);
    } catch (error) {
      if (error instanceof CharterError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      if (typeof code === 'string') {
        throw new CharterError(
          'file_error',
          `Could not write "${options.out}": ${(error as Error).message}`,
          { code },
        );
      }
      throw error;
    }
  };
}

/**
 * The exporters by format name. Each cuts the document to `options.root`'s
 * subtree when given (CharterError 'not_found' for an unknown role), writes
 * to `options.out`, and maps file system failures to CharterError 'file_error'.
 */
export const exporters: Readonly<Record<ExportFormat, Exporter>> = Object.fromEntries(
  EXPORT_FORMATS.map((format) => [format, withSubtreeAndErrors(writers[format])]),
) as Record<ExportFormat, Exporter>;

/** True when `value` names an export format. */
export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}
