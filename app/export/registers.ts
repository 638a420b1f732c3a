/**
 * The model's registers as plain tables of strings: what the CSV, XLSX and
 * HTML exports write. Cell text is not escaped or neutralised here; each
 * writer does that for its format.
 */
import type { CharterDocument } from '../document';
import type { RaciLetter, SubjectType } from '../model';
import { isReviewOverdue, nextReviewDue } from '../policy';

/**
 * A governance finding, typed by shape so that exports do not depend on the
 * governance module: any object with these fields will do.
 */
export interface FindingLike {
  ruleId: string;
  severity: string;
  subjectType: string;
  subjectId: string;
  subjectName: string;
  message: string;
  hint?: string;
}

/** One register: a header row and data rows, all strings. */
export interface Table {
  /** Stable key, also the CSV file's base name. */
  key: string;
  /** Human title, also the XLSX sheet name (at most 31 characters). */
  title: string;
  header: string[];
  rows: string[][];
}

const SUBJECT_LABEL: Record<SubjectType, string> = {
  policy: 'Policy',
  asset: 'Asset',
  responsibility: 'Responsibility area',
};

/** Role titles per subject and letter, e.g. who is Accountable for a policy. */
export interface Raci {
  /** Titles of the roles holding `letter` for the subject, in role order. */
  who(subjectType: SubjectType, subjectId: string, letter: RaciLetter): string[];
  /** The letter a role holds for a subject, or ''. */
  letter(subjectType: SubjectType, subjectId: string, roleId: string): string;
}

/** Indexes the document's RACI assignments. */
export function indexRaci(doc: CharterDocument): Raci {
  const titles = new Map(doc.roles.map((r) => [r.id, r.title]));
  const order = new Map(doc.roles.map((r, i) => [r.id, i]));
  const byLetter = new Map<string, string[]>();
  const byRole = new Map<string, string>();
  const sorted = [...doc.assignments].sort((a, b) => (order.get(a.roleId) ?? 0) - (order.get(b.roleId) ?? 0));
  for (const a of sorted) {
    const key = `${a.subjectType}\u0000${a.subjectId}\u0000${a.letter}`;
    byLetter.set(key, [...(byLetter.get(key) ?? []), titles.get(a.roleId) ?? a.roleId]);
    byRole.set(`${a.subjectType}\u0000${a.subjectId}\u0000${a.roleId}`, a.letter);
  }
  return {
    who: (t, id, letter) => byLetter.get(`${t}\u0000${id}\u0000${letter}`) ?? [],
    letter: (t, id, roleId) => byRole.get(`${t}\u0000${id}\u0000${roleId}`) ?? '',
  };
}

const yesNo = (b: boolean) => (b ? 'yes' : 'no');
const list = (items: readonly string[]) => items.join('; ');

/** A policy's review state on `today`: next review due (or '') and whether it is overdue. */
export function reviewState(
  p: { lastReviewedOn: string | null; reviewIntervalMonths: number | null },
  today: string,
) {
  const due = nextReviewDue(p.lastReviewedOn, p.reviewIntervalMonths);
  return { due: due ?? '', overdue: isReviewOverdue(due, today) };
}

/**
 * Every register of the document, in a fixed order: roles, people, holders,
 * reporting lines, policies, assets, responsibility areas, the RACI matrix
 * (subjects × roles) and, when given, findings.
 */
