import { describe, expect, it } from 'vitest';
import { neutraliseFormula, renderCsvFiles } from '../../../app/export/csv';
import { subsetDocument } from '../../../app/export/subset';
import { parseCsv } from './csvParse';
import { HOSTILE_TITLES, hostileDocument, TODAY } from './fixtures';

const doc = hostileDocument();

describe('CSV export', () => {
  const files = renderCsvFiles(doc, TODAY);

  it('writes one file per register plus the RACI matrix', () => {
    expect([...files.keys()]).toEqual([
      'roles.csv',
      'people.csv',
      'holders.csv',
      'reporting-lines.csv',
      'policies.csv',
      'assets.csv',
      'responsibility-areas.csv',
      'raci-matrix.csv',
    ]);
    expect(renderCsvFiles(doc, TODAY, []).has('findings.csv')).toBe(true);
  });

  it('parses back to the same table, hostile titles neutralised but intact', async () => {
    const rows = await parseCsv(files.get('roles.csv') as string);
    expect(rows).toHaveLength(doc.roles.length + 1);
    const titles = rows.slice(1).map((r) => r[1]);
    expect(titles).toContain('<script>alert(1)</script>');
    expect(titles).toContain(`"quoted" & 'apos'`);
    for (const hostile of ['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', '\tTab', '\rCR'])
      expect(titles).toContain(`'${hostile}`);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows.every((r) => r.length === rows[0]?.length)).toBe(true);
  });

  it('ends records with CRLF and quotes only where needed', () => {
    const text = files.get('holders.csv') as string;
    expect(text.startsWith('Role id,Role,Person id,Person,Acting\r\n')).toBe(true);
    expect(text).toContain('"\'=cmd|""/c calc""!A1"');
  });

  it('marks overdue policy reviews and gives the next review date', async () => {
    const rows = await parseCsv(files.get('policies.csv') as string);
    const header = rows[0] as string[];
    const isp = rows.find((r) => r[0] === 'policy-isp') as string[];
    const data = rows.find((r) => r[0] === 'policy-is-management') as string[];
    expect(isp[header.indexOf('Next review due')]).toBe('2027-07-27');
    expect(isp[header.indexOf('Overdue')]).toBe('no');
    expect(isp[header.indexOf('Accountable')]).toBe('Chief Information Security Officer');
    expect(data[header.indexOf('Next review due')]).toBe('');
  });

  it('writes a RACI matrix of subjects by roles', async () => {
    const rows = await parseCsv(files.get('raci-matrix.csv') as string);
    const header = rows[0] as string[];
    expect(header.slice(0, 3)).toEqual(['Subject type', 'Subject id', 'Subject']);
    expect(header).toHaveLength(3 + doc.roles.length);
    expect(rows).toHaveLength(1 + doc.policies.length + doc.assets.length + doc.responsibilityAreas.length);
    const infosec = rows.find((r) => r[1] === 'area-information-security') as string[];
    expect(infosec[header.indexOf('Chief Information Officer (role-cio)')]).toBe('A');
    expect(infosec[header.indexOf('Chief Information Security Officer (role-ciso)')]).toBe('A');
    const hostile = rows.find((r) => r[1] === 'asset-hostile') as string[];
    expect(hostile[2]).toBe("'=1+1");
  });

  it('covers only the subtree when asked', async () => {
    const rows = await parseCsv(
      renderCsvFiles(subsetDocument(doc, 'role-cio'), TODAY).get('roles.csv') as string,
    );
    expect(
      rows
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(['role-cio', 'role-head-dev', 'role-is-manager']);
  });
});

describe('formula neutralising', () => {
  it('prefixes cells a spreadsheet would evaluate and leaves others alone', () => {
    for (const t of HOSTILE_TITLES.slice(2)) expect(neutraliseFormula(t)).toBe(`'${t}`);
    expect(neutraliseFormula('Plain = text')).toBe('Plain = text');
    expect(neutraliseFormula('')).toBe('');
  });
});
