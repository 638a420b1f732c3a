/**
 * The RACI matrix as plain functions: which roles are its columns, which
 * subjects its rows, and which subjects break the one-A, at-least-one-R rule.
 */
import type { Assignment, RaciLetter, SubjectType } from '../../app/model';
import { descendants } from '../../app/reporting';
import type { ChartRole } from '../../app/views';
import type { ReportingLine } from '../../app/model';
import type { RegisterData } from '../registers/data';

export type ColumnMode =
  { kind: 'executive' } | { kind: 'subtree'; roleId: string } | { kind: 'custom'; roleIds: string[] };

function solidReports(lines: readonly ReportingLine[]): Map<string, string[]> {
  const reports = new Map<string, string[]>();
  for (const l of lines) {
    if (l.kind !== 'solid') continue;
    const list = reports.get(l.managerRoleId) ?? [];
    list.push(l.roleId);
    reports.set(l.managerRoleId, list);
  }
  return reports;
}

/**
 * The roles shown as columns, in chart order. Executive team: the top
 * roles and their direct reports. Subtree: a role and everyone under it.
 */
export function matrixRoles(
  roles: readonly ChartRole[],
  lines: readonly ReportingLine[],
  mode: ColumnMode,
): ChartRole[] {
  let wanted: Set<string>;
  if (mode.kind === 'custom') wanted = new Set(mode.roleIds);
  else {
    const reports = solidReports(lines);
    if (mode.kind === 'subtree') wanted = new Set([mode.roleId, ...descendants(reports, mode.roleId)]);
    else {
      const managed = new Set(lines.filter((l) => l.kind === 'solid').map((l) => l.roleId));
      const roots = roles.filter((r) => !managed.has(r.id)).map((r) => r.id);
      wanted = new Set(roots.flatMap((id) => [id, ...(reports.get(id) ?? [])]));
    }
  }
  return roles.filter((r) => wanted.has(r.id));
}

export interface Subject {
  type: SubjectType;
  id: string;
  name: string;
  /** Policy code or asset type, shown small beside the name. */
  detail: string;
}

/** Policies, then assets, then responsibility areas, each in register order. */
export function matrixSubjects(data: RegisterData): Subject[] {
  return [
    ...data.policies.map((p): Subject => ({ type: 'policy', id: p.id, name: p.title, detail: p.code })),
    ...data.assets.map((a): Subject => ({ type: 'asset', id: a.id, name: a.name, detail: a.type })),
    ...data.areas.map((a): Subject => ({ type: 'responsibility', id: a.id, name: a.name, detail: '' })),
  ];
}

export type Flag = 'no-a' | 'many-a' | 'no-r';

export const FLAG_LABELS: Record<Flag, string> = {
  'no-a': 'No A',
  'many-a': 'Several A',
  'no-r': 'No R',
};

/**
 * Letters by subject and role, and each subject's flags. Flags count every
 * role, not only the columns shown: an A hidden off-screen still counts.
 */
export function indexAssignments(assignments: readonly Assignment[]) {
  const letters = new Map<string, RaciLetter>();
  const counts = new Map<string, { a: number; r: number }>();
  for (const a of assignments) {
    const subject = `${a.subjectType}:${a.subjectId}`;
    letters.set(`${subject}|${a.roleId}`, a.letter);
    const c = counts.get(subject) ?? { a: 0, r: 0 };
    if (a.letter === 'A') c.a++;
    if (a.letter === 'R') c.r++;
    counts.set(subject, c);
  }
  return {
    letter: (s: Pick<Subject, 'type' | 'id'>, roleId: string) =>
      letters.get(`${s.type}:${s.id}|${roleId}`) ?? null,
    flags: (s: Pick<Subject, 'type' | 'id'>): Flag[] => {
      const c = counts.get(`${s.type}:${s.id}`) ?? { a: 0, r: 0 };
      const out: Flag[] = [];
      if (c.a === 0) out.push('no-a');
      if (c.a > 1) out.push('many-a');
      if (c.r === 0) out.push('no-r');
      return out;
    },
  };
}

const CYCLE: (RaciLetter | null)[] = [null, 'R', 'A', 'C', 'I'];

/** What a click sets next: none → R → A → C → I → none. */
export function nextLetter(current: RaciLetter | null): RaciLetter | null {
  return CYCLE[(CYCLE.indexOf(current) + 1) % CYCLE.length] ?? null;
}

/** What a key does to a cell: set a letter, clear it, or nothing (undefined). */
export function letterForKey(key: string): RaciLetter | null | undefined {
  const upper = key.toUpperCase();
  if (upper === 'R' || upper === 'A' || upper === 'C' || upper === 'I') return upper;
  if (key === 'Delete' || key === 'Backspace') return null;
  return undefined;
}

/** The cell the arrow key moves to, kept inside the grid. */
export function moveCell(
  cell: { row: number; col: number },
  key: string,
  rows: number,
  cols: number,
  page = 10,
): { row: number; col: number } | null {
  const clamp = (n: number, max: number) => Math.max(0, Math.min(max - 1, n));
  switch (key) {
    case 'ArrowUp':
      return { row: clamp(cell.row - 1, rows), col: cell.col };
    case 'ArrowDown':
      return { row: clamp(cell.row + 1, rows), col: cell.col };
    case 'ArrowLeft':
      return { row: cell.row, col: clamp(cell.col - 1, cols) };
    case 'ArrowRight':
      return { row: cell.row, col: clamp(cell.col + 1, cols) };
    case 'PageUp':
      return { row: clamp(cell.row - page, rows), col: cell.col };
    case 'PageDown':
      return { row: clamp(cell.row + page, rows), col: cell.col };
    case 'Home':
      return { row: cell.row, col: 0 };
    case 'End':
      return { row: cell.row, col: cols - 1 };
    default:
      return null;
  }
}
