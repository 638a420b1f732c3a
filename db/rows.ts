/**
 * Row types that match the schema exactly, and their conversion to the
 * domain types of app/model.ts. Nothing outside db/ sees a row.
 */
import type {
  Asset,
  Assignment,
  AuditEvent,
  Classification,
  Criticality,
  Holder,
  LineKind,
  Person,
  Policy,
  PolicyStatus,
  RaciLetter,
  ReportingLine,
  ResponsibilityArea,
  Role,
  SubjectType,
} from '../app/model';

export interface MetaRow {
  seq: number;
  name: string;
  created_at: string;
}

export interface RoleRow {
  seq: number;
  id: string;
  title: string;
  short_name: string;
  function: string;
  description: string;
}

export interface PersonRow {
  seq: number;
  id: string;
  name: string;
  email: string;
  external_id: string;
}

export interface HolderRow {
  seq: number;
  role_id: string;
  person_id: string;
  /** 0 or 1. */
  acting: number;
}

export interface LineRow {
  seq: number;
  role_id: string;
  manager_role_id: string;
  kind: LineKind;
}

export interface AreaRow {
  seq: number;
  id: string;
  name: string;
  description: string;
}

export interface PolicyRow {
  seq: number;
  id: string;
  code: string;
  title: string;
  category: string;
  status: PolicyStatus;
  version: string;
  approver_role_id: string | null;
  review_interval_months: number | null;
  last_reviewed_on: string | null;
  document_url: string;
}

export interface AssetRow {
  seq: number;
  id: string;
  name: string;
  type: string;
  criticality: Criticality;
  classification: Classification;
  description: string;
}

export interface PolicyAssetRow {
  seq: number;
  policy_id: string;
  asset_id: string;
}

export interface AssignmentRow {
  seq: number;
  subject_type: SubjectType;
  subject_id: string;
  role_id: string;
  letter: RaciLetter;
}

export interface AuditEventRow {
  id: number;
  at: string;
  actor: string;
  command: string;
  entity_type: string;
  entity_id: string | null;
  summary: string;
  before_json: string | null;
  after_json: string | null;
  reverts: number | null;
  changes_json: string;
}

/** One model setting; `value` is JSON (see db/settings.ts). */
export interface SettingRow {
  seq: number;
  key: string;
  value: string;
}

/** The tables commands write through the tracker, by row type. */
export interface TrackedRows {
  meta: MetaRow;
  roles: RoleRow;
  people: PersonRow;
  role_holders: HolderRow;
  reporting_lines: LineRow;
  responsibility_areas: AreaRow;
  policies: PolicyRow;
  assets: AssetRow;
  policy_assets: PolicyAssetRow;
  assignments: AssignmentRow;
  settings: SettingRow;
}
export type TableName = keyof TrackedRows;
/** A row without its `seq`, as a command writes it. */
export type NewRow<T extends TableName> = Omit<TrackedRows[T], 'seq'>;

/** Columns of each tracked table, `seq` excluded; the only names SQL is built from. */
export const COLUMNS: { readonly [T in TableName]: readonly (keyof NewRow<T> & string)[] } = {
  meta: ['name', 'created_at'],
  roles: ['id', 'title', 'short_name', 'function', 'description'],
  people: ['id', 'name', 'email', 'external_id'],
  role_holders: ['role_id', 'person_id', 'acting'],
  reporting_lines: ['role_id', 'manager_role_id', 'kind'],
  responsibility_areas: ['id', 'name', 'description'],
  policies: [
    'id',
    'code',
    'title',
    'category',
    'status',
    'version',
    'approver_role_id',
    'review_interval_months',
    'last_reviewed_on',
    'document_url',
  ],
  assets: ['id', 'name', 'type', 'criticality', 'classification', 'description'],
  policy_assets: ['policy_id', 'asset_id'],
  assignments: ['subject_type', 'subject_id', 'role_id', 'letter'],
  settings: ['key', 'value'],
};

export const toRole = (r: RoleRow): Role => ({
  id: r.id,
  title: r.title,
  shortName: r.short_name,
  function: r.function,
  description: r.description,
});

export const fromRole = (r: Role): NewRow<'roles'> => ({
  id: r.id,
  title: r.title,
  short_name: r.shortName,
  function: r.function,
  description: r.description,
});

export const toPerson = (r: PersonRow): Person => ({
  id: r.id,
  name: r.name,
  email: r.email,
  externalId: r.external_id,
});

export const fromPerson = (p: Person): NewRow<'people'> => ({
  id: p.id,
  name: p.name,
  email: p.email,
  external_id: p.externalId,
});

export const toHolder = (r: HolderRow): Holder => ({
  roleId: r.role_id,
  personId: r.person_id,
  acting: r.acting === 1,
});

export const fromHolder = (h: Holder): NewRow<'role_holders'> => ({
  role_id: h.roleId,
  person_id: h.personId,
  acting: h.acting ? 1 : 0,
});

export const toLine = (r: LineRow): ReportingLine => ({
  roleId: r.role_id,
  managerRoleId: r.manager_role_id,
  kind: r.kind,
});

export const fromLine = (l: ReportingLine): NewRow<'reporting_lines'> => ({
  role_id: l.roleId,
  manager_role_id: l.managerRoleId,
  kind: l.kind,
});

export const toArea = (r: AreaRow): ResponsibilityArea => ({
  id: r.id,
  name: r.name,
  description: r.description,
});

export const fromArea = (a: ResponsibilityArea): NewRow<'responsibility_areas'> => ({
  id: a.id,
  name: a.name,
  description: a.description,
});

export const toPolicy = (r: PolicyRow, assetIds: string[]): Policy => ({
  id: r.id,
  code: r.code,
  title: r.title,
  category: r.category,
  status: r.status,
  version: r.version,
  approverRoleId: r.approver_role_id,
  reviewIntervalMonths: r.review_interval_months,
  lastReviewedOn: r.last_reviewed_on,
  documentUrl: r.document_url,
  assetIds,
});

export const fromPolicy = (p: Omit<Policy, 'assetIds'>): NewRow<'policies'> => ({
  id: p.id,
  code: p.code,
  title: p.title,
  category: p.category,
  status: p.status,
  version: p.version,
  approver_role_id: p.approverRoleId,
  review_interval_months: p.reviewIntervalMonths,
  last_reviewed_on: p.lastReviewedOn,
  document_url: p.documentUrl,
});

export const toAsset = (r: AssetRow): Asset => ({
  id: r.id,
  name: r.name,
  type: r.type,
  criticality: r.criticality,
  classification: r.classification,
  description: r.description,
});

export const fromAsset = (a: Asset): NewRow<'assets'> => ({
  id: a.id,
  name: a.name,
  type: a.type,
  criticality: a.criticality,
  classification: a.classification,
  description: a.description,
});

export const toAssignment = (r: AssignmentRow): Assignment => ({
  subjectType: r.subject_type,
  subjectId: r.subject_id,
  roleId: r.role_id,
  letter: r.letter,
});

export const fromAssignment = (a: Assignment): NewRow<'assignments'> => ({
  subject_type: a.subjectType,
  subject_id: a.subjectId,
  role_id: a.roleId,
  letter: a.letter,
});

const parseJson = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

export const toAuditEvent = (r: AuditEventRow): AuditEvent => ({
  id: r.id,
  at: r.at,
  actor: r.actor,
  command: r.command,
  entityType: r.entity_type,
  entityId: r.entity_id,
  summary: r.summary,
  before: parseJson(r.before_json),
  after: parseJson(r.after_json),
  reverts: r.reverts,
});
