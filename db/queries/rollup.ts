/**
 * The roll-up of a role: everything its whole organization (the role and
 * every role under it by solid lines) is Accountable for.
 */
import type { RollupItem } from '../../app/views';
import type { Context } from '../context';
import { mustFind } from '../lookup';
import { all } from '../statements';

/** The subtree by a recursive walk down solid lines; the depth cap guards a corrupt file. */
export const ROLLUP_SQL = `
WITH RECURSIVE org(id, depth) AS (
  SELECT ?, 0
  UNION
  SELECT l.role_id, org.depth + 1 FROM reporting_lines l JOIN org ON l.manager_role_id = org.id
  WHERE l.kind = 'solid' AND org.depth < 100000
)
SELECT a.subject_type AS subjectType, a.subject_id AS subjectId,
       coalesce(p.title, s.name, ar.name, a.subject_id) AS subjectName,
       r.id AS roleId, r.title AS roleTitle, r.short_name AS roleShortName, min(org.depth) AS depth
FROM org
JOIN assignments a ON a.role_id = org.id AND a.letter = 'A'
JOIN roles r ON r.id = org.id
LEFT JOIN policies p ON a.subject_type = 'policy' AND p.id = a.subject_id
LEFT JOIN assets s ON a.subject_type = 'asset' AND s.id = a.subject_id
LEFT JOIN responsibility_areas ar ON a.subject_type = 'responsibility' AND ar.id = a.subject_id
GROUP BY a.subject_type, a.subject_id, r.id
ORDER BY CASE a.subject_type WHEN 'policy' THEN 0 WHEN 'asset' THEN 1 ELSE 2 END,
         subjectName COLLATE NOCASE, depth, r.title COLLATE NOCASE`;

interface RollupRow {
  subjectType: RollupItem['subjectType'];
  subjectId: string;
  subjectName: string;
  roleId: string;
  roleTitle: string;
  roleShortName: string;
  depth: number;
}

export function roleRollup(ctx: Context, id: string): RollupItem[] {
  mustFind(ctx.db, 'roles', id);
  return all<RollupRow>(ctx.db, ROLLUP_SQL, id).map((r) => ({
    subjectType: r.subjectType,
    subjectId: r.subjectId,
    subjectName: r.subjectName,
    role: { id: r.roleId, title: r.roleTitle, shortName: r.roleShortName },
    depth: r.depth,
  }));
}
