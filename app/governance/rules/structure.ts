/**
 * Structure: one chart with one top, and no line drawn twice.
 */
import { z } from 'zod';
import type { ModelIndex } from '../model-index';
import { lineSubjectId, roleLabel, roleQuoted } from '../subjects';
import { defineRule } from '../types';
import type { Draft } from '../types';

/** Each top-level role with the number of roles in its tree, itself included. */
function treeSizes(index: ModelIndex): Map<string, number> {
  const rootOf = new Map<string, string>();
  const sizes = new Map<string, number>();
  const path: string[] = [];
  const limit = index.doc.roles.length; // a longer walk means a cycle: not a valid model
  for (const role of index.doc.roles) {
    path.length = 0;
    let root: string | undefined;
    for (let current: string | undefined = role.id; current !== undefined && path.length <= limit;) {
      root = rootOf.get(current);
      if (root !== undefined) break;
      path.push(current);
      const manager = index.solidManager(current);
      if (manager === undefined || index.role(manager) === undefined) root = current;
      current = root === undefined ? manager : undefined;
    }
    if (root === undefined) continue;
    for (const id of path) rootOf.set(id, root);
    sizes.set(root, (sizes.get(root) ?? 0) + 1);
  }
  return sizes;
}

export const multipleRoots = defineRule({
  id: 'structure.multiple-roots',
  title: 'More than one top-level role',
  description:
    'More roles have no solid-line manager than the settings allow (one by default). The largest trees are kept; each extra top-level role is reported.',
  defaultSeverity: 'warning',
  params: z.strictObject({
    maxRoots: z
      .number()
      .int('must be a whole number')
      .min(1, 'must be at least 1')
      .max(100_000, 'must be at most 100000')
      .describe('How many roles may have no solid-line manager'),
  }),
  defaultParams: { maxRoots: 1 },
  check(index, { maxRoots }) {
    const sizes = treeSizes(index);
    if (sizes.size <= maxRoots) return [];
    // Largest tree first; ties keep the order the trees were found in (sort is stable).
    const roots = [...sizes].sort((a, b) => b[1] - a[1]);
    const main = roots[0]?.[0] as string;
    const expected = maxRoots === 1 ? 'one' : `at most ${maxRoots}`;
    return roots.slice(maxRoots).map(([id, size]): Draft => {
      const role = index.role(id);
      const tree = size === 1 ? 'on its own' : `with ${size - 1} role${size === 2 ? '' : 's'} under it`;
      return {
        subjectType: 'role',
        subjectId: id,
        subjectName: role?.title ?? id,
        message: `The role ${roleQuoted(role, id)} has no solid-line manager (${tree}): the chart has ${sizes.size} top-level roles where the settings expect ${expected}.`,
        hint: `Give it a solid line to its manager, for example a role under ${roleQuoted(index.role(main), main)}, or allow more top-level roles in the governance settings.`,
        roleIds: [id],
      };
    });
  },
});

export const dottedDuplicatesSolid = defineRule({
  id: 'structure.dotted-duplicates-solid',
  title: 'Dotted line repeats a solid line',
  description: 'A dotted line joins the same two roles, in the same direction, as a solid line.',
  defaultSeverity: 'info',
  params: z.strictObject({}),
  defaultParams: {},
  check(index) {
    const out: Draft[] = [];
    for (const line of index.doc.reportingLines) {
      if (line.kind !== 'dotted' || index.solidManager(line.roleId) !== line.managerRoleId) continue;
      const role = index.role(line.roleId);
      const manager = index.role(line.managerRoleId);
      out.push({
        subjectType: 'line',
        subjectId: lineSubjectId(line),
        subjectName: `${roleLabel(role, line.roleId)} → ${roleLabel(manager, line.managerRoleId)}`,
        message: `The dotted line from ${roleQuoted(role, line.roleId)} to ${roleQuoted(manager, line.managerRoleId)} repeats the solid line between the same two roles.`,
        hint: 'Remove the dotted line: the solid line already says who the role reports to.',
        roleIds: [line.roleId, line.managerRoleId],
      });
    }
    return out;
  },
});

export const structureRules = [multipleRoots, dottedDuplicatesSolid];
