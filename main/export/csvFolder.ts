/**
 * Writes the CSV registers into a folder, one file per register, UTF-8 with
 * a byte-order mark so that spreadsheet programs read non-ASCII text right.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CharterDocument } from '../../app/document';
import { renderCsvFiles } from '../../app/export/csv';
import type { FindingLike } from '../../app/export/registers';

const BOM = '\uFEFF';

/** Creates `folder` if needed and writes every register into it; returns the paths written. */
export async function writeCsvFolder(
  doc: CharterDocument,
  folder: string,
  options: { today: string; findings?: readonly FindingLike[] },
): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const written: string[] = [];
  for (const [name, text] of renderCsvFiles(doc, options.today, options.findings)) {
    const file = path.join(folder, name);
    await writeFile(file, BOM + text, 'utf8');
    written.push(file);
  }
  return written;
}
