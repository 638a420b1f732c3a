import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedDocument } from '../../app/templates';
import { chainToRoot, chartTree, stepForKey, stepFrom, subtreeSize } from '../../renderer/chart/graph';
import { fakeChart } from './fake-bridge';

const seed = () => fakeChart(seedDocument('2026-01-01'));

describe('walking the chart with the keyboard', () => {
  it('goes to the manager, the first report, and the peers on either side', () => {
    const tree = chartTree(seed());
    expect(stepFrom(tree, 'role-ciso', 'manager')).toBe('role-ceo');
    expect(stepFrom(tree, 'role-ceo', 'report')).toBe('role-cio');
    expect(stepFrom(tree, 'role-cio', 'next')).toBe('role-ciso');
    expect(stepFrom(tree, 'role-ciso', 'previous')).toBe('role-cio');
    expect(stepFrom(tree, 'role-ciso', 'next')).toBeNull();
    expect(stepFrom(tree, 'role-ceo', 'manager')).toBeNull();
  });

  it('does not step into a collapsed role', () => {
    const tree = chartTree(seed());
    expect(stepFrom(tree, 'role-cio', 'report', new Set(['role-cio']))).toBeNull();
  });

  it('turns the arrows with the direction of the chart', () => {
    expect(stepForKey('ArrowUp', 'down')).toBe('manager');
    expect(stepForKey('ArrowLeft', 'right')).toBe('manager');
    expect(stepForKey('ArrowRight', 'right')).toBe('report');
    expect(stepForKey('ArrowDown', 'right')).toBe('next');
    expect(stepForKey('Enter', 'down')).toBeNull();
  });
});

describe('the chain to the root', () => {
  it('runs from the role up to the top', () => {
    expect(chainToRoot(chartTree(seed()), 'role-secops')).toEqual(['role-secops', 'role-ciso', 'role-ceo']);
  });

  it('ends on any forest, and every step in it is a manager of the one before', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(30), { maxLength: 30 }), (parents) => {
        const roles = parents.map((_, i) => ({ id: `r${i}` }));
        const lines = parents.flatMap((p, i) =>
          p < parents.length && p !== i
            ? [{ roleId: `r${i}`, managerRoleId: `r${p}`, kind: 'solid' as const }]
            : [],
        );
        const tree = chartTree({ roles: roles as never, lines });
        for (const r of roles) {
          const chain = chainToRoot(tree, r.id);
          expect(new Set(chain).size).toBe(chain.length);
          for (let i = 1; i < chain.length; i++)
            expect(tree.managerOf.get(chain[i - 1] as string)).toBe(chain[i]);
        }
      }),
    );
  });

  it('counts the whole organization under a role', () => {
    const tree = chartTree(seed());
    expect(subtreeSize(tree, 'role-ceo')).toBe(7);
    expect(subtreeSize(tree, 'role-ciso')).toBe(3);
  });
});
