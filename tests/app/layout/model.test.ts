import { describe, expect, it } from 'vitest';
import { seedDocument } from '../../../app/templates';
import { layoutModel } from '../../../app/layout';
import { generateDocument } from '../../bench/generate';
import { overlapping } from './forests';

describe('layoutModel', () => {
  it('lays out the seed organization with its solid edges and the dotted line from development to the CISO', () => {
    const doc = seedDocument('2026-01-15');
    const layout = layoutModel(doc);
    expect(layout.nodes.map((p) => p.id)).toEqual(doc.roles.map((r) => r.id));
    expect(layout.edges.map((e) => `${e.from}>${e.to}`)).toEqual(
      doc.reportingLines.filter((l) => l.kind === 'solid').map((l) => `${l.managerRoleId}>${l.roleId}`),
    );
    expect(layout.dotted).toHaveLength(1);
    expect(layout.dotted[0]).toMatchObject({ roleId: 'role-head-dev', managerRoleId: 'role-ciso' });
    expect(layout.dotted[0]?.points.length).toBeGreaterThan(2);
  });

  it('sizes boxes with the size function and hides collapsed subtrees and their dotted lines', () => {
    const doc = seedDocument('2026-01-15');
    const layout = layoutModel(doc, {
      size: (role) => ({ width: 100 + role.title.length * 4, height: 60 }),
      collapsed: new Set(['role-cio']),
    });
    const ceo = layout.nodes.find((p) => p.id === 'role-ceo');
    expect(ceo?.width).toBe(100 + 'Chief Executive Officer'.length * 4);
    expect(layout.nodes.some((p) => p.id === 'role-head-dev')).toBe(false);
    expect(layout.dotted).toEqual([]);
  });

  it('keeps a generated 2,000-role chart free of overlaps, and compact mode makes it much narrower', () => {
    const doc = generateDocument({ roles: 2000, seed: 11, assignments: 0 });
    const size = (role: { title: string }) => ({ width: 160 + (role.title.length % 60), height: 72 });
    const compact = layoutModel(doc, { size });
    const wide = layoutModel(doc, { size, compact: false });
    expect(overlapping(compact.nodes)).toEqual([]);
    expect(compact.nodes.filter((p) => p.stacked).length).toBeGreaterThan(1000);
    expect(compact.width * 2).toBeLessThan(wide.width);
    expect(compact.dotted.length).toBe(doc.reportingLines.filter((l) => l.kind === 'dotted').length);
  });

  it('returns plain data that a web worker can post back', () => {
    const layout = layoutModel(generateDocument({ roles: 300, seed: 2, assignments: 0 }));
    expect(structuredClone(layout)).toEqual(layout);
  });
});
