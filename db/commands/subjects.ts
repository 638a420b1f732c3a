/**
 * Removing what hangs off a RACI subject (policy, asset or responsibility
 * area) before the subject itself goes.
 */
import type { Database } from 'better-sqlite3';
import type { SubjectType } from '../../app/model';
import type { AssignmentRow } from '../rows';
import { all } from '../statements';
import type { Tracker } from '../tracker';

/** Deletes the subject's RACI letters; returns how many there were. */
export function deleteAssignmentsOf(
  db: Database,
  t: Tracker,
  subjectType: SubjectType,
  subjectId: string,
): number {
  const rows = all<AssignmentRow>(
    db,
    'SELECT * FROM assignments WHERE subject_type = ? AND subject_id = ? ORDER BY seq',
    subjectType,
    subjectId,
  );
  for (const row of rows) t.delete('assignments', row.seq);
  return rows.length;
}
