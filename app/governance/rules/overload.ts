/**
 * Overload: a role Accountable for too much cannot answer for all of it.
 */
import { z } from 'zod';
import { roleQuoted } from '../subjects';
import { defineRule } from '../types';
import type { Draft } from '../types';

export const accountableOverload = defineRule({
  id: 'overload.accountable',
  title: 'Role Accountable for too much',
  description:
    'A role is Accountable for more than N policies in force, assets and responsibility areas together.',
  defaultSeverity: 'warning',
  params: z.strictObject({
    max: z
      .number()
      .int('must be a whole number')
      .min(1, 'must be at least 1')
      .max(100_000, 'must be at most 100000')
      .describe('The most items one role may be Accountable for'),
  }),
  defaultParams: { max: 15 },
  check(index, { max }) {
    const counts = new Map<string, number>();
    for (const subject of index.subjects)
      for (const roleId of index.accountableOf(subject.type, subject.id))
        counts.set(roleId, (counts.get(roleId) ?? 0) + 1);
    const out: Draft[] = [];
    for (const [roleId, count] of counts) {
      if (count <= max) continue;
      const role = index.role(roleId);
      out.push({
        subjectType: 'role',
        subjectId: roleId,
        subjectName: role?.title ?? roleId,
        message: `The role ${roleQuoted(role, roleId)} is Accountable for ${count} items; the limit is ${max}.`,
        hint: 'Make other roles Accountable for some of them, or raise the limit in the governance settings.',
        roleIds: [roleId],
      });
    }
    return out;
  },
});

export const overloadRules = [accountableOverload];
