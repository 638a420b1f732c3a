import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invoke } from '../../app/contract';
import type { ModelHandle } from '../../db';
import { call, failure, newModel } from './helpers';

describe('solid reporting cycles', () => {
  it('refuses a move that would make a cycle and names the chain', () => {
    const m = newModel('seed');
    const error = failure(m, 'role.move', { id: 'role-ceo', managerRoleId: 'role-secops' });
    expect(error.code).toBe('cycle');
    expect(error.message).toBe(
      'Moving "CEO" under "SecOps" would make a reporting cycle: CEO → SecOps → CISO → CEO.',
    );
    expect(error.details).toEqual({ chain: ['role-ceo', 'role-secops', 'role-ciso', 'role-ceo'] });
  });

  it('refuses a solid line that would make a cycle', () => {
    const m = newModel('seed');
    const error = failure(m, 'line.add', {
      roleId: 'role-ceo',
      managerRoleId: 'role-head-dev',
      kind: 'solid',
    });
    expect(error.code).toBe('cycle');
    expect(error.message).toBe(
      'Making "CEO" report to "HoSD" would make a reporting cycle: CEO → HoSD → CIO → CEO.',
    );
  });

  it('allows a dotted line that goes against the solid tree', () => {
    const m = newModel('seed');
    call(m, 'line.add', { roleId: 'role-ceo', managerRoleId: 'role-secops', kind: 'dotted' });
    expect(call(m, 'role.detail', { id: 'role-ceo' }).dottedManagers.map((r) => r.id)).toEqual([
      'role-secops',
    ]);
  });
});

type Step =
  | { op: 'create'; manager: number | null }
  | { op: 'move'; role: number; manager: number | null }
  | { op: 'line'; role: number; manager: number; kind: 'solid' | 'dotted' }
  | { op: 'delete'; role: number }
  | { op: 'undo' };

const index = fc.nat({ max: 1000 });
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ op: fc.constant('create' as const), manager: fc.option(index, { nil: null }) }),
  fc.record({ op: fc.constant('move' as const), role: index, manager: fc.option(index, { nil: null }) }),
  fc.record({ op: fc.constant('move' as const), role: index, manager: fc.option(index, { nil: null }) }),
  fc.record({
    op: fc.constant('line' as const),
    role: index,
    manager: index,
    kind: fc.constantFrom('solid' as const, 'dotted' as const),
  }),
  fc.record({ op: fc.constant('delete' as const), role: index }),
  fc.record({ op: fc.constant('undo' as const) }),
);

function roleIds(m: ModelHandle): string[] {
  return call(m, 'model.export', {}).roles.map((r) => r.id);
}

function runStep(m: ModelHandle, s: Step, n: number): void {
  const ids = roleIds(m);
  const pick = (i: number) => ids[i % ids.length] as string;
  const reply =
    s.op === 'create'
      ? invoke(m.handlers, 'role.create', {
          title: `Role ${n}`,
          managerRoleId: s.manager === null || ids.length === 0 ? null : pick(s.manager),
        })
      : s.op === 'undo'
        ? invoke(m.handlers, 'history.undo', {})
        : ids.length === 0
          ? null
          : s.op === 'move'
            ? invoke(m.handlers, 'role.move', {
                id: pick(s.role),
                managerRoleId: s.manager === null ? null : pick(s.manager),
              })
            : s.op === 'line'
              ? invoke(m.handlers, 'line.add', {
                  roleId: pick(s.role),
                  managerRoleId: pick(s.manager),
                  kind: s.kind,
                })
              : invoke(m.handlers, 'role.delete', { id: pick(s.role) });
  // Refusals are expected; anything unexpected (an internal error) is a bug.
  if (reply !== null && !reply.ok)
    expect(['cycle', 'conflict', 'invalid_input', 'nothing_to_undo']).toContain(reply.error.code);
}

/** Checks the stored solid lines form a forest: one manager per role, no cycle. */
function expectForest(m: ModelHandle): void {
  const doc = call(m, 'model.export', {});
  const managers = new Map<string, string>();
  for (const line of doc.reportingLines.filter((l) => l.kind === 'solid')) {
    expect(managers.has(line.roleId)).toBe(false);
    managers.set(line.roleId, line.managerRoleId);
  }
  for (const role of doc.roles) {
    const seen = new Set<string>();
    for (let at: string | undefined = role.id; at !== undefined; at = managers.get(at)) {
      expect(seen.has(at)).toBe(false);
      seen.add(at);
    }
  }
  const summary = call(m, 'model.summary', {});
  expect(summary.roots + summary.solidLines).toBe(summary.roles);
}

describe('no sequence of commands', () => {
  it('can store a solid reporting cycle', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('seed' as const, 'empty' as const),
        fc.array(step, { minLength: 1, maxLength: 30 }),
        (template, steps) => {
          const m = newModel(template);
          try {
            steps.forEach((s, n) => {
              runStep(m, s, n);
              expectForest(m);
            });
          } finally {
            m.close();
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
