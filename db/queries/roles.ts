/**
 * One role's detail: who holds it, where it sits, and everything it is
 * Responsible, Accountable, Consulted or Informed for.
 */
import type { AssignmentView, HolderView, RoleDetail, RoleRef } from '../../app/views';
import type { Context } from '../context';
import { mustFind } from '../lookup';
import type { RoleRow } from '../rows';
import { toRole } from '../rows';
import { all } from '../statements';

const toRef = (r: Pick<RoleRow, 'id' | 'title' | 'short_name'>): RoleRef => ({
  id: r.id,
  title: r.title,
  shortName: r.short_name,
});

function managers(ctx: Context, roleId: string, kind: string): RoleRef[] {
  return all<RoleRow>(
    ctx.db,
    `SELECT r.* FROM reporting_lines l JOIN roles r ON r.id = l.manager_role_id
     WHERE l.role_id = ? AND l.kind = ? ORDER BY l.seq`,
    roleId,
    kind,
  ).map(toRef);
}

function reports(ctx: Context, roleId: string, kind: string): RoleRef[] {
  return all<RoleRow>(
    ctx.db,
    `SELECT r.* FROM reporting_lines l JOIN roles r ON r.id = l.role_id
     WHERE l.manager_role_id = ? AND l.kind = ? ORDER BY r.seq`,
    roleId,
    kind,
  ).map(toRef);
}

/** A role's RACI letters with subject names: the hot query of the role panel. */
export const ROLE_ASSIGNMENTS_SQL = `
SELECT a.subject_type AS subjectType, a.subject_id AS subjectId, a.letter,
       coalesce(p.title, s.name, ar.name, a.subject_id) AS subjectName
FROM assignments a
LEFT JOIN policies p ON a.subject_type = 'policy' AND p.id = a.subject_id
LEFT JOIN assets s ON a.subject_type = 'asset' AND s.id = a.subject_id
LEFT JOIN responsibility_areas ar ON a.subject_type = 'responsibility' AND ar.id = a.subject_id
WHERE a.role_id = ?
ORDER BY CASE a.letter WHEN 'R' THEN 0 WHEN 'A' THEN 1 WHEN 'C' THEN 2 ELSE 3 END, subjectName COLLATE NOCASE, a.seq`;

export function roleDetail(ctx: Context, id: string): RoleDetail {
  const row = mustFind(ctx.db, 'roles', id);
  const holders = all<{ person_id: string; name: string; acting: number }>(
    ctx.db,
    `SELECT h.person_id, p.name, h.acting FROM role_holders h JOIN people p ON p.id = h.person_id
     WHERE h.role_id = ? ORDER BY h.seq`,
    id,
  ).map((h): HolderView => ({ personId: h.person_id, name: h.name, acting: h.acting === 1 }));
  return {
    role: toRole(row),
    holders,
    manager: managers(ctx, id, 'solid')[0] ?? null,
    reports: reports(ctx, id, 'solid'),
    dottedManagers: managers(ctx, id, 'dotted'),
    dottedReports: reports(ctx, id, 'dotted'),
    assignments: all<AssignmentView>(ctx.db, ROLE_ASSIGNMENTS_SQL, id),
    approves: all<{ id: string; code: string; title: string }>(
      ctx.db,
      'SELECT id, code, title FROM policies WHERE approver_role_id = ? ORDER BY seq',
      id,
    ),
  };
}
