/**
 * fast-check generators of valid Charter documents and valid governance
 * settings, built so that every rule has something to find.
 */
import fc from 'fast-check';
import type { CharterDocument } from '../../../app/document';
import { DOCUMENT_FORMAT, DOCUMENT_VERSION } from '../../../app/document';
import { RULES, SEVERITIES } from '../../../app/governance';
import type { GovernanceSettingsInput } from '../../../app/governance';
import {
  CLASSIFICATIONS,
  CRITICALITIES,
  POLICY_STATUSES,
  RACI_LETTERS,
  SUBJECT_TYPES,
} from '../../../app/model';
import type { Assignment, Holder, ReportingLine } from '../../../app/model';

const SHORT_NAMES = ['CEO', 'CIO', 'cio', 'CISO', 'Ciso', 'CTO', 'ISM', ''];
const name = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== '');
export const isoDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const index = fc.nat({ max: 1000 });

/** Keeps the first item for each key. */
function unique<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Random documents that satisfy every invariant of parseDocument. */
export const documents: fc.Arbitrary<CharterDocument> = fc
  .record({
    roles: fc.array(
      fc.record({ title: name, shortName: fc.constantFrom(...SHORT_NAMES), manager: fc.option(index) }),
      { maxLength: 14 },
    ),
    people: fc.array(name, { maxLength: 8 }),
    holders: fc.array(fc.tuple(index, index, fc.boolean()), { maxLength: 16 }),
    dotted: fc.array(fc.tuple(index, index), { maxLength: 8 }),
    areas: fc.array(name, { maxLength: 4 }),
    assets: fc.array(fc.record({ name, criticality: fc.constantFrom(...CRITICALITIES) }), { maxLength: 5 }),
    policies: fc.array(
      fc.record({
        title: name,
        code: fc.constantFrom('', 'ISP-001', 'IT-002'),
        status: fc.constantFrom(...POLICY_STATUSES),
        approver: fc.option(index),
        interval: fc.option(fc.integer({ min: 1, max: 120 })),
        reviewed: fc.option(isoDate),
        assets: fc.array(index, { maxLength: 4 }),
      }),
      { maxLength: 5 },
    ),
    assignments: fc.array(
      fc.tuple(fc.constantFrom(...SUBJECT_TYPES), index, index, fc.constantFrom(...RACI_LETTERS)),
      { maxLength: 40 },
    ),
  })
  .map((g): CharterDocument => {
    const roleId = (i: number) => `role-${i % g.roles.length}`;
    const personId = (i: number) => `person-${i % g.people.length}`;
    const reportingLines: ReportingLine[] = [];
    // A manager always comes earlier in the list, so solid lines never make a cycle.
    g.roles.forEach((r, i) => {
      if (r.manager !== null && i > 0)
        reportingLines.push({ roleId: `role-${i}`, managerRoleId: `role-${r.manager % i}`, kind: 'solid' });
    });
    if (g.roles.length > 1) {
      const dotted = g.dotted
        .map(([a, b]): ReportingLine => ({ roleId: roleId(a), managerRoleId: roleId(b), kind: 'dotted' }))
        .filter((l) => l.roleId !== l.managerRoleId);
      reportingLines.push(...unique(dotted, (l) => `${l.roleId}>${l.managerRoleId}`));
    }
    const holders: Holder[] =
      g.roles.length === 0 || g.people.length === 0
        ? []
        : unique(
            g.holders.map(([r, p, acting]) => ({ roleId: roleId(r), personId: personId(p), acting })),
            (h) => `${h.roleId}|${h.personId}`,
          );
    const counts = { policy: g.policies.length, asset: g.assets.length, responsibility: g.areas.length };
    const prefix = { policy: 'policy', asset: 'asset', responsibility: 'area' };
    const assignments: Assignment[] =
      g.roles.length === 0
        ? []
        : unique(
            g.assignments
              .filter(([type]) => counts[type] > 0)
              .map(([type, s, r, letter]) => ({
                subjectType: type,
                subjectId: `${prefix[type]}-${s % counts[type]}`,
                roleId: roleId(r),
                letter,
              })),
            (a) => `${a.subjectType}|${a.subjectId}|${a.roleId}`,
          );
    return {
      format: DOCUMENT_FORMAT,
      version: DOCUMENT_VERSION,
      name: 'Random organization',
      roles: g.roles.map((r, i) => ({
        id: `role-${i}`,
        title: r.title,
        shortName: r.shortName,
        function: '',
        description: '',
      })),
      people: g.people.map((n, i) => ({ id: `person-${i}`, name: n, email: '', externalId: '' })),
      holders,
      reportingLines,
      responsibilityAreas: g.areas.map((n, i) => ({ id: `area-${i}`, name: n, description: '' })),
      assets: g.assets.map((a, i) => ({
        id: `asset-${i}`,
        name: a.name,
        type: 'database',
        criticality: a.criticality,
        classification: CLASSIFICATIONS[i % CLASSIFICATIONS.length]!,
        description: '',
      })),
      policies: g.policies.map((p, i) => ({
        id: `policy-${i}`,
        code: p.code,
        title: p.title,
        category: '',
        status: p.status,
        version: '1.0',
        approverRoleId: p.approver === null || g.roles.length === 0 ? null : roleId(p.approver),
        reviewIntervalMonths: p.interval,
        lastReviewedOn: p.reviewed,
        documentUrl: '',
        assetIds:
          g.assets.length === 0 ? [] : [...new Set(p.assets.map((a) => `asset-${a % g.assets.length}`))],
      })),
      assignments,
    };
  });

/** Random valid settings: any rule on or off, at any severity, with parameters in range. */
export const settings: fc.Arbitrary<GovernanceSettingsInput> = fc
  .record({
    rules: fc.dictionary(
      fc.constantFrom(...RULES.map((r) => r.id)),
      fc.record({ enabled: fc.boolean(), severity: fc.constantFrom(...SEVERITIES) }, { requiredKeys: [] }),
    ),
    max: fc.integer({ min: 1, max: 4 }),
    maxRoots: fc.integer({ min: 1, max: 3 }),
    pairs: fc.array(
      fc.tuple(fc.constantFrom('CIO', 'CISO', 'CEO', 'ism'), fc.constantFrom('ciso', 'CTO', 'CIO')),
      {
        maxLength: 3,
      },
    ),
    names: fc.tuple(fc.constantFrom('CISO', 'cto'), fc.constantFrom('CIO', 'ceo')),
  })
  .map(({ rules, max, maxRoots, pairs, names }) => {
    const params: Record<string, Record<string, unknown>> = {
      'overload.accountable': { max },
      'structure.multiple-roots': { maxRoots },
      'sod.conflicting-roles': { pairs },
      'independence.ciso-reports-to-cio': { cisoShortName: names[0], cioShortName: names[1] },
    };
    const out: GovernanceSettingsInput['rules'] = {};
    for (const rule of RULES) out[rule.id] = { ...rules[rule.id], params: params[rule.id] ?? {} };
    return { rules: out };
  });
