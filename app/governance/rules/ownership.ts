/**
 * Ownership: every policy, asset and responsibility area has exactly one
 * Accountable role, held by someone, and policies and assets have someone
 * Responsible. Retired policies are not judged.
 */
import { z } from 'zod';
import { joinNames, roleLabel, roleQuoted, subjectNoun } from '../subjects';
import type { RaciSubject } from '../subjects';
import { defineRule } from '../types';
import type { Draft } from '../types';

const noParams = z.strictObject({});

function draft(subject: RaciSubject, message: string, hint: string, roleIds?: string[]): Draft {
  const base = { subjectType: subject.type, subjectId: subject.id, subjectName: subject.name, message, hint };
  return roleIds === undefined ? base : { ...base, roleIds };
}

const what = (subject: RaciSubject) => `The ${subjectNoun(subject.type)} "${subject.name}"`;

export const noAccountable = defineRule({
  id: 'ownership.no-accountable',
  title: 'No Accountable role',
  description: 'A policy, asset or responsibility area has no Accountable (A) role, so nobody owns it.',
  defaultSeverity: 'error',
  params: noParams,
  defaultParams: {},
  check(index) {
    const out: Draft[] = [];
    for (const subject of index.subjects) {
      if (index.accountableOf(subject.type, subject.id).length > 0) continue;
      out.push(
        draft(
          subject,
          `${what(subject)} has no Accountable role.`,
          'Set exactly one role to A for it in the RACI matrix.',
        ),
      );
    }
    return out;
  },
});

export const multipleAccountable = defineRule({
  id: 'ownership.multiple-accountable',
  title: 'More than one Accountable role',
  description:
    'A policy, asset or responsibility area has more than one Accountable (A) role, so ownership is split and nobody answers for it alone.',
  defaultSeverity: 'error',
  params: noParams,
  defaultParams: {},
  check(index) {
    const out: Draft[] = [];
    for (const subject of index.subjects) {
      const found = index.accountableOf(subject.type, subject.id);
      if (found.length < 2) continue;
      // Sorted by name so the message does not depend on the order assignments were made in.
      const named = found.map((id) => ({ id, name: roleLabel(index.role(id), id) }));
      named.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      const owners = named.map((o) => o.id);
      const names = named.map((o) => o.name);
      out.push(
        draft(
          subject,
          `${what(subject)} has ${owners.length} Accountable roles: ${joinNames(names)}.`,
          'Keep one role as A and make the others R or C for it in the RACI matrix.',
          owners,
        ),
      );
    }
    return out;
  },
});

export const noResponsible = defineRule({
  id: 'ownership.no-responsible',
  title: 'No Responsible role',
  description: 'A policy or asset has no Responsible (R) role, so nobody does the work.',
  defaultSeverity: 'warning',
  params: noParams,
  defaultParams: {},
  check(index) {
    const out: Draft[] = [];
    for (const subject of index.subjects) {
      if (subject.type === 'responsibility') continue;
      if (index.assignmentsOf(subject.type, subject.id).some((a) => a.letter === 'R')) continue;
      const owners = [...index.accountableOf(subject.type, subject.id)];
      out.push(
        draft(
          subject,
          `${what(subject)} has no Responsible role.`,
          'Set at least one role to R for it in the RACI matrix.',
          owners.length > 0 ? owners : undefined,
        ),
      );
    }
    return out;
  },
});

export const vacantAccountable = defineRule({
  id: 'ownership.vacant-accountable',
  title: 'Accountable role is vacant',
  description:
    'The Accountable role of a policy, asset or responsibility area has no holder, so its ownership is orphaned. Acting holders count.',
  defaultSeverity: 'warning',
  params: noParams,
  defaultParams: {},
  check(index) {
    const out: Draft[] = [];
    for (const subject of index.subjects) {
      for (const roleId of index.accountableOf(subject.type, subject.id)) {
        if (index.holdersOfRole(roleId).length > 0) continue;
        out.push(
          draft(
            subject,
            `${what(subject)} is owned by the role ${roleQuoted(index.role(roleId), roleId)}, which nobody holds.`,
            'Assign a person to the role (an acting holder will do), or make a role that is held Accountable instead.',
            [roleId],
          ),
        );
      }
    }
    return out;
  },
});

export const ownershipRules = [noAccountable, multipleAccountable, noResponsible, vacantAccountable];
