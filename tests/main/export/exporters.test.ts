import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from '../../../app/document';
import { CharterError } from '../../../app/errors';
import { EXPORT_DESCRIPTIONS, EXPORT_FORMATS, exporters, isExportFormat } from '../../../main/export';
import { parseCsv } from '../../app/export/csvParse';
import { hostileDocument, TODAY } from '../../app/export/fixtures';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'charter-export-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const doc = hostileDocument();
const EXTENSION: Record<string, string> = { mermaid: 'mmd', graphml: 'graphml', drawio: 'drawio', csv: '' };

describe('the exporters table', () => {
  it('has a writer for every format the CLI offers', () => {
    expect(Object.keys(exporters).sort()).toEqual([...EXPORT_FORMATS].sort());
    expect(Object.keys(EXPORT_DESCRIPTIONS).sort()).toEqual([...EXPORT_FORMATS].sort());
    expect(isExportFormat('pdf')).toBe(true);
    expect(isExportFormat('docx')).toBe(false);
  });

  it.each(EXPORT_FORMATS)('writes %s to the path given', async (format) => {
    const out = path.join(dir, `whole.${EXTENSION[format] ?? format}`);
    const written = await exporters[format](doc, { out, today: TODAY });
    expect(written.length).toBeGreaterThan(0);
    for (const file of written) expect((await stat(file)).size).toBeGreaterThan(0);
    if (format !== 'csv') expect(written).toEqual([out]);
  });

  it('writes the model JSON so that it reads back as the same document', async () => {
    const out = path.join(dir, 'model.json');
    await exporters.json(doc, { out });
    expect(parseDocument(JSON.parse(await readFile(out, 'utf8')))).toEqual(parseDocument(doc));
  });

  it('writes CSV registers into a folder, with a BOM, that parse back', async () => {
    const out = path.join(dir, 'registers');
    await exporters.csv(doc, { out, today: TODAY });
    expect((await readdir(out)).sort()).toContain('raci-matrix.csv');
    const text = await readFile(path.join(out, 'people.csv'), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = await parseCsv(text.slice(1));
    expect(rows).toHaveLength(doc.people.length + 1);
  });

  it('exports only the subtree under --root', async () => {
    const out = path.join(dir, 'cio.json');
    await exporters.json(doc, { out, root: 'role-cio' });
    const sub = JSON.parse(await readFile(out, 'utf8')) as { roles: { id: string }[] };
    expect(sub.roles.map((r) => r.id).sort()).toEqual(['role-cio', 'role-head-dev', 'role-is-manager']);
  });

  it('refuses an unknown root with not_found and writes nothing', async () => {
    const out = path.join(dir, 'nobody.svg');
    await expect(exporters.svg(doc, { out, root: 'role-nobody' })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(stat(out)).rejects.toThrow();
  });

  it('reports a path it cannot write as file_error', async () => {
    const out = path.join(dir, 'missing-folder', 'chart.svg');
    const failure = await exporters.svg(doc, { out }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(CharterError);
    expect((failure as CharterError).code).toBe('file_error');
  });
});
