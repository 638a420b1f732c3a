import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../app/document';
import { generateDocument } from './generate';

describe('the benchmark document generator', () => {
  it('produces a document that parseDocument accepts', () => {
    const doc = generateDocument({ roles: 500, seed: 7 });
    expect(() => parseDocument(doc)).not.toThrow();
    expect(doc.roles).toHaveLength(500);
    expect(doc.assignments).toHaveLength(5000);
  });

  it('gives the same document for the same seed and a different one for another seed', () => {
    expect(generateDocument({ roles: 300, seed: 3 })).toEqual(generateDocument({ roles: 300, seed: 3 }));
    expect(generateDocument({ roles: 300, seed: 3 })).not.toEqual(generateDocument({ roles: 300, seed: 4 }));
  });

  it('builds one solid tree with branching 3 to 8, some vacancies, acting holders and dotted lines', () => {
    const doc = generateDocument({ roles: 2000, seed: 1, assignments: 100 });
    const solid = doc.reportingLines.filter((l) => l.kind === 'solid');
    expect(solid).toHaveLength(1999);
    const reports = new Map<string, number>();
    for (const l of solid) reports.set(l.managerRoleId, (reports.get(l.managerRoleId) ?? 0) + 1);
    const counts = [...reports.values()];
    expect(Math.max(...counts)).toBeLessThanOrEqual(8);
    expect(counts.filter((c) => c < 3).length).toBeLessThanOrEqual(1); // only the last manager may be short
    const held = new Set(doc.holders.map((h) => h.roleId));
    expect(held.size).toBeGreaterThan(1700);
    expect(held.size).toBeLessThan(2000);
    expect(doc.holders.some((h) => h.acting)).toBe(true);
    expect(doc.reportingLines.some((l) => l.kind === 'dotted')).toBe(true);
    expect(doc.policies).toHaveLength(400);
    expect(doc.assets).toHaveLength(400);
    expect(doc.assignments).toHaveLength(100);
    expect(Math.max(...doc.roles.map((r) => r.title.length))).toBeGreaterThan(80);
  });

  it('honours a large assignment count without repeating a (subject, role) pair', () => {
    const doc = generateDocument({ roles: 1000, seed: 2, assignments: 10_000 });
    const keys = new Set(doc.assignments.map((a) => `${a.subjectType}:${a.subjectId}:${a.roleId}`));
    expect(keys.size).toBe(10_000);
  });
});
