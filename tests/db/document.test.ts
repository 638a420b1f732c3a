import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invoke } from '../../app/contract';
import type { CharterDocument } from '../../app/document';
import { emptyDocument, parseDocument } from '../../app/document';
import { SEVERITIES } from '../../app/governance/types';
import type { Assignment, ReportingLine } from '../../app/model';
import {
  BUILTIN_ASSET_TYPES,
  CLASSIFICATIONS,
  CRITICALITIES,
  POLICY_STATUSES,
  RACI_LETTERS,
  SUBJECT_TYPES,
} from '../../app/model';
import { seedDocument } from '../../app/templates';
import type { ModelHandle } from '../../db';
import { call, failure, importable, newModel } from './helpers';

/** Export, import into an empty model, export again. */
function roundTrip(doc: CharterDocument): { first: CharterDocument; second: CharterDocument } {
  const a = newModel('empty');
  call(a, 'model.import', { document: importable(doc), replace: true });
  const first = call(a, 'model.export', {});
  const b = newModel('empty');
  call(b, 'model.import', { document: importable(first), replace: true });
  return { first, second: call(b, 'model.export', {}) };
}

const text = (max: number) => fc.string({ maxLength: max });
const required = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '');
/** Past days only (2000-01-01 to 2024-08-22): import refuses a last review in the future. */
const date = fc
  .integer({ min: 0, max: 9_000 })
  .map((d) => new Date(Date.UTC(2000, 0, 1 + d)).toISOString().slice(0, 10));
const pairs = fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 20 });

/** Any document that satisfies the model's invariants (solid managers always come earlier, so no cycle). */
const documentArb: fc.Arbitrary<CharterDocument> = fc
  .record({
    name: text(40),
    roles: fc.array(
      fc.record({
        title: required,
        shortName: text(10),
        function: text(20),
        description: text(60),
        manager: fc.option(fc.nat(), { nil: null }),
      }),
      { minLength: 1, maxLength: 15 },
    ),
    people: fc.array(fc.record({ name: required, email: text(20), externalId: text(10) }), { maxLength: 8 }),
    holders: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 10 }),
    dotted: pairs,
    areas: fc.array(fc.record({ name: required, description: text(40) }), { maxLength: 5 }),
    assets: fc.array(
      fc.record({
        name: required,
        type: fc.constantFrom(...BUILTIN_ASSET_TYPES, 'physical access'),
        criticality: fc.constantFrom(...CRITICALITIES),
        classification: fc.constantFrom(...CLASSIFICATIONS),
        description: text(40),
      }),
      { maxLength: 6 },
    ),
    policies: fc.array(
      fc.record({
        code: text(8),
        title: required,
        category: text(20),
        status: fc.constantFrom(...POLICY_STATUSES),
        version: text(5),
        approver: fc.option(fc.nat(), { nil: null }),
        reviewIntervalMonths: fc.option(fc.integer({ min: 1, max: 120 }), { nil: null }),
        lastReviewedOn: fc.option(date, { nil: null }),
        documentUrl: fc.constantFrom('', 'https://intranet.example.com/policies/isp.pdf'),
        assets: fc.array(fc.nat(), { maxLength: 4 }),
      }),
      { maxLength: 5 },
    ),
    assignments: fc.array(
      fc.tuple(fc.constantFrom(...SUBJECT_TYPES), fc.nat(), fc.nat(), fc.constantFrom(...RACI_LETTERS)),
      {
        maxLength: 25,
      },
    ),
  })
  .map((g) => {
    const roles = g.roles.map((r, i) => ({
      id: `role-${i}`,
      title: r.title,
      shortName: r.shortName,
      function: r.function,
      description: r.description,
    }));
    const people = g.people.map((p, i) => ({ id: `person-${i}`, ...p }));
    const areas = g.areas.map((a, i) => ({ id: `area-${i}`, ...a }));
    const assets = g.assets.map((a, i) => ({ id: `asset-${i}`, ...a }));
    const lines: ReportingLine[] = [];
    g.roles.forEach((r, i) => {
      if (i > 0 && r.manager !== null)
        lines.push({ roleId: `role-${i}`, managerRoleId: `role-${r.manager % i}`, kind: 'solid' });
    });
    const dottedKeys = new Set<string>();
    for (const [a, b] of g.dotted) {
      const from = a % roles.length;
      const to = b % roles.length;
      if (from === to || dottedKeys.has(`${from}/${to}`)) continue;
      dottedKeys.add(`${from}/${to}`);
      lines.push({ roleId: `role-${from}`, managerRoleId: `role-${to}`, kind: 'dotted' });
    }
    const holderKeys = new Set<string>();
    const holders =
      people.length === 0
        ? []
        : g.holders.flatMap(([r, p, acting]) => {
            const key = `${r % roles.length}/${p % people.length}`;
            if (holderKeys.has(key)) return [];
            holderKeys.add(key);
            return [{ roleId: `role-${r % roles.length}`, personId: `person-${p % people.length}`, acting }];
          });
    const policies = g.policies.map(({ approver, assets: links, ...p }, i) => ({
      id: `policy-${i}`,
      ...p,
      approverRoleId: approver === null ? null : `role-${approver % roles.length}`,
      assetIds: assets.length === 0 ? [] : [...new Set(links.map((l) => `asset-${l % assets.length}`))],
    }));
    const subjects = { policy: policies, asset: assets, responsibility: areas };
    const assignmentKeys = new Set<string>();
    const assignments: Assignment[] = g.assignments.flatMap(([subjectType, s, r, letter]) => {
      const list = subjects[subjectType];
      if (list.length === 0) return [];
      const subjectId = (list[s % list.length] as { id: string }).id;
      const roleId = `role-${r % roles.length}`;
      const key = `${subjectType}/${subjectId}/${roleId}`;
      if (assignmentKeys.has(key)) return [];
      assignmentKeys.add(key);
      return [{ subjectType, subjectId, roleId, letter }];
    });
    return {
      ...emptyDocument(g.name),
      roles,
      people,
      holders,
      reportingLines: lines,
      responsibilityAreas: areas,
      policies,
      assets,
      assignments,
    };
  });

