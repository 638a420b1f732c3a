import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assignment, ReportingLine } from '../../app/model';
import type { ChartRole } from '../../app/views';
import { viewShortcut } from '../../renderer/pages/navigation';
import {
  indexAssignments,
  letterForKey,
  matrixRoles,
  moveCell,
  nextLetter,
} from '../../renderer/raci/matrix';
import type { RegisterData } from '../../renderer/registers/data';
import { deletionImpact } from '../../renderer/registers/impact';
import { openExternal, safeExternalUrl } from '../../renderer/registers/openExternal';
import { type Column, filterAndSort, nextSort } from '../../renderer/registers/table';
import { windowRange } from '../../renderer/registers/useWindow';
import { localToday, readIsoDate } from '../../renderer/registers/dates';
import {
  locateRow,
  pendingReveal,
  requestReveal,
  scrollTopFor,
  settleReveal,
} from '../../renderer/registers/reveal';
import { personItems } from '../../renderer/inspector/HoldersEditor';
import { matchItems, roleItems, sortItems } from '../../renderer/shell/RolePicker';
import type { PersonView } from '../../app/views';

const key = { ctrlKey: false, metaKey: false, shiftKey: false, altKey: false };

describe('windowing', () => {
  it('mounts the visible rows and a few either side', () => {
    expect(windowRange(0, 380, 38, 10_000, 6)).toEqual({ start: 0, end: 17 });
    expect(windowRange(38_000, 380, 38, 10_000, 6)).toEqual({ start: 994, end: 1017 });
  });

  it('always mounts a slice that covers the viewport and stays inside the list', () => {
    fc.assert(
      fc.property(
        fc.nat(1_000_000),
        fc.integer({ min: 1, max: 3000 }),
        fc.integer({ min: 10, max: 80 }),
        fc.nat(20_000),
        (top, height, row, count) => {
          const { start, end } = windowRange(top, height, row, count);
          expect(start).toBeGreaterThanOrEqual(0);
          expect(end).toBeLessThanOrEqual(count);
          expect(start).toBeLessThanOrEqual(end);
          const firstVisible = Math.floor(top / row);
          const lastVisible = Math.min(count, Math.ceil((top + height) / row));
          if (firstVisible < count) {
            expect(start).toBeLessThanOrEqual(firstVisible);
            expect(end).toBeGreaterThanOrEqual(lastVisible);
          }
          expect(end - start).toBeLessThanOrEqual(Math.ceil(height / row) + 1 + 12);
        },
      ),
    );
  });
});

describe('register tables', () => {
  interface Row {
    name: string;
    rank: number | null;
  }
  const columns: Column<Row>[] = [
    { key: 'name', label: 'Name', width: 100, value: (r) => r.name },
    { key: 'rank', label: 'Rank', width: 100, value: (r) => r.rank },
  ];
  const rows: Row[] = [
    { name: 'Policy 10', rank: 2 },
    { name: 'policy 9', rank: null },
    { name: 'Network standard', rank: 1 },
  ];

  it('sorts naturally, ignoring case, with empty values last both ways', () => {
    const names = (sort: Parameters<typeof filterAndSort>[3]) =>
      filterAndSort(rows, columns, '', sort).map((r) => r.name);
    expect(names({ key: 'name', direction: 'asc' })).toEqual(['Network standard', 'policy 9', 'Policy 10']);
    expect(names({ key: 'rank', direction: 'asc' })).toEqual(['Network standard', 'Policy 10', 'policy 9']);
    expect(names({ key: 'rank', direction: 'desc' })).toEqual(['Policy 10', 'Network standard', 'policy 9']);
    expect(names(null)).toEqual(rows.map((r) => r.name));
  });

  it('filters on every word, in any column', () => {
    expect(filterAndSort(rows, columns, 'POLICY 1', null).map((r) => r.name)).toEqual(['Policy 10']);
    expect(filterAndSort(rows, columns, 'network 1', null).map((r) => r.name)).toEqual(['Network standard']);
  });

  it('cycles a header through ascending, descending and the register order', () => {
    const a = nextSort(null, 'name');
    const b = nextSort(a, 'name');
    expect([a, b, nextSort(b, 'name')]).toEqual([
      { key: 'name', direction: 'asc' },
      { key: 'name', direction: 'desc' },
      null,
    ]);
    expect(nextSort(b, 'rank')).toEqual({ key: 'rank', direction: 'asc' });
  });
});

