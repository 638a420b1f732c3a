/**
 * The model's own JSON format (`format: "charter"`): what `export --format
 * json` writes and `import` reads. {@link parseDocument} checks both the
 * shape and the model's invariants and names the first offending item.
 */
import { z } from 'zod';
import { CharterError } from './errors';
import { governanceSettingsSchema } from './governance/settings';
import type { GovernanceSettingsInput } from './governance/settings';
import { LIMITS } from './limits';
import type {
  Asset,
  Assignment,
  Holder,
  Person,
  Policy,
  ReportingLine,
  ResponsibilityArea,
  Role,
} from './model';
import { findSolidCycle } from './reporting';
import { parseWith } from './parse';
import { isReviewDateAcceptable, policyName } from './policy';
import {
  areaFields,
  assetFields,
  idListSchema,
  idSchema,
  lineKindSchema,
  personFields,
  policyFields,
  raciLetterSchema,
  roleFields,
  subjectTypeSchema,
} from './schemas';

export const DOCUMENT_FORMAT = 'charter';
export const DOCUMENT_VERSION = 1;

export interface CharterDocument {
  format: typeof DOCUMENT_FORMAT;
  version: typeof DOCUMENT_VERSION;
  name: string;
  roles: Role[];
  people: Person[];
  holders: Holder[];
  reportingLines: ReportingLine[];
  responsibilityAreas: ResponsibilityArea[];
  policies: Policy[];
  assets: Asset[];
  assignments: Assignment[];
  /**
   * The model's governance settings, sparse (see app/governance/settings.ts).
   * Export always writes it; a document without it imports as `{}`: every
   * rule at its defaults.
   */
  governance?: GovernanceSettingsInput;
}

const items = <T extends z.ZodType>(item: T) =>
  z.array(item).max(LIMITS.documentItems, `must have at most ${LIMITS.documentItems} items`);

export const documentSchema = z.strictObject({
  format: z.literal(DOCUMENT_FORMAT, { error: 'must be "charter"' }),
  version: z.literal(DOCUMENT_VERSION, { error: `must be ${DOCUMENT_VERSION}` }),
  name: z.string().max(LIMITS.shortText).default('Untitled organization'),
  roles: items(z.strictObject({ id: idSchema, ...roleFields })),
  people: items(z.strictObject({ id: idSchema, ...personFields })),
  holders: items(z.strictObject({ roleId: idSchema, personId: idSchema, acting: z.boolean() })),
  reportingLines: items(
    z.strictObject({ roleId: idSchema, managerRoleId: idSchema, kind: lineKindSchema }),
  ),
  responsibilityAreas: items(z.strictObject({ id: idSchema, ...areaFields })),
  policies: items(z.strictObject({ id: idSchema, ...policyFields, assetIds: idListSchema })),
  assets: items(z.strictObject({ id: idSchema, ...assetFields })),
  assignments: items(
    z.strictObject({
      subjectType: subjectTypeSchema,
      subjectId: idSchema,
      roleId: idSchema,
      letter: raciLetterSchema,
    }),
  ),
  governance: governanceSettingsSchema.default(() => ({})),
});

/** Parses and checks a document; throws a CharterError naming the first problem. */
export function parseDocument(value: unknown, source = 'The document'): CharterDocument {
  const doc = parseWith(documentSchema, value, source) as CharterDocument;
  checkDocument(doc, source);
  return doc;
}

function fail(source: string, where: string, message: string): never {
  throw new CharterError('invalid_input', `${source}: ${where} ${message}.`, { path: where });
}

function uniqueIds(list: ReadonlyArray<{ id: string }>, key: string, source: string): Set<string> {
  const seen = new Set<string>();
  list.forEach((item, i) => {
    if (seen.has(item.id)) fail(source, `${key}[${i}].id`, `repeats the id "${item.id}"`);
    seen.add(item.id);
  });
  return seen;
}

