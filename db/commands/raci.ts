/**
 * RACI letters: set or clear the letter a role has for a subject.
 */
import type { ParsedInputOf } from '../../app/contract';
import type { MutationResult } from '../../app/views';
import type { Context } from '../context';
import { SUBJECT_TABLES, mustFind, roleLabel } from '../lookup';
import type { AssignmentRow } from '../rows';
import { toAssignment } from '../rows';
import { get } from '../statements';
import { runCommand } from './run';

const LETTER_NAMES = { R: 'Responsible', A: 'Accountable', C: 'Consulted', I: 'Informed' } as const;

export function setRaci(ctx: Context, input: ParsedInputOf<'raci.set'>): MutationResult {
  return runCommand(ctx, 'raci.set', (t) => {
    const subject = mustFind(ctx.db, SUBJECT_TABLES[input.subjectType], input.subjectId);
    const subjectName = 'title' in subject ? subject.title : subject.name;
    const role = mustFind(ctx.db, 'roles', input.roleId);
    const current = get<AssignmentRow>(
      ctx.db,
      'SELECT * FROM assignments WHERE subject_type = ? AND subject_id = ? AND role_id = ?',
      input.subjectType,
      subject.id,
      role.id,
    );
    const outcome = {
      entityType: 'assignment',
      entityId: subject.id,
      before: current === undefined ? null : toAssignment(current),
    };
    if (input.letter === null) {
      if (current !== undefined) t.delete('assignments', current.seq);
      return {
        ...outcome,
        after: null,
        summary: `Cleared the RACI letter of "${roleLabel(role)}" for "${subjectName}"`,
      };
    }
    const fields = {
      subject_type: input.subjectType,
      subject_id: subject.id,
      role_id: role.id,
      letter: input.letter,
    };
    const row =
      current === undefined
        ? t.insert('assignments', fields)
        : t.update('assignments', current.seq, { letter: input.letter });
    return {
      ...outcome,
      after: toAssignment(row),
      summary: `Made "${roleLabel(role)}" ${LETTER_NAMES[input.letter]} for "${subjectName}"`,
    };
  });
}
