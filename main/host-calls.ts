/**
 * The host calls of app/host-contract.ts, implemented once for both hosts.
 * `export.file` writes through the same path as `charter export`: to the
 * place a save dialog chose (desktop), or to a temporary folder whose files
 * go back as bytes for the page to download (web mode). `import.readFile`
 * reads a picked file as `charter import` does.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import type { Handlers } from '../app/contract';
import { CharterError } from '../app/errors';
import type { DownloadFile, ExportFileFormat, HostHandlers, ParsedHostInputOf } from '../app/host-contract';
import { checkFileSize } from '../app/import/decode';
import { detectFormat, readTextImport } from '../app/import/read';
import type { ExportFormat } from './cli/formats';
import { exportModel } from './cli/formats';
import type { Query } from './cli/model';
import { readXlsx } from './import/xlsx';
import { invoke, unwrap } from '../app/contract';

// The two lists must name the same formats; this fails to compile when they drift.
const sameFormats: [ExportFileFormat, ExportFormat] extends [ExportFormat, ExportFileFormat] ? true : never =
  true;
void sameFormats;

/** The extension and media type of each format's file (csv: each file in its folder). */
export const EXPORT_FILES: Readonly<
  Record<ExportFileFormat, { ext: string; mimeType: string; label: string }>
> = {
  svg: { ext: 'svg', mimeType: 'image/svg+xml', label: 'SVG image' },
  png: { ext: 'png', mimeType: 'image/png', label: 'PNG image' },
  pdf: { ext: 'pdf', mimeType: 'application/pdf', label: 'PDF document' },
  mermaid: { ext: 'mmd', mimeType: 'text/plain', label: 'Mermaid flowchart' },
  graphml: { ext: 'graphml', mimeType: 'application/xml', label: 'GraphML (yEd)' },
  drawio: { ext: 'drawio', mimeType: 'application/xml', label: 'draw.io diagram' },
  json: { ext: 'json', mimeType: 'application/json', label: 'Charter model (JSON)' },
  csv: { ext: 'csv', mimeType: 'text/csv', label: 'CSV files' },
  xlsx: {
    ext: 'xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    label: 'Excel workbook',
  },
  html: { ext: 'html', mimeType: 'text/html', label: 'HTML report' },
};

/** What the save dialog is asked for. */
export interface SaveRequest {
  /** A suggested file name, e.g. "Acme.svg"; for csv, a folder name. */
  suggestedName: string;
  format: ExportFileFormat;
  /** True for csv: the export is a folder of files. */
  folder: boolean;
}

export interface HostOptions {
  /**
   * Desktop: asks where to save (a native save dialog); null when the user
   * cancels. Without it, exports come back as bytes to download.
   */
  chooseSavePath?: (request: SaveRequest) => Promise<string | null>;
}

/** A file name from the model's name: no path separators or characters Windows refuses. */
export function fileBaseName(modelName: string, root: string | null): string {
  const base =
    modelName
      // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^\.+/, '')
      .slice(0, 80) || 'Charter';
  return root === null ? base : `${base} - ${root}`;
}

function queryOf(handlers: Handlers): Query {
  return (name, input) => unwrap(invoke(handlers, name, input)) as never;
}

/**
 * Several files as one download, `<folder>.zip` (a CSV folder, a tiled
 * PNG), so the browser saves one file instead of asking to allow many.
 */
async function zipped(paths: readonly string[], folder: string): Promise<DownloadFile> {
  const zip = new JSZip();
  for (const file of paths) zip.file(`${folder}/${path.basename(file)}`, await readFile(file));
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
  return { fileName: `${folder}.zip`, mimeType: 'application/zip', base64: bytes.toString('base64') };
}

async function exportFile(handlers: Handlers, input: ParsedHostInputOf<'export.file'>, options: HostOptions) {
  const query = queryOf(handlers);
  const { format, root, options: fileOptions } = input;
  const base = fileBaseName(query('model.info', {}).name, root);
  const folder = format === 'csv';
  const suggestedName = folder ? `${base} registers` : `${base}.${EXPORT_FILES[format].ext}`;
  const exportOptions = { ...fileOptions, ...(root === null ? {} : { root }) };
  if (options.chooseSavePath) {
    const out = await options.chooseSavePath({ suggestedName, format, folder });
    if (out === null) return { kind: 'canceled' as const };
    return { kind: 'saved' as const, paths: await exportModel(query, format, { ...exportOptions, out }) };
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'charter-export-'));
  try {
    const written = await exportModel(query, format, {
      ...exportOptions,
      out: path.join(dir, suggestedName),
    });
    const [only] = written;
    const file: DownloadFile =
      written.length === 1 && only !== undefined && !folder
        ? {
            fileName: path.basename(only),
            mimeType: EXPORT_FILES[format].mimeType,
            base64: (await readFile(only)).toString('base64'),
          }
        : await zipped(written, folder ? suggestedName : `${base} tiles`);
    return { kind: 'download' as const, files: [file] };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function readImport(input: ParsedHostInputOf<'import.readFile'>) {
  const source = path.basename(input.fileName.replace(/\\/g, '/'));
  const bytes = Buffer.from(input.base64, 'base64');
  checkFileSize(bytes.byteLength, source);
  const format = detectFormat(source, bytes, input.format);
  if (format === 'xlsx')
    return { kind: 'table' as const, source, format, table: await readXlsx(bytes, source) };
  const read = readTextImport(bytes, source, format);
  return read.kind === 'document'
    ? { kind: 'document' as const, source, document: read.value }
    : { kind: 'table' as const, source, format, table: read.table };
}

/** The host calls over the model that `handlers()` answers for at the time of the call. */
export function createHostHandlers(handlers: () => Handlers, options: HostOptions = {}): HostHandlers {
  return {
    'export.file': (input) => exportFile(handlers(), input, options),
    'import.readFile': async (input) => {
      try {
        return await readImport(input);
      } catch (error) {
        if (error instanceof CharterError) throw error;
        throw new CharterError(
          'file_error',
          `Could not read "${input.fileName}": ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    },
  };
}
