/**
 * The web server's host calls (app/host-contract.ts): export.file returns
 * the file's bytes to download, import.readFile reads a picked file; both
 * need the token, and only the import calls may send large bodies.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportFileResult, ReadFileResult } from '../../app/host-contract';
import { IMPORT_BASE64_CHARS } from '../../app/host-contract';
import { LIMITS } from '../../app/limits';
import type { ModelHandle } from '../../db';
import { createModel } from '../../db';
import type { RunningServer } from '../../main/server';
import { startServer } from '../../main/server';
import { tempDir } from '../support/cli';
import { rawRequest } from './http';

let temp: ReturnType<typeof tempDir>;
let model: ModelHandle;
let server: RunningServer;

beforeAll(async () => {
  temp = tempDir();
  const renderer = path.join(temp.dir, 'renderer');
  mkdirSync(renderer, { recursive: true });
  writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Charter</title>');
  model = createModel(path.join(temp.dir, 'org.charter'), { template: 'seed', actor: 'test' });
  server = await startServer({ handle: model, rendererDir: renderer });
});

afterAll(async () => {
  await server?.close();
  model?.close();
  temp?.remove();
});

const api = (name: string, body: unknown, headers: Record<string, string> = {}) =>
  rawRequest({
    port: server.port,
    method: 'POST',
    path: `/api/${name}`,
    headers: { 'Content-Type': 'application/json', 'X-Charter-Token': server.token, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

function result<R>(body: string): R {
  const reply = JSON.parse(body) as { ok: boolean; result: R; error?: { message: string } };
  expect(reply.error?.message).toBeUndefined();
  return reply.result;
}

describe('export.file over HTTP', () => {
  it('returns a PNG of the chart as bytes to download, named after the model', async () => {
    const res = await api('export.file', { format: 'png', options: { scale: 1 } });
    expect(res.status).toBe(200);
    const out = result<ExportFileResult>(res.body);
    if (out.kind !== 'download') throw new Error(`expected a download, got ${out.kind}`);
    expect(out.files).toHaveLength(1);
    const [file] = out.files;
    expect(file?.fileName).toBe('Example organization (CISO vs CIO).png');
    expect(file?.mimeType).toBe('image/png');
    const bytes = Buffer.from(file?.base64 ?? '', 'base64');
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it('returns a workbook of a subtree, and the CSV registers as one zip of their folder', async () => {
    const xlsx = result<ExportFileResult>(
      (await api('export.file', { format: 'xlsx', root: 'role-cio' })).body,
    );
    if (xlsx.kind !== 'download') throw new Error('expected a download');
    expect(xlsx.files[0]?.fileName).toBe('Example organization (CISO vs CIO) - role-cio.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.files[0]?.base64 ?? '', 'base64') as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.length).toBeGreaterThan(3);
    const csv = result<ExportFileResult>((await api('export.file', { format: 'csv' })).body);
    if (csv.kind !== 'download') throw new Error('expected a download');
    expect(csv.files.map((f) => [f.fileName, f.mimeType])).toEqual([
      ['Example organization (CISO vs CIO) registers.zip', 'application/zip'],
    ]);
    const zip = await JSZip.loadAsync(Buffer.from(csv.files[0]?.base64 ?? '', 'base64'));
    const names = Object.keys(zip.files);
    expect(names).toContain('Example organization (CISO vs CIO) registers/roles.csv');
    expect(names).toContain('Example organization (CISO vs CIO) registers/raci-matrix.csv');
    const roles = await zip.file('Example organization (CISO vs CIO) registers/roles.csv')?.async('string');
    expect(roles).toMatch(/^\uFEFF/);
    expect(roles).toContain('Chief Information Security Officer');
  });

  it('refuses an unknown root or format with a reply that says so', async () => {
    const unknownRoot = JSON.parse((await api('export.file', { format: 'svg', root: 'role-nobody' })).body);
    expect(unknownRoot).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(unknownRoot.error.message).toContain('"role-nobody"');
    const badFormat = JSON.parse((await api('export.file', { format: 'docx' })).body);
    expect(badFormat).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('needs the token', async () => {
    const res = await api('export.file', { format: 'svg' }, { 'X-Charter-Token': 'wrong' });
    expect(res.status).toBe(401);
    expect(res.body).not.toContain('<svg');
  });
});

describe('import.readFile over HTTP', () => {
  const csv = 'Employee ID,Manager ID,Name,Title\nE1,,Ada,CEO\nE2,E1,Bo,CIO\n';

  it('reads a CSV file to a table with row numbers', async () => {
    const res = await api('import.readFile', {
      fileName: 'people.csv',
      base64: Buffer.from(csv).toString('base64'),
    });
    const out = result<ReadFileResult>(res.body);
    expect(out).toMatchObject({
      kind: 'table',
      source: 'people.csv',
      format: 'csv',
      table: { headers: ['Employee ID', 'Manager ID', 'Name', 'Title'], rowNumbers: [2, 3] },
    });
  });

  it('reads a Charter JSON file as a model document', async () => {
    const doc = JSON.stringify(result((await api('model.export', {})).body));
    const out = result<ReadFileResult>(
      (await api('import.readFile', { fileName: 'm.json', base64: Buffer.from(doc).toString('base64') }))
        .body,
    );
    expect(out.kind).toBe('document');
  });

  it('takes a file larger than the general request limit', async () => {
    const row = `E1,Ada,${'x'.repeat(5000)}\n`;
    const big = `Employee ID,Name,Title\n${row.repeat(Math.ceil(LIMITS.requestBytes / row.length))}`;
    const res = await api('import.readFile', {
      fileName: 'big.csv',
      base64: Buffer.from(big).toString('base64'),
    });
    expect(res.status).toBe(200);
    expect(result<ReadFileResult>(res.body).kind).toBe('table');
  });

  it('answers 413 past the import file limit, and other calls keep the small limit', async () => {
    const huge = JSON.stringify({
      fileName: 'huge.csv',
      base64: 'A'.repeat(IMPORT_BASE64_CHARS + 128 * 1024),
    });
    const res = await api('import.readFile', huge);
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).error.message).toMatch(
      /^The file is larger than the limit of \d+ bytes \(\d+ MB\) for import.readFile\.$/,
    );
    const other = await api(
      'export.file',
      JSON.stringify({ format: 'svg', pad: 'x'.repeat(LIMITS.requestBytes) }),
    );
    expect(other.status).toBe(413);
  });

  it('needs the token', async () => {
    const res = await api('import.readFile', { fileName: 'a.csv', base64: '' }, { 'X-Charter-Token': '' });
    expect(res.status).toBe(401);
  });

  it('says which file could not be read', async () => {
    const bad = JSON.parse(
      (
        await api('import.readFile', {
          fileName: 'broken.xlsx',
          base64: Buffer.from('PK\u0003\u0004 not a workbook').toString('base64'),
        })
      ).body,
    );
    expect(bad.ok).toBe(false);
    expect(bad.error.message).toContain('broken.xlsx');
  });
});