export function buildRegisters(
  doc: CharterDocument,
  today: string,
  findings?: readonly FindingLike[],
): Table[] {
  const roleTitle = new Map(doc.roles.map((r) => [r.id, r.title]));
  const personName = new Map(doc.people.map((p) => [p.id, p.name]));
  const assetName = new Map(doc.assets.map((a) => [a.id, a.name]));
  const raci = indexRaci(doc);
  const manager = new Map<string, string>();
  const dotted = new Map<string, string[]>();
  for (const l of doc.reportingLines) {
    if (l.kind === 'solid') manager.set(l.roleId, l.managerRoleId);
    else
      dotted.set(l.roleId, [
        ...(dotted.get(l.roleId) ?? []),
        roleTitle.get(l.managerRoleId) ?? l.managerRoleId,
      ]);
  }
  const holdersOf = new Map<string, string[]>();
  const rolesOf = new Map<string, string[]>();
  for (const h of doc.holders) {
    const acting = h.acting ? ' (acting)' : '';
    holdersOf.set(h.roleId, [
      ...(holdersOf.get(h.roleId) ?? []),
      (personName.get(h.personId) ?? h.personId) + acting,
    ]);
    rolesOf.set(h.personId, [
      ...(rolesOf.get(h.personId) ?? []),
      (roleTitle.get(h.roleId) ?? h.roleId) + acting,
    ]);
  }
  const policiesOf = new Map<string, string[]>();
  for (const p of doc.policies)
    for (const a of p.assetIds) policiesOf.set(a, [...(policiesOf.get(a) ?? []), p.code || p.title]);

  const tables: Table[] = [
    {
      key: 'roles',
      title: 'Roles',
      header: [
        'Role id',
        'Title',
        'Short name',
        'Function',
        'Description',
        'Reports to (id)',
        'Reports to',
        'Dotted lines to',
        'Holders',
        'Vacant',
      ],
      rows: doc.roles.map((r) => {
        const m = manager.get(r.id) ?? '';
        const holders = holdersOf.get(r.id) ?? [];
        return [
          r.id,
          r.title,
          r.shortName,
          r.function,
          r.description,
          m,
          roleTitle.get(m) ?? '',
          list(dotted.get(r.id) ?? []),
          list(holders),
          yesNo(holders.length === 0),
        ];
      }),
    },
    {
      key: 'people',
      title: 'People',
      header: ['Person id', 'Name', 'Email', 'External id', 'Roles held'],
      rows: doc.people.map((p) => [p.id, p.name, p.email, p.externalId, list(rolesOf.get(p.id) ?? [])]),
    },
    {
      key: 'holders',
      title: 'Holders',
      header: ['Role id', 'Role', 'Person id', 'Person', 'Acting'],
      rows: doc.holders.map((h) => [
        h.roleId,
        roleTitle.get(h.roleId) ?? '',
        h.personId,
        personName.get(h.personId) ?? '',
        yesNo(h.acting),
      ]),
    },
    {
      key: 'reporting-lines',
      title: 'Reporting lines',
      header: ['Role id', 'Role', 'Manager role id', 'Manager role', 'Kind'],
      rows: doc.reportingLines.map((l) => [
        l.roleId,
        roleTitle.get(l.roleId) ?? '',
        l.managerRoleId,
        roleTitle.get(l.managerRoleId) ?? '',
        l.kind,
      ]),
    },
    {
      key: 'policies',
      title: 'Policies',
      header: [
        'Policy id',
        'Code',
        'Title',
        'Category',
        'Status',
        'Version',
        'Approver',
        'Review interval (months)',
        'Last reviewed',
        'Next review due',
        'Overdue',
        'Accountable',
        'Responsible',
        'Assets governed',
        'Document link',
      ],
      rows: doc.policies.map((p) => {
        const review = reviewState(p, today);
        return [
          p.id,
          p.code,
          p.title,
          p.category,
          p.status,
          p.version,
          p.approverRoleId === null ? '' : (roleTitle.get(p.approverRoleId) ?? p.approverRoleId),
          p.reviewIntervalMonths === null ? '' : String(p.reviewIntervalMonths),
          p.lastReviewedOn ?? '',
          review.due,
          yesNo(review.overdue),
          list(raci.who('policy', p.id, 'A')),
          list(raci.who('policy', p.id, 'R')),
          list(p.assetIds.map((a) => assetName.get(a) ?? a)),
          p.documentUrl,
        ];
      }),
    },
    {
      key: 'assets',
      title: 'Assets',
      header: [
        'Asset id',
        'Name',
        'Type',
        'Criticality',
        'Classification',
        'Description',
        'Accountable',
        'Responsible',
        'Governed by policies',
      ],
      rows: doc.assets.map((a) => [
        a.id,
        a.name,
        a.type,
        a.criticality,
        a.classification,
        a.description,
        list(raci.who('asset', a.id, 'A')),
        list(raci.who('asset', a.id, 'R')),
        list(policiesOf.get(a.id) ?? []),
      ]),
    },
    {
      key: 'responsibility-areas',
      title: 'Responsibility areas',
      header: ['Area id', 'Name', 'Description', 'Accountable', 'Responsible', 'Consulted', 'Informed'],
      rows: doc.responsibilityAreas.map((a) => [
        a.id,
        a.name,
        a.description,
        ...(['A', 'R', 'C', 'I'] as const).map((letter) => list(raci.who('responsibility', a.id, letter))),
      ]),
    },
    raciMatrix(doc, raci),
  ];
  if (findings) {
    tables.push({
      key: 'findings',
      title: 'Findings',
      header: ['Severity', 'Rule', 'Subject type', 'Subject id', 'Subject', 'Message', 'Hint'],
      rows: findings.map((f) => [
        f.severity,
        f.ruleId,
        f.subjectType,
        f.subjectId,
        f.subjectName,
        f.message,
        f.hint ?? '',
      ]),
    });
  }
  return tables;
}

/** Subjects (policies, assets, areas) down, roles across, RACI letters in the cells. */
function raciMatrix(doc: CharterDocument, raci: Raci): Table {
  const subjects: [SubjectType, string, string][] = [
    ...doc.policies.map((p): [SubjectType, string, string] => [
      'policy',
      p.id,
      p.code ? `${p.code} ${p.title}` : p.title,
    ]),
    ...doc.assets.map((a): [SubjectType, string, string] => ['asset', a.id, a.name]),
    ...doc.responsibilityAreas.map((a): [SubjectType, string, string] => ['responsibility', a.id, a.name]),
  ];
  return {
    key: 'raci-matrix',
    title: 'RACI matrix',
    header: ['Subject type', 'Subject id', 'Subject', ...doc.roles.map((r) => `${r.title} (${r.id})`)],
    rows: subjects.map(([type, id, name]) => [
      SUBJECT_LABEL[type],
      id,
      name,
      ...doc.roles.map((r) => raci.letter(type, id, r.id)),
    ]),
  };
}
