/**
 * A small model with no findings under the default settings, and helpers
 * to break it one way at a time.
 */
import type { CharterDocument } from '../../../app/document';
import { DOCUMENT_FORMAT, DOCUMENT_VERSION, parseDocument } from '../../../app/document';
import { evaluate } from '../../../app/governance';
import type { Finding, GovernanceSettingsInput } from '../../../app/governance';
import type { RaciLetter, Role, SubjectType } from '../../../app/model';

export const TODAY = '2026-11-27';

const role = (id: string, shortName: string, title: string): Role => ({
  id,
  title,
  shortName,
  function: '',
  description: '',
});

/** CEO over CIO and CISO; each role held; one policy, one critical asset, one area, each owned once. */
export function cleanModel(): CharterDocument {
  return {
    format: DOCUMENT_FORMAT,
    version: DOCUMENT_VERSION,
    name: 'Clean organization',
    roles: [
      role('role-ceo', 'CEO', 'Chief Executive Officer'),
      role('role-cio', 'CIO', 'Chief Information Officer'),
      role('role-ciso', 'CISO', 'Chief Information Security Officer'),
      role('role-ism', 'ISM', 'Information Systems Manager'),
      role('role-secops', 'SecOps', 'Security Operations Lead'),
    ],
    people: ['morgan', 'raman', 'okafor', 'chen', 'haddad'].map((n) => ({
      id: `person-${n}`,
      name: n[0]?.toUpperCase() + n.slice(1),
      email: '',
      externalId: '',
    })),
    holders: [
      { roleId: 'role-ceo', personId: 'person-morgan', acting: false },
      { roleId: 'role-cio', personId: 'person-raman', acting: false },
      { roleId: 'role-ciso', personId: 'person-okafor', acting: false },
      { roleId: 'role-ism', personId: 'person-chen', acting: false },
      { roleId: 'role-secops', personId: 'person-haddad', acting: false },
    ],
    reportingLines: [
      { roleId: 'role-cio', managerRoleId: 'role-ceo', kind: 'solid' },
      { roleId: 'role-ciso', managerRoleId: 'role-ceo', kind: 'solid' },
      { roleId: 'role-ism', managerRoleId: 'role-cio', kind: 'solid' },
      { roleId: 'role-secops', managerRoleId: 'role-ciso', kind: 'solid' },
      { roleId: 'role-secops', managerRoleId: 'role-cio', kind: 'dotted' },
    ],
    responsibilityAreas: [{ id: 'area-infosec', name: 'Information security', description: '' }],
    policies: [
      {
        id: 'policy-isp',
        code: 'ISP-001',
        title: 'Information Security Policy',
        category: 'Information security',
        status: 'approved',
        version: '1.0',
        approverRoleId: 'role-ceo',
        reviewIntervalMonths: 12,
        lastReviewedOn: '2026-06-01',
        documentUrl: '',
        assetIds: ['asset-db'],
      },
    ],
    assets: [
      {
        id: 'asset-db',
        name: 'Customer database',
        type: 'database',
        criticality: 'critical',
        classification: 'restricted',
        description: '',
      },
    ],
    assignments: [
      { subjectType: 'responsibility', subjectId: 'area-infosec', roleId: 'role-ciso', letter: 'A' },
      { subjectType: 'responsibility', subjectId: 'area-infosec', roleId: 'role-secops', letter: 'R' },
      { subjectType: 'policy', subjectId: 'policy-isp', roleId: 'role-ciso', letter: 'A' },
      { subjectType: 'policy', subjectId: 'policy-isp', roleId: 'role-secops', letter: 'R' },
      { subjectType: 'policy', subjectId: 'policy-isp', roleId: 'role-cio', letter: 'C' },
      { subjectType: 'asset', subjectId: 'asset-db', roleId: 'role-cio', letter: 'A' },
      { subjectType: 'asset', subjectId: 'asset-db', roleId: 'role-ism', letter: 'R' },
    ],
  };
}

/** Sets (or with `null` removes) a role's letter for a subject. */
export function setLetter(
  doc: CharterDocument,
  subjectType: SubjectType,
  subjectId: string,
  roleId: string,
  letter: RaciLetter | null,
): void {
  doc.assignments = doc.assignments.filter(
    (a) => !(a.subjectType === subjectType && a.subjectId === subjectId && a.roleId === roleId),
  );
  if (letter !== null) doc.assignments.push({ subjectType, subjectId, roleId, letter });
}

/** Gives a role a new solid manager (or none). */
export function setManager(doc: CharterDocument, roleId: string, managerRoleId: string | null): void {
  doc.reportingLines = doc.reportingLines.filter((l) => !(l.kind === 'solid' && l.roleId === roleId));
  if (managerRoleId !== null) doc.reportingLines.push({ roleId, managerRoleId, kind: 'solid' });
}

/** Checks that the document is still valid, then evaluates it. */
export function check(
  doc: CharterDocument,
  settings: GovernanceSettingsInput = {},
  today = TODAY,
): Finding[] {
  return evaluate(parseDocument(doc), settings, today);
}

/** The findings of one rule. */
export function findingsOf(
  doc: CharterDocument,
  ruleId: string,
  settings: GovernanceSettingsInput = {},
): Finding[] {
  return check(doc, settings).filter((f) => f.ruleId === ruleId);
}
