/**
 * The seed organization plus roles, people and registers whose text tries
 * to be markup or a formula. Shared by the app and main export tests.
 */
import type { CharterDocument } from '../../../app/document';
import { seedDocument } from '../../../app/templates';

export const TODAY = '2026-11-27';

/** Titles that must stay literal text in every export. */
export const HOSTILE_TITLES = [
  '<script>alert(1)</script>',
  `"quoted" & 'apos'`,
  '=HYPERLINK("http://x")',
  '+1',
  '-2',
  '@SUM(A1)',
  '\tTab',
  '\rCR',
] as const;

/** Seed document with one vacant hostile role per title, all reporting to the CISO. */
export function hostileDocument(): CharterDocument {
  const doc = seedDocument(TODAY);
  doc.name = 'Org <b>&</b> "Co"';
  HOSTILE_TITLES.forEach((title, i) => {
    const id = `role-hostile-${i}`;
    doc.roles.push({ id, title, shortName: `H${i}`, function: 'Information Security', description: title });
    doc.reportingLines.push({ roleId: id, managerRoleId: 'role-ciso', kind: 'solid' });
  });
  doc.people.push({
    id: 'person-hostile',
    name: '=cmd|"/c calc"!A1',
    email: 'x@example.com',
    externalId: '<E9>',
  });
  doc.holders.push({ roleId: 'role-hostile-0', personId: 'person-hostile', acting: true });
  doc.reportingLines.push({ roleId: 'role-hostile-1', managerRoleId: 'role-cio', kind: 'dotted' });
  doc.assets.push({
    id: 'asset-hostile',
    name: '=1+1',
    type: 'database',
    criticality: 'low',
    classification: 'public',
    description: '<img src=x onerror=alert(1)>',
  });
  doc.assignments.push({
    subjectType: 'asset',
    subjectId: 'asset-hostile',
    roleId: 'role-hostile-2',
    letter: 'A',
  });
  return doc;
}

/** Counts of the hostile document, for structure checks. */
export function counts(doc: CharterDocument) {
  const solid = doc.reportingLines.filter((l) => l.kind === 'solid').length;
  return {
    roles: doc.roles.length,
    solid,
    dotted: doc.reportingLines.length - solid,
    lines: doc.reportingLines.length,
  };
}
