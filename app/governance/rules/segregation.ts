/**
 * Segregation of duties: nobody approves what they own, and nobody holds
 * two roles that are meant to check each other.
 */
import { z } from 'zod';
import { shortNameKey } from '../model-index';
import { policyName, roleLabel, roleQuoted } from '../subjects';
import { defineRule } from '../types';
import type { Draft } from '../types';

export const accountableApprover = defineRule({
  id: 'sod.accountable-approver',
  title: 'Policy approved by its own owner',
  description:
    "A policy's approver role is also its Accountable role, so the owner signs off their own work.",
  defaultSeverity: 'warning',
  params: z.strictObject({}),
  defaultParams: {},
  check(index) {
    const out: Draft[] = [];
    for (const policy of index.doc.policies) {
      const approver = policy.approverRoleId;
      if (policy.status === 'retired' || approver === null) continue;
      const owns = index.accountableOf('policy', policy.id).includes(approver);
      if (!owns) continue;
      out.push({
        subjectType: 'policy',
        subjectId: policy.id,
        subjectName: policyName(policy),
        message: `The policy "${policyName(policy)}" is approved by its own Accountable role, ${roleQuoted(index.role(approver), approver)}.`,
        hint: 'Have a different role approve it, usually the one its Accountable role reports to.',
        roleIds: [approver],
      });
    }
    return out;
  },
});

/** A role's short name as settings name it: 1 to 40 characters, compared case-insensitively. */
export const shortNameParam = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(40, 'must be at most 40 characters');

export const conflictingRoles = defineRule({
  id: 'sod.conflicting-roles',
  title: 'One person in two conflicting roles',
  description:
    'One person holds two roles that the settings mark as conflicting, matched by short name (case-insensitive). By default the CIO and the CISO conflict.',
  defaultSeverity: 'error',
  params: z.strictObject({
    pairs: z
      .array(z.tuple([shortNameParam, shortNameParam]))
      .max(100, 'must list at most 100 pairs')
      .describe('Pairs of role short names that one person must not hold together'),
  }),
  defaultParams: { pairs: [['CIO', 'CISO']] as [string, string][] },
  check(index, { pairs }) {
    const wanted = new Map<string, [string, string]>();
    for (const [a, b] of pairs) {
      // Kept in the order the settings name them; a pair named twice, either way round, counts once.
      const pair: [string, string] = [shortNameKey(a), shortNameKey(b)];
      const key = [...pair].sort().join('\u0000');
      if (!wanted.has(key)) wanted.set(key, pair);
    }
    const out: Draft[] = [];
    if (wanted.size === 0) return out;
    for (const person of index.doc.people) {
      const held = index.rolesOfPerson(person.id);
      if (held.length < 2) continue;
      const byName = new Map<string, string[]>();
      for (const h of held) {
        const key = shortNameKey(index.role(h.roleId)?.shortName ?? '');
        byName.set(key, [...(byName.get(key) ?? []), h.roleId]);
      }
      for (const [a, b] of wanted.values()) {
        const first = byName.get(a)?.[0];
        const second = byName.get(b)?.find((id) => id !== first);
        if (first === undefined || second === undefined) continue;
        const names = `${roleLabel(index.role(first), first)} and ${roleLabel(index.role(second), second)}`;
        out.push({
          subjectType: 'person',
          subjectId: person.id,
          subjectName: person.name,
          message: `${person.name} holds both ${names}, roles the governance settings mark as conflicting.`,
          hint: 'Give one of the two roles to someone else, or change the conflicting pairs in the governance settings if the combination is intended.',
          roleIds: [first, second],
        });
      }
    }
    return out;
  },
});

export const segregationRules = [accountableApprover, conflictingRoles];
