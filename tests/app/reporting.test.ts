import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { descendants, findSolidCycle } from '../../app/reporting';

describe('solid reporting cycles', () => {
  const managers = new Map([
    ['cio', 'ceo'],
    ['ciso', 'ceo'],
    ['dev', 'cio'],
  ]);

  it('finds the chain when a manager would report to its own report', () => {
    expect(findSolidCycle(managers, 'ceo', 'dev')).toEqual(['ceo', 'dev', 'cio', 'ceo']);
  });

  it('refuses a role reporting to itself', () => {
    expect(findSolidCycle(managers, 'cio', 'cio')).toEqual(['cio', 'cio']);
  });

  it('allows moving a role under a peer', () => {
    expect(findSolidCycle(managers, 'ciso', 'cio')).toBeNull();
  });

  it('never reports a cycle for a line that keeps the forest a forest', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(30), { minLength: 1, maxLength: 40 }), fc.nat(40), fc.nat(40), (parents, a, b) => {
        // A random forest: node i's manager is a node with a smaller index.
        const forest = new Map<string, string>();
        parents.forEach((p, i) => {
          if (i > 0 && p % 3 !== 0) forest.set(`n${i}`, `n${p % i}`);
        });
        const role = `n${a % parents.length}`;
        const manager = `n${b % parents.length}`;
        const under = new Set(descendants(reportsOf(forest), role));
        const cycle = findSolidCycle(forest, role, manager);
        expect(cycle !== null).toBe(role === manager || under.has(manager));
      }),
    );
  });
});

function reportsOf(managers: Map<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [role, manager] of managers) out.set(manager, [...(out.get(manager) ?? []), role]);
  return out;
}
