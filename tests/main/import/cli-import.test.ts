import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { invoke, unwrap } from '../../../app/contract';
import { CharterError } from '../../../app/errors';
import { createModel, openModel } from '../../../db/index';
import { type ImportFileArgs, runImportFile } from '../../../main/import/cli-import';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function setup(files: Record<string, string | Uint8Array>): { dir: string; model: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'charter-import-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  const model = path.join(dir, 'org.charter');
  createModel(model, { template: 'empty', actor: 'tester' }).close();
  return { dir, model };
}

async function run(args: Omit<ImportFileArgs, 'file'> & { file: string }) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runImportFile(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function people(model: string): string[] {
  const handle = openModel(model);
  try {
    const list = unwrap(invoke(handle.handlers, 'people.list', {})) as { name: string; externalId: string }[];
    return list.map((p) => `${p.externalId} ${p.name}`);
  } finally {
    handle.close();
  }
}

const GOOD =
  'Employee ID,Manager ID,Name,Title,Email\nE1,,Ada Lovelace,CEO,ada@example.com\nE2,E1,Grace Hopper,CIO,ghopper\n';
const BAD = GOOD + 'E3,E9,Alan Turing,CISO,alan@example.com\nE2,E1,Someone,Analyst,\n';

describe('charter import (HR records)', () => {
  it('prints the preview and a summary line, and writes the people', async () => {
    const { dir, model } = setup({ 'hr.csv': GOOD });
    const result = await run({ model, file: path.join(dir, 'hr.csv') });
    expect(result.code).toBe(0);
    expect(result.out).toBe(
      [
        'Read hr.csv (CSV): 2 rows; columns: employeeId = "Employee ID", managerId = "Manager ID", name = "Name", title = "Title", email = "Email".',
        '',
        'Warnings (1):',
        '  row  field  message',
        '  3    Email  "ghopper" looks like a login name, not an email address; it is kept as it is',
        '',
        '2 of 2 rows can be imported (2 new people, 0 updates); 0 cannot.',
        'Imported hr.csv into ' + model + ': 2 people added, 0 updated.',
      ].join('\n'),
    );
    expect(people(model)).toEqual(['E1 Ada Lovelace', 'E2 Grace Hopper']);
    const again = await run({ model, file: path.join(dir, 'hr.csv') });
    expect(again.out).toContain('0 people added, 2 updated.');
    expect(people(model)).toHaveLength(2);
  });

  it('writes nothing on a dry run, and takes no backup', async () => {
    const { dir, model } = setup({ 'hr.csv': GOOD });
    const result = await run({ model, file: path.join(dir, 'hr.csv'), dryRun: true });
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/Dry run: nothing was written\.$/);
    expect(people(model)).toEqual([]);
    expect(fs.existsSync(`${model}.backups`)).toBe(false);
  });

  it('backs the model up before it writes', async () => {
    const { dir, model } = setup({ 'hr.csv': GOOD });
    await run({ model, file: path.join(dir, 'hr.csv') });
    expect(fs.readdirSync(`${model}.backups`).length).toBeGreaterThan(0);
  });

  it('lists bad rows by number and writes nothing without --accept-valid', async () => {
    const { dir, model } = setup({ 'hr.csv': BAD });
    const result = await run({ model, file: path.join(dir, 'hr.csv') });
    expect(result.code).toBe(1);
    expect(result.out).toContain('Errors (3):');
    expect(result.out).toContain('  3    Employee ID  the employee id "E2" is also on row 5');
    expect(result.out).toContain(
      '  4    Manager ID   the manager "E9" is neither in this file nor in the model',
    );
    expect(result.out).toContain('1 of 4 rows can be imported (1 new people, 0 updates); 3 cannot.');
    expect(result.err).toBe(
      'charter: 3 of 4 rows in "hr.csv" cannot be imported, so nothing was written. Fix them, or import only the 1 valid rows (--accept-valid).',
    );
    expect(people(model)).toEqual([]);
    const dry = await run({ model, file: path.join(dir, 'hr.csv'), dryRun: true });
    expect([dry.code, dry.out.split('\n').at(-1)]).toEqual([
      1,
      'Dry run: this import would be refused; nothing was written.',
    ]);
  });

  it('writes only the valid rows with --accept-valid', async () => {
    const { dir, model } = setup({ 'hr.csv': BAD });
    const result = await run({ model, file: path.join(dir, 'hr.csv'), acceptValid: true });
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/1 people added, 0 updated; 3 rows skipped\.$/);
    expect(people(model)).toEqual(['E1 Ada Lovelace']);
  });

  it('uses --map for columns with unusual names', async () => {
    const { dir, model } = setup({ 'hr.csv': 'Badge;Boss;Who;What\nB1;;Ada;CEO\nB2;B1;Grace;CIO\n' });
    const result = await run({
      model,
      file: path.join(dir, 'hr.csv'),
      map: ['employeeId=Badge', 'managerId=Boss', 'name=Who', 'title=What'],
    });
    expect(result.code).toBe(0);
    expect(people(model)).toEqual(['B1 Ada', 'B2 Grace']);
  });

  it('reads XLSX and JSON records', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('HR');
    sheet.addRow(['Worker ID', 'Reports To', 'First Name', 'Last Name', 'Job Title']);
    sheet.addRow([7, null, 'Ada', 'Lovelace', 'CEO']);
    const json = JSON.stringify([{ 'employee id': 'J1', 'manager id': 7, name: 'Grace', title: 'CIO' }]);
    const { dir, model } = setup({
      'hr.xlsx': new Uint8Array(await book.xlsx.writeBuffer()),
      'more.json': json,
    });
    expect((await run({ model, file: path.join(dir, 'hr.xlsx') })).code).toBe(0);
    expect((await run({ model, file: path.join(dir, 'more.json') })).code).toBe(0);
    expect(people(model)).toEqual(['7 Ada Lovelace', 'J1 Grace']);
  });

  it('sends a charter JSON document to the model import', async () => {
    const document = {
      format: 'charter',
      version: 1,
      name: 'Imported',
      roles: [{ id: 'role-x', title: 'X', shortName: '', function: '', description: '' }],
      people: [],
      holders: [],
      reportingLines: [],
      responsibilityAreas: [],
      policies: [],
      assets: [],
      assignments: [],
    };
    const { dir, model } = setup({ 'model.json': JSON.stringify(document) });
    const result = await run({ model, file: path.join(dir, 'model.json') });
    expect(result.out).toBe(
      `Imported ${path.join(dir, 'model.json')} into ${model}: it now has 1 roles, 0 people, 0 policies, 0 assets and 0 RACI assignments.`,
    );
  });

  it('refuses a charter JSON document with a policy reviewed in the future, and imports nothing', async () => {
    const nextYear = `${Number(new Date().toISOString().slice(0, 4)) + 1}-06-30`;
    const policy = {
      id: 'policy-ac',
      code: 'POL-007',
      title: 'Access control',
      category: '',
      status: 'draft',
      version: '1.0',
      approverRoleId: null,
      reviewIntervalMonths: 12,
      lastReviewedOn: nextYear,
      documentUrl: '',
      assetIds: [],
    };
    const document = {
      format: 'charter',
      version: 1,
      name: 'Imported',
      roles: [],
      people: [],
      holders: [],
      reportingLines: [],
      responsibilityAreas: [],
      policies: [policy],
      assets: [],
      assignments: [],
    };
    const { dir, model } = setup({ 'model.json': JSON.stringify(document) });
    const error = await run({ model, file: path.join(dir, 'model.json') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CharterError);
    expect((error as CharterError).message).toMatch(
      new RegExp(
        `^The imported document: policies\\[0\\]\\.lastReviewedOn puts the last review of POL-007 "Access control" on ${nextYear}, later than today \\(\\d{4}-\\d{2}-\\d{2}\\): a review date must not be in the future\\.$`,
      ),
    );
    const handle = openModel(model);
    try {
      expect(unwrap(invoke(handle.handlers, 'model.summary', {}))).toMatchObject({ policies: 0 });
    } finally {
      handle.close();
    }
  });

  it('refuses a file in a legacy encoding with advice', async () => {
    const { dir, model } = setup({
      'hr.csv': new Uint8Array([...Buffer.from('Employee ID,Name,Title\nE1,Zo'), 0xeb, 0x0a]),
    });
    const error = await run({ model, file: path.join(dir, 'hr.csv') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CharterError);
    expect((error as CharterError).message).toMatch(/"hr.csv" cannot be read: byte 0xEB .* Save it as UTF-8/);
  });

  it('refuses a missing file as a file error', async () => {
    const { dir, model } = setup({});
    const error = await run({ model, file: path.join(dir, 'nope.csv') }).catch((e: unknown) => e);
    expect((error as CharterError).code).toBe('file_error');
  });
});