describe('what a deletion affects', () => {
  const data: RegisterData = {
    policies: [
      { id: 'p1', assetIds: ['a1', 'a2'] },
      { id: 'p2', assetIds: ['a1'] },
    ] as RegisterData['policies'],
    assets: [
      { id: 'a1', policyIds: ['p1', 'p2'] },
      { id: 'a2', policyIds: ['p1'] },
      { id: 'a3', policyIds: [] },
    ] as RegisterData['assets'],
    areas: [{ id: 'r1', name: 'Duty', description: '' }],
    people: [
      { id: 'x', name: 'X', email: '', externalId: '', roles: [{ roleId: 'c', title: 'C', acting: false }] },
    ],
    assignments: [
      { subjectType: 'asset', subjectId: 'a1', roleId: 'c', letter: 'A' },
      { subjectType: 'asset', subjectId: 'a1', roleId: 'd', letter: 'R' },
      { subjectType: 'asset', subjectId: 'a2', roleId: 'c', letter: 'R' },
      { subjectType: 'policy', subjectId: 'a1', roleId: 'c', letter: 'I' },
    ],
  };

  it('names the policies and RACI assignments an asset takes with it', () => {
    expect(deletionImpact('asset', ['a1'], data)).toBe(
      'Deleting this asset removes it from 2 policies and removes 2 RACI assignments.',
    );
    expect(deletionImpact('asset', ['a1', 'a2'], data)).toBe(
      'Deleting these 2 assets removes them from 3 policies and removes 3 RACI assignments.',
    );
    expect(deletionImpact('asset', ['a3'], data)).toBe('Deleting this asset affects nothing else.');
  });

  it('names the asset links of a policy and the roles of a person', () => {
    expect(deletionImpact('policy', ['p1'], data)).toBe('Deleting this policy unlinks 2 governed assets.');
    expect(deletionImpact('person', ['x'], data)).toMatch(/^Deleting this person takes them out of 1 role/);
  });
});

describe('the external link gate', () => {
  it('allows https only, without credentials', () => {
    expect(safeExternalUrl('https://example.com/a.pdf')?.host).toBe('example.com');
    for (const bad of [
      'http://example.com',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'https://user:pw@example.com',
      'not a url',
    ])
      expect(safeExternalUrl(bad), bad).toBeNull();
  });

  it('asks first and opens only when the person says yes', async () => {
    const opened: string[] = [];
    const env = (answer: boolean) => ({ confirm: async () => answer, open: (h: string) => opened.push(h) });
    expect(await openExternal('https://example.com/x', env(false))).toBe('cancelled');
    expect(await openExternal('http://example.com/x', env(true))).toBe('refused');
    expect(await openExternal('https://example.com/x', env(true))).toBe('opened');
    expect(opened).toEqual(['https://example.com/x']);
  });

  it('leaves asking and opening to the desktop host when there is one, after its own https check', async () => {
    const asked: string[] = [];
    const env = {
      confirm: async () => true,
      open: () => asked.push('browser'),
      desktop: async (href: string) => {
        asked.push(href);
        return 'cancelled' as const;
      },
    };
    expect(await openExternal('https://example.com/y', env)).toBe('cancelled');
    expect(await openExternal('javascript:alert(1)', env)).toBe('refused');
    expect(asked).toEqual(['https://example.com/y']);
  });
});