/** The model's invariants, checked on a shape-valid document. */
export function checkDocument(doc: CharterDocument, source = 'The document'): void {
  const roles = uniqueIds(doc.roles, 'roles', source);
  const people = uniqueIds(doc.people, 'people', source);
  const areas = uniqueIds(doc.responsibilityAreas, 'responsibilityAreas', source);
  const policies = uniqueIds(doc.policies, 'policies', source);
  const assets = uniqueIds(doc.assets, 'assets', source);
  const needRole = (id: string, where: string) => {
    if (!roles.has(id)) fail(source, where, `names the role "${id}", which is not in roles`);
  };

  const holderKeys = new Set<string>();
  doc.holders.forEach((h, i) => {
    needRole(h.roleId, `holders[${i}].roleId`);
    if (!people.has(h.personId))
      fail(source, `holders[${i}].personId`, `names the person "${h.personId}", who is not in people`);
    const key = `${h.roleId}\u0000${h.personId}`;
    if (holderKeys.has(key)) fail(source, `holders[${i}]`, 'repeats a person in the same role');
    holderKeys.add(key);
  });

  const solid = new Map<string, string>();
  const dotted = new Set<string>();
  doc.reportingLines.forEach((line, i) => {
    const where = `reportingLines[${i}]`;
    needRole(line.roleId, `${where}.roleId`);
    needRole(line.managerRoleId, `${where}.managerRoleId`);
    if (line.roleId === line.managerRoleId) fail(source, where, 'makes a role report to itself');
    if (line.kind === 'solid') {
      if (solid.has(line.roleId))
        fail(source, where, `gives the role "${line.roleId}" a second solid line; a role has at most one`);
      solid.set(line.roleId, line.managerRoleId);
    } else {
      const key = `${line.roleId}\u0000${line.managerRoleId}`;
      if (dotted.has(key)) fail(source, where, 'repeats a dotted line');
      dotted.add(key);
    }
  });
  for (const line of doc.reportingLines) {
    if (line.kind !== 'solid') continue;
    const chain = findSolidCycle(solid, line.roleId, line.managerRoleId);
    if (chain) {
      const i = doc.reportingLines.indexOf(line);
      fail(source, `reportingLines[${i}]`, `makes a cycle of solid lines: ${chain.join(' → ')}`);
    }
  }

  doc.policies.forEach((p, i) => {
    if (p.approverRoleId !== null) needRole(p.approverRoleId, `policies[${i}].approverRoleId`);
    const seen = new Set<string>();
    p.assetIds.forEach((a, j) => {
      if (!assets.has(a)) fail(source, `policies[${i}].assetIds[${j}]`, `names the asset "${a}", which is not in assets`);
      if (seen.has(a)) fail(source, `policies[${i}].assetIds[${j}]`, `repeats the asset "${a}"`);
      seen.add(a);
    });
  });

  const subjects = { policy: policies, asset: assets, responsibility: areas } as const;
  const assignmentKeys = new Set<string>();
  doc.assignments.forEach((a, i) => {
    const where = `assignments[${i}]`;
    needRole(a.roleId, `${where}.roleId`);
    if (!subjects[a.subjectType].has(a.subjectId))
      fail(source, `${where}.subjectId`, `names the ${a.subjectType} "${a.subjectId}", which is not in the document`);
    const key = `${a.subjectType}\u0000${a.subjectId}\u0000${a.roleId}`;
    if (assignmentKeys.has(key))
      fail(source, where, 'gives the same role a second letter for the same subject; a role has one letter per subject');
    assignmentKeys.add(key);
  });
}

/**
 * Refuses a document in which a policy's last review is later than `today`
 * (UTC, `YYYY-MM-DD`) allows ({@link isReviewDateAcceptable}): a review
 * cannot have happened in the future, and the date decides when the next
 * one is due. Names the first such policy, its place in the document, and
 * how many more there are. Kept apart from {@link checkDocument}, which
 * needs no clock.
 */
export function checkReviewDates(doc: CharterDocument, today: string, source = 'The document'): void {
  const late = doc.policies.flatMap((p, i) => (isReviewDateAcceptable(p.lastReviewedOn, today) ? [] : [i]));
  const first = late[0];
  if (first === undefined) return;
  const policy = doc.policies[first] as Policy;
  const more = late.length - 1;
  const others =
    more === 0
      ? ''
      : ` (${more} more ${more === 1 ? 'policy has' : 'policies have'} a future last review too)`;
  fail(
    source,
    `policies[${first}].lastReviewedOn`,
    `puts the last review of ${policyName(policy)} on ${policy.lastReviewedOn}, later than today (${today}): a review date must not be in the future${others}`,
  );
}

/** A document with nothing in it. */
export function emptyDocument(name = 'Untitled organization'): CharterDocument {
  return {
    format: DOCUMENT_FORMAT,
    version: DOCUMENT_VERSION,
    name,
    roles: [],
    people: [],
    holders: [],
    reportingLines: [],
    responsibilityAreas: [],
    policies: [],
    assets: [],
    assignments: [],
    governance: {},
  };
}
