/**
 * Checks a whole HR table and decides what an import would do: which rows
 * are valid, which have errors (by row number), which merely look odd,
 * and for each valid row whether it creates or updates a person.
 *
 * A row is valid only when its whole management chain is: a row whose
 * manager's row cannot be imported cannot be placed either. Reporting
 * cycles are refused both inside the file and through roles already in
 * the model (a moved role must not end up under its own report).
 */
import { type HrField, HR_FIELDS, detectColumns } from './columns';
import { type HrRecord, type ImportIssue, cleanRow, fieldLabel } from './clean';
import type { ImportTable } from './table';

export type { HrRecord, ImportIssue } from './clean';

/** What the model already holds that an import must respect. */
export interface ExistingModel {
  /** Each HR external id in the model: its person and the role they hold (null: none). */
  byExternalId: ReadonlyMap<string, { personId: string; roleId: string | null }>;
  /** Solid lines: role id -> manager role id. */
  managers: ReadonlyMap<string, string>;
  /** Role titles, to name roles in cycle messages. */
  titles: ReadonlyMap<string, string>;
}

/** Where a valid row's role reports. */
export type ManagerRef =
  | { kind: 'none' }
  /** Another row of the file, by its employee id. */
  | { kind: 'row'; employeeId: string }
  | { kind: 'existing'; roleId: string };

export interface PlannedRow extends HrRecord {
  /** The existing person this row updates, or null to create one. */
  personId: string | null;
  /** The existing role this row updates, or null to create one. */
  roleId: string | null;
  manager: ManagerRef;
}

export interface ImportPlan {
  source: string;
  rowNoun: 'row' | 'record';
  /** The header used for each field found. */
  columns: Partial<Record<HrField, string>>;
  /** Data rows read. */
  total: number;
  /** Rows whose whole chain is valid, in file order. */
  valid: PlannedRow[];
  /** Rows that cannot be imported (each row counted once). */
  invalidRows: number;
  errors: ImportIssue[];
  warnings: ImportIssue[];
  /** Valid rows that create a new person and role. */
  creates: number;
  /** Valid rows that update a person already in the model. */
  updates: number;
}

export const EMPTY_MODEL: ExistingModel = { byExternalId: new Map(), managers: new Map(), titles: new Map() };

const NONE = -1;

/**
 * Plans the import of `table` into a model holding `existing`.
 * @throws CharterError('invalid_input') only when the columns cannot be
 * found; every row-level problem is reported in the plan instead.
 */