describe('the RACI matrix', () => {
  const role = (id: string): ChartRole => ({
    id,
    title: id,
    shortName: '',
    function: '',
    holders: [],
    accountablePolicies: 0,
    accountableAssets: 0,
  });
  const roles = ['ceo', 'cio', 'ciso', 'dev', 'ops', 'solo'].map(role);
  const lines: ReportingLine[] = [
    { roleId: 'cio', managerRoleId: 'ceo', kind: 'solid' },
    { roleId: 'ciso', managerRoleId: 'ceo', kind: 'solid' },
    { roleId: 'dev', managerRoleId: 'cio', kind: 'solid' },
    { roleId: 'ops', managerRoleId: 'dev', kind: 'solid' },
    { roleId: 'ops', managerRoleId: 'ciso', kind: 'dotted' },
  ];
  const ids = (mode: Parameters<typeof matrixRoles>[2]) => matrixRoles(roles, lines, mode).map((r) => r.id);

  it('shows the executive team: the top roles and their direct reports', () => {
    expect(ids({ kind: 'executive' })).toEqual(['ceo', 'cio', 'ciso', 'solo']);
  });

  it('shows a subtree along solid lines, and a hand-picked set in chart order', () => {
    expect(ids({ kind: 'subtree', roleId: 'cio' })).toEqual(['cio', 'dev', 'ops']);
    expect(ids({ kind: 'subtree', roleId: 'ciso' })).toEqual(['ciso']);
    expect(ids({ kind: 'custom', roleIds: ['ops', 'ceo'] })).toEqual(['ceo', 'ops']);
  });

  it('flags subjects with no A, several A, or no R, counting every role', () => {
    const a = (subjectId: string, roleId: string, letter: Assignment['letter']): Assignment => ({
      subjectType: 'policy',
      subjectId,
      roleId,
      letter,
    });
    const index = indexAssignments([
      a('ok', 'x', 'A'),
      a('ok', 'y', 'R'),
      a('two', 'x', 'A'),
      a('two', 'y', 'A'),
    ]);
    expect(index.flags({ type: 'policy', id: 'ok' })).toEqual([]);
    expect(index.flags({ type: 'policy', id: 'two' })).toEqual(['many-a', 'no-r']);
    expect(index.flags({ type: 'policy', id: 'none' })).toEqual(['no-a', 'no-r']);
    expect(index.flags({ type: 'asset', id: 'ok' })).toEqual(['no-a', 'no-r']);
    expect(index.letter({ type: 'policy', id: 'two' }, 'y')).toBe('A');
  });

  it('cycles none → R → A → C → I → none on click', () => {
    expect([null, 'R', 'A', 'C', 'I'].map((l) => nextLetter(l as never))).toEqual(['R', 'A', 'C', 'I', null]);
  });

  it('sets letters with R/A/C/I, clears with Delete or Backspace, ignores other keys', () => {
    expect(['r', 'A', 'c', 'I', 'Delete', 'Backspace', 'x', 'Enter'].map(letterForKey)).toEqual([
      'R',
      'A',
      'C',
      'I',
      null,
      null,
      undefined,
      undefined,
    ]);
  });

  it('moves with the arrow keys and stays inside the grid', () => {
    expect(moveCell({ row: 0, col: 0 }, 'ArrowUp', 5, 3)).toEqual({ row: 0, col: 0 });
    expect(moveCell({ row: 4, col: 2 }, 'ArrowDown', 5, 3)).toEqual({ row: 4, col: 2 });
    expect(moveCell({ row: 1, col: 1 }, 'ArrowRight', 5, 3)).toEqual({ row: 1, col: 2 });
    expect(moveCell({ row: 1, col: 1 }, 'End', 5, 3)).toEqual({ row: 1, col: 2 });
    expect(moveCell({ row: 1, col: 1 }, 'a', 5, 3)).toBeNull();
  });
});

describe('view shortcuts', () => {
  it('switch views with Ctrl or Cmd and a digit, and nothing else', () => {
    expect(viewShortcut({ ...key, key: '1', ctrlKey: true })).toBe('chart');
    expect(viewShortcut({ ...key, key: '2', metaKey: true })).toBe('registers');
    expect(viewShortcut({ ...key, key: '3', ctrlKey: true })).toBe('raci');
    expect(viewShortcut({ ...key, key: '9', ctrlKey: true })).toBeNull();
    expect(viewShortcut({ ...key, key: '1' })).toBeNull();
    expect(viewShortcut({ ...key, key: '1', ctrlKey: true, shiftKey: true })).toBeNull();
  });
});

describe('dates in the registers', () => {
  it('takes yyyy-mm-dd, pads a one-digit month or day, and takes empty as no date', () => {
    expect(readIsoDate('2024-03-15')).toEqual({ ok: true, value: '2024-03-15' });
    expect(readIsoDate(' 2024-3-5 ')).toEqual({ ok: true, value: '2024-03-05' });
    expect(readIsoDate('  ')).toEqual({ ok: true, value: '' });
  });

  it('refuses a locale date, a day that is not in the calendar, and a date after today, saying why', () => {
    expect(readIsoDate('15/03/2024')).toEqual({
      ok: false,
      message: '“15/03/2024” is not a date: type it as yyyy-mm-dd, for example 2025-03-31.',
    });
    expect(readIsoDate('03/15/2024').ok).toBe(false);
    expect(readIsoDate('2024-02-30')).toEqual({
      ok: false,
      message: '2024-02-30 is not a day of the calendar: check the month and the day.',
    });
    expect(readIsoDate('2024-13-01').ok).toBe(false);
    expect(readIsoDate('2024-02-29')).toEqual({ ok: true, value: '2024-02-29' });
    expect(readIsoDate('2026-11-28', '2026-11-27')).toEqual({
      ok: false,
      message: '2026-11-28 is later than today (2026-11-27).',
    });
    expect(readIsoDate('2026-11-27', '2026-11-27')).toEqual({ ok: true, value: '2026-11-27' });
  });

  it("reads today in the computer's own time zone", () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('round-trips every calendar day', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2999-12-31'), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          expect(readIsoDate(iso)).toEqual({ ok: true, value: iso });
        },
      ),
    );
  });
});

