/**
 * `charter export` as a child process on real model files: every format is
 * written and read back by a parser, --root cuts the subtree, and wrong
 * arguments exit 2 with one clear line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import pdfParse from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allText, elements, parseXml } from '../app/export/xml';
import { runCharter, tempDir } from '../support/cli';

let temp: ReturnType<typeof tempDir>;
let model: string;
const file = (name: string) => path.join(temp.dir, name);

beforeAll(() => {
  temp = tempDir('charter-export-');
  model = file('Example.charter');
  expect(runCharter(['new', model]).code).toBe(0);
});
afterAll(() => temp.remove());

function exportAs(format: string, out: string, ...extra: string[]) {
  const result = runCharter(['export', model, '--format', format, '--out', out, ...extra]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result;
}

describe('charter export', () => {
  it('writes an SVG that parses as XML and carries the roles and the legend', () => {
    exportAs('svg', file('chart.svg'));
    const text = allText(parseXml(readFileSync(file('chart.svg'), 'utf8'))).join(' ');
    expect(text).toContain('CISO');
    expect(text.toLowerCase()).toContain('dotted');
  });

  it('writes a PNG at the scale asked for', () => {
    exportAs('png', file('one.png'));
    exportAs('png', file('two.png'), '--scale', '2');
    const one = readFileSync(file('one.png'));
    const two = readFileSync(file('two.png'));
    expect([...one.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // The IHDR width sits at byte 16.
    expect(two.readUInt32BE(16)).toBe(one.readUInt32BE(16) * 2);
  });

  it('writes a PDF whose text names the roles, on the page asked for', async () => {
    exportAs('pdf', file('chart.pdf'), '--page', 'Letter', '--orientation', 'portrait');
    const bytes = readFileSync(file('chart.pdf'));
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const parsed = await pdfParse(bytes);
    expect(parsed.text).toContain('CISO');
    expect(bytes.toString('latin1')).toMatch(/MediaBox \[0 0 612 792\]/);
  });

  it('writes one PDF page per top-level subtree with --pdf-mode subtree', async () => {
    exportAs('pdf', file('pages.pdf'), '--pdf-mode', 'subtree');
    const parsed = await pdfParse(readFileSync(file('pages.pdf')));
    expect(parsed.numpages).toBeGreaterThanOrEqual(1);
  });

  it('writes Mermaid, GraphML and draw.io that their readers accept', () => {
    exportAs('mermaid', file('chart.mmd'));
    expect(readFileSync(file('chart.mmd'), 'utf8')).toMatch(/^(%%.*\n)*flowchart TD/);
    exportAs('graphml', file('chart.graphml'));
    expect(elements(parseXml(readFileSync(file('chart.graphml'), 'utf8')), 'node').length).toBeGreaterThan(0);
    exportAs('drawio', file('chart.drawio'));
    expect(elements(parseXml(readFileSync(file('chart.drawio'), 'utf8')), 'mxCell').length).toBeGreaterThan(
      0,
    );
  });

  it('writes the model JSON that charter import reads back', () => {
    exportAs('json', file('model.json'));
    const doc = JSON.parse(readFileSync(file('model.json'), 'utf8')) as { format: string; roles: unknown[] };
    expect(doc.format).toBe('charter');
    expect(doc.roles).toHaveLength(7);
    expect(runCharter(['new', file('copy.charter'), '--template', 'empty']).code).toBe(0);
    expect(runCharter(['import', file('copy.charter'), file('model.json')]).code).toBe(0);
  });

  it('writes one CSV per register and the findings into the folder --out names', () => {
    const result = exportAs('csv', file('registers'));
    const names = readdirSync(file('registers')).sort();
    expect(names).toEqual(expect.arrayContaining(['roles.csv', 'raci-matrix.csv', 'findings.csv']));
    expect(result.stdout).toContain('roles.csv');
    expect(readFileSync(file('registers/findings.csv'), 'utf8').split('\n').length).toBeGreaterThan(1);
  });

  it('writes a workbook with the registers and the model’s findings', async () => {
    exportAs('xlsx', file('model.xlsx'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file('model.xlsx'));
    const names = workbook.worksheets.map((w) => w.name.toLowerCase());
    expect(names.some((n) => n.includes('role'))).toBe(true);
    const findings = workbook.worksheets.find((w) => w.name.toLowerCase().includes('finding'));
    // The seed's CIO/CISO overlap on information security is a finding.
    expect(findings?.actualRowCount).toBeGreaterThan(1);
  });

  it('writes the HTML ownership register with its findings', () => {
    exportAs('html', file('register.html'));
    const html = readFileSync(file('register.html'), 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('Information Security Policy');
    expect(html.toLowerCase()).toContain('finding');
  });

  it('writes only the subtree under --root', () => {
    exportAs('json', file('cio.json'), '--root', 'role-cio');
    const doc = JSON.parse(readFileSync(file('cio.json'), 'utf8')) as { roles: { id: string }[] };
    const ids = doc.roles.map((r) => r.id);
    expect(ids).toContain('role-cio');
    expect(ids).not.toContain('role-ceo');
    expect(ids).not.toContain('role-ciso');
  });
});

describe('charter export refuses', () => {
  it('an unknown format with exit 2, listing the formats', () => {
    const result = runCharter(['export', model, '--format', 'docx', '--out', file('x.docx')]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(
      'charter: Unknown export format "docx": use svg, png, pdf, mermaid, graphml, drawio, json, csv, xlsx, html.',
    );
    expect(existsSync(file('x.docx'))).toBe(false);
  });

  it('a missing --format or --out with exit 2', () => {
    expect(runCharter(['export', model, '--out', file('y.svg')]).code).toBe(2);
    const noOut = runCharter(['export', model, '--format', 'csv']);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('--out <folder>');
  });

  it('bad PNG and PDF options with exit 2', () => {
    for (const extra of [
      ['--format', 'png', '--scale', 'big'],
      ['--format', 'pdf', '--page', 'A3'],
      ['--format', 'pdf', '--orientation', 'sideways'],
      ['--format', 'pdf', '--pdf-mode', 'all'],
    ]) {
      const result = runCharter(['export', model, ...extra, '--out', file('bad.out')]);
      expect(result.code, extra.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('an unknown --root with exit 1, naming the id', () => {
    const result = runCharter([
      'export',
      model,
      '--format',
      'svg',
      '--root',
      'role-nobody',
      '--out',
      file('z.svg'),
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('"role-nobody"');
    expect(existsSync(file('z.svg'))).toBe(false);
  });

  it('an output path that cannot be written with exit 2', () => {
    const result = runCharter(['export', model, '--format', 'svg', '--out', file('no/such/dir/c.svg')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^charter: Could not write/);
  });
});