export function planImport(
  table: ImportTable,
  options: { source: string; mapping?: Readonly<Record<string, string>>; existing?: ExistingModel },
): ImportPlan {
  const existing = options.existing ?? EMPTY_MODEL;
  const columns = detectColumns(table.headers, options.mapping);
  const { headers, rowNoun } = table;
  const label = (field: HrField) => fieldLabel(headers, columns, field);
  const managerLabel = label('managerId');
  const at = (i: number) => `${records[i]?.employeeId} (${rowNoun} ${records[i]?.row})`;

  const records: HrRecord[] = [];
  /** Each row's errors; undefined while it has none. */
  const errors: (ImportIssue[] | undefined)[] = [];
  const warnings: ImportIssue[] = [];
  const scratch: ImportIssue[] = [];
  table.rows.forEach((cells, i) => {
    scratch.length = 0;
    records.push(cleanRow(cells, table.rowNumbers[i] ?? i + 2, headers, columns, scratch, warnings));
    errors.push(scratch.length > 0 ? [...scratch] : undefined);
  });
  const n = records.length;
  const fail = (i: number, field: string, message: string) =>
    (errors[i] ??= []).push({ row: (records[i] as HrRecord).row, field, message });

  // Employee ids: each once.
  const rowById = new Map<string, number>();
  const repeated = new Map<string, number[]>();
  records.forEach((r, i) => {
    if (r.employeeId === '') return;
    const first = rowById.get(r.employeeId);
    if (first === undefined) rowById.set(r.employeeId, i);
    else {
      const list = repeated.get(r.employeeId);
      if (list) list.push(i);
      else repeated.set(r.employeeId, [first, i]);
    }
  });
  for (const [id, list] of repeated) {
    for (const i of list) {
      const others = list.slice(0, 7).filter((j) => j !== i);
      const rows = others.slice(0, 5).map((j) => records[j]?.row);
      fail(
        i,
        label('employeeId'),
        `the employee id "${id}" is also on ${rowNoun} ${rows.join(', ')}${list.length > 6 ? ', …' : ''}`,
      );
    }
  }

  // Managers: another row, a person already in the model, or nobody.
  const managerRow = new Array<number>(n).fill(NONE);
  const managerRole = new Array<string | null>(n).fill(null);
  records.forEach((r, i) => {
    if (r.managerId === '' || r.managerId === r.employeeId) return;
    const first = rowById.get(r.managerId);
    if (first !== undefined) {
      const rows = repeated.get(r.managerId);
      if (rows === undefined) managerRow[i] = first;
      else
        fail(
          i,
          managerLabel,
          `the manager "${r.managerId}" is ambiguous: that employee id is on ${rowNoun}s ${rows
            .slice(0, 5)
            .map((j) => records[j]?.row)
            .join(', ')}${rows.length > 5 ? ', …' : ''}`,
        );
      return;
    }
    const person = existing.byExternalId.get(r.managerId);
    if (person === undefined)
      fail(i, managerLabel, `the manager "${r.managerId}" is neither in this file nor in the model`);
    else if (person.roleId === null)
      fail(i, managerLabel, `the manager "${r.managerId}" is in the model but holds no role to report to`);
    else managerRole[i] = person.roleId;
  });

  markFileCycles(managerRow, (cycle) => {
    const message = `is part of a reporting cycle: ${shorten([...cycle, cycle[0] as number], at)}`;
    for (const i of cycle) fail(i, managerLabel, message);
  });

  // Existing people and roles: each existing role updated by one row only.
  const targets = records.map((r) => existing.byExternalId.get(r.employeeId));
  const roleClaims = new Map<string, number>();
  targets.forEach((t, i) => {
    if (t?.roleId == null || errors[i] !== undefined) return;
    const first = roleClaims.get(t.roleId);
    if (first === undefined) roleClaims.set(t.roleId, i);
    else
      fail(
        i,
        label('employeeId'),
        `holds the same role in the model as ${at(first)}; give them separate roles before importing`,
      );
  });

  let valid = settle(errors, managerRow);
  for (;;) {
    const cycles = modelCycles(valid, managerRow, managerRole, targets, existing);
    if (cycles.length === 0) break;
    const name = (step: number | string) =>
      typeof step === 'number' ? at(step) : `"${existing.titles.get(step) ?? step}"`;
    for (const { rows, chain } of cycles) {
      const message = `would make a reporting cycle with roles already in the model: ${shorten(chain, name)}`;
      for (const row of rows) fail(row, managerLabel, message);
    }
    valid = settle(errors, managerRow);
  }
  records.forEach((_, i) => {
    const m = managerRow[i] as number;
    if (!valid[i] && errors[i] === undefined && m !== NONE)
      fail(i, managerLabel, `reports to ${at(m)}, which cannot be imported`);
  });

  const planned: PlannedRow[] = [];
  records.forEach((r, i) => {
    if (!valid[i]) return;
    const m = managerRow[i] as number;
    const role = managerRole[i];
    const target = targets[i];
    planned.push({
      row: r.row,
      employeeId: r.employeeId,
      managerId: r.managerId,
      name: r.name,
      title: r.title,
      email: r.email,
      department: r.department,
      personId: target?.personId ?? null,
      roleId: target?.roleId ?? null,
      manager:
        m !== NONE
          ? { kind: 'row', employeeId: (records[m] as HrRecord).employeeId }
          : role != null
            ? { kind: 'existing', roleId: role }
            : { kind: 'none' },
    });
  });
  const found: Partial<Record<HrField, string>> = {};
  for (const field of HR_FIELDS) if (columns[field] !== undefined) found[field] = label(field);
  const updates = planned.filter((p) => p.personId !== null).length;
  return {
    source: options.source,
    rowNoun,
    columns: found,
    total: n,
    valid: planned,
    invalidRows: n - planned.length,
    errors: errors.flatMap((e) => e ?? []).sort((a, b) => a.row - b.row),
    warnings,
    creates: planned.length - updates,
    updates,
  };
}