describe('showing one row of a register', () => {
  const rows = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
  const id = (r: { id: string }) => r.id;

  it('finds the row among those shown, or says a filter hides it, or that it is gone', () => {
    expect(locateRow(rows.slice(1), rows, id, 'c')).toEqual({ index: 1, hidden: false });
    expect(locateRow(rows.slice(1), rows, id, 'a')).toEqual({ index: -1, hidden: true });
    expect(locateRow(rows, rows, id, 'z')).toEqual({ index: -1, hidden: false });
  });

  it('scrolls a row deep in 10,000 to the middle of the viewport, and never past either end', () => {
    // 38 px rows, a 36 px header: row 5,000 of a 400 px viewport sits at 5000*38 - (364-38)/2.
    expect(scrollTopFor(5000, 38, 400, 36, 10_000)).toBe(5000 * 38 - 163);
    expect(scrollTopFor(0, 38, 400, 36, 10_000)).toBe(0);
    expect(scrollTopFor(9999, 38, 400, 36, 10_000)).toBe(10_000 * 38 - 364);
    fc.assert(
      fc.property(fc.nat(20_000), fc.integer({ min: 100, max: 2000 }), (count, height) => {
        fc.pre(count > 0);
        const index = count - 1;
        const top = scrollTopFor(Math.floor(index / 2), 38, height, 36, count);
        const rowTop = Math.floor(index / 2) * 38;
        expect(top).toBeGreaterThanOrEqual(0);
        // The row lies inside the viewport, under the sticky header.
        expect(rowTop).toBeGreaterThanOrEqual(top);
        expect(rowTop + 38).toBeLessThanOrEqual(top + Math.max(38, height - 36));
      }),
    );
  });

  it('keeps a request until the register settles it, and a newer request wins', () => {
    const first = requestReveal('policy', 'p1');
    expect(pendingReveal()).toEqual(first);
    const second = requestReveal('asset', 'a1');
    settleReveal(first);
    expect(pendingReveal()).toEqual(second);
    settleReveal(second);
    expect(pendingReveal()).toBeNull();
  });
});

describe('the searchable picker', () => {
  const roles = roleItems([
    { id: 'r1', title: 'Security Operations Lead', shortName: 'SecOps' },
    { id: 'r2', title: 'chief Executive Officer', shortName: 'CEO' },
    { id: 'r3', title: 'Chief Information Security Officer', shortName: 'CISO' },
  ]);

  it('lists by title ignoring case, and matches the title or the short name', () => {
    const sorted = sortItems(roles);
    expect(sorted.map((r) => r.id)).toEqual(['r2', 'r3', 'r1']);
    expect(matchItems(sorted, ' SECURITY ').map((r) => r.id)).toEqual(['r3', 'r1']);
    expect(matchItems(sorted, 'ceo').map((r) => r.id)).toEqual(['r2']);
    expect(matchItems(sorted, '')).toBe(sorted);
    expect(matchItems(sorted, 'chief  sec').map((r) => r.id)).toEqual(['r3']);
    expect(matchItems(sorted, 'Security Operations Lead (SecOps)').map((r) => r.id)).toEqual(['r1']);
  });

  it('offers people by name and email, without those who hold the role already', () => {
    const person = (id: string, name: string, email: string, externalId = ''): PersonView => ({
      id,
      name,
      email,
      externalId,
      roles: [],
    });
    const people = [
      person('p1', 'Wei Chen', 'wei.chen@example.com'),
      person('p2', 'Wei Chen', '', 'HR-2'),
      person('p3', 'Alex Morgan', 'alex@example.com'),
    ];
    const items = personItems(people, new Set(['p3']));
    expect(items).toEqual([
      { id: 'p1', label: 'Wei Chen', detail: 'wei.chen@example.com' },
      { id: 'p2', label: 'Wei Chen', detail: 'HR-2' },
    ]);
    expect(matchItems(sortItems(items), 'example').map((p) => p.id)).toEqual(['p1']);
  });
});