/** Sparse governance settings as a model may hold them. */
const settingsArb = fc.record(
  {
    version: fc.constant(1),
    rules: fc.record(
      {
        'ownership.multiple-accountable': fc.record(
          { enabled: fc.boolean(), severity: fc.constantFrom(...SEVERITIES) },
          { requiredKeys: [] },
        ),
        'overload.accountable': fc.record(
          { params: fc.record({ max: fc.integer({ min: 1, max: 1000 }) }) },
          { requiredKeys: [] },
        ),
        'sod.conflicting-roles': fc.record({
          params: fc.record({ pairs: fc.array(fc.tuple(required, required), { maxLength: 3 }) }),
        }),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);

describe('the JSON round trip', () => {
  it('gives the same document for the seed organization', () => {
    const seed = seedDocument('2026-11-27');
    const { first, second } = roundTrip(seed);
    expect(first).toEqual(seed);
    expect(second).toEqual(first);
  });

  it('gives the same document for any valid document', () => {
    fc.assert(
      fc.property(documentArb, (raw) => {
        const doc = parseDocument(raw);
        const { first, second } = roundTrip(doc);
        expect(first).toEqual(doc);
        expect(second).toEqual(first);
      }),
      { numRuns: 40 },
    );
  });

  it('gives the same document, settings included, when it carries governance settings', () => {
    fc.assert(
      fc.property(documentArb, settingsArb, (raw, governance) => {
        const doc = parseDocument({ ...raw, governance });
        const { first, second } = roundTrip(doc);
        expect(first).toEqual(doc);
        expect(Object.keys(first.governance?.rules ?? {}).sort()).toEqual(
          Object.keys(governance.rules ?? {}).sort(),
        );
        expect(second).toEqual(first);
      }),
      { numRuns: 20 },
    );
  });
});

describe('importing a document', () => {
  it('adds a document beside the model when its ids are new', () => {
    const m = newModel('empty');
    call(m, 'model.import', { document: importable(seedDocument('2026-11-27')) });
    expect(call(m, 'model.summary', {}).roles).toBe(7);
    expect(call(m, 'model.info', {}).name).toBe('Untitled organization');
  });

  it('refuses to add a document that reuses an id, naming the first clash', () => {
    const m = newModel('seed');
    const role = (id: string, title: string) => ({ id, title, shortName: '', function: '', description: '' });
    const doc = { ...emptyDocument(), roles: [role('role-x', 'X'), role('role-cio', 'Another CIO')] };
    const error = failure(m, 'model.import', { document: doc });
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('roles[1]');
    expect(error.message).toContain('"role-cio"');
  });

  it('refuses a document that breaks an invariant and names the first offending item', () => {
    const m = newModel('empty');
    const seed = seedDocument('2026-11-27');
    const cyclic = {
      ...seed,
      reportingLines: [
        ...seed.reportingLines.filter((l) => l.roleId !== 'role-ceo'),
        { roleId: 'role-ceo', managerRoleId: 'role-secops', kind: 'solid' },
      ],
    };
    const error = failure(m, 'model.import', { document: cyclic, replace: true });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('cycle');
    const unknown = {
      ...seed,
      holders: [...seed.holders, { roleId: 'role-nobody', personId: 'person-chen', acting: false }],
    };
    expect(failure(m, 'model.import', { document: unknown }).message).toContain('holders[5].roleId');
    expect(call(m, 'model.summary', {}).roles).toBe(0);
  });
});

describe('hostile import input', () => {
  const seed = seedDocument('2026-11-27');
  function nested(depth: number): unknown {
    let value: unknown = 'deep';
    for (let i = 0; i < depth; i++) value = [value];
    return value;
  }
  const hostile: [string, unknown][] = [
    ['deeply nested arrays', { document: { ...seed, roles: nested(10_000) } }],
    [
      'deeply nested objects in an unknown field',
      { document: { ...seed, extra: JSON.parse(`${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`) } },
    ],
    [
      'a __proto__ key',
      { document: JSON.parse(JSON.stringify(seed).replace('{', '{"__proto__":{"polluted":true},')) },
    ],
    [
      'a __proto__ key inside a role',
      {
        document: JSON.parse(
          JSON.stringify(seed).replace('"id":"role-ceo"', '"__proto__":{"polluted":true},"id":"role-ceo"'),
        ),
      },
    ],
    [
      'a 10 MB string',
      { document: { ...seed, roles: [{ ...seed.roles[0], title: 'x'.repeat(10 * 1024 * 1024) }] } },
    ],
    ['a number where a string belongs', { document: { ...seed, roles: [{ ...seed.roles[0], title: 42 }] } }],
    ['a string where an array belongs', { document: { ...seed, roles: 'CEO, CIO, CISO' } }],
    ['a bad letter', { document: { ...seed, assignments: [{ ...seed.assignments[0], letter: 'X' }] } }],
    ['the wrong format', { document: { ...seed, format: 'orgchart' } }],
    ['no document at all', { document: null }],
    ['replace as a string', { document: seed, replace: 'yes' }],
    ['an array instead of an object', [seed]],
  ];

  it.each(hostile)('refuses %s with invalid_input and writes nothing', (_, input) => {
    const m: ModelHandle = newModel('seed');
    const before = call(m, 'model.export', {});
    const info = call(m, 'model.info', {});
    const reply = invoke(m.handlers, 'model.import', input);
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      expect(reply.error.code).toBe('invalid_input');
      expect(reply.error.message.length).toBeLessThan(500);
    }
    expect(call(m, 'model.export', {})).toEqual(before);
    expect(call(m, 'model.info', {})).toEqual(info);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