/** A chain as `a → b → c`, naming at most 11 of its steps. */
function shorten<T>(chain: readonly T[], name: (step: T) => string): string {
  if (chain.length <= 12) return chain.map(name).join(' → ');
  return [...chain.slice(0, 10).map(name), '…', name(chain[chain.length - 1] as T)].join(' → ');
}

/** Finds cycles in the rows' manager links (each row has at most one manager). */
function markFileCycles(managerRow: readonly number[], onCycle: (rows: number[]) => void): void {
  const state = new Uint8Array(managerRow.length); // 0 new, 1 on the current path, 2 done
  for (let start = 0; start < managerRow.length; start++) {
    const path: number[] = [];
    let i = start;
    while (i !== NONE && state[i] === 0) {
      state[i] = 1;
      path.push(i);
      i = managerRow[i] as number;
    }
    if (i !== NONE && state[i] === 1) onCycle(path.slice(path.indexOf(i)));
    for (const j of path) state[j] = 2;
  }
}

/** A row is valid when it has no errors and its manager's row (if any) is valid. */
function settle(errors: readonly (ImportIssue[] | undefined)[], managerRow: readonly number[]): boolean[] {
  const state = new Int8Array(managerRow.length); // 0 unknown, 1 valid, -1 invalid
  for (let start = 0; start < managerRow.length; start++) {
    const path: number[] = [];
    let i = start;
    let verdict = 1;
    while (i !== NONE) {
      if (state[i] !== 0) {
        verdict = state[i] as number;
        break;
      }
      if (errors[i] !== undefined) {
        verdict = -1;
        break;
      }
      path.push(i);
      i = managerRow[i] as number;
      if (path.length > managerRow.length) break; // cannot happen: file cycles carry errors
    }
    for (const j of path) state[j] = verdict;
    if (i !== NONE && state[i] === 0) state[i] = -1;
  }
  return Array.from(state, (s) => s === 1);
}

/**
 * Cycles that the valid rows would close through roles already in the
 * model. Keys are existing role ids, or `#<row index>` for a role the
 * import creates. Returns each cycle found with the rows on it; the
 * chain names rows of the file by index and roles of the model by id.
 */
function modelCycles(
  valid: readonly boolean[],
  managerRow: readonly number[],
  managerRole: readonly (string | null)[],
  targets: ReadonlyArray<{ roleId: string | null } | undefined>,
  existing: ExistingModel,
): { rows: number[]; chain: (number | string)[] }[] {
  if (existing.managers.size === 0) return [];
  const keyOf = (i: number) => targets[i]?.roleId ?? `#${i}`;
  const rowOfKey = new Map<string, number>();
  const merged = new Map(existing.managers);
  valid.forEach((ok, i) => {
    if (!ok) return;
    const key = keyOf(i);
    rowOfKey.set(key, i);
    const m = managerRow[i] as number;
    const manager = m !== NONE ? keyOf(m) : managerRole[i];
    if (manager == null) merged.delete(key);
    else merged.set(key, manager);
  });
  const found: { rows: number[]; chain: (number | string)[] }[] = [];
  const state = new Map<string, 1 | 2>();
  for (const startKey of rowOfKey.keys()) {
    const path: string[] = [];
    let key: string | undefined = startKey;
    while (key !== undefined && !state.has(key)) {
      state.set(key, 1);
      path.push(key);
      key = merged.get(key);
    }
    if (key !== undefined && state.get(key) === 1) {
      const cycle = path.slice(path.indexOf(key));
      const chain = [...cycle, key].map((k) => rowOfKey.get(k) ?? k);
      found.push({
        rows: chain.slice(0, -1).filter((step): step is number => typeof step === 'number'),
        chain,
      });
    }
    for (const k of path) state.set(k, 2);
  }
  return found;
}
