/**
 * Charter's domain types: the shapes every layer agrees on.
 * Ids are opaque strings; see {@link ID_PATTERN}.
 */

/** Letters of a RACI assignment. */
export const RACI_LETTERS = ['R', 'A', 'C', 'I'] as const;
export type RaciLetter = (typeof RACI_LETTERS)[number];

/** What a RACI assignment can be about. */
export const SUBJECT_TYPES = ['policy', 'asset', 'responsibility'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

export const LINE_KINDS = ['solid', 'dotted'] as const;
export type LineKind = (typeof LINE_KINDS)[number];

export const POLICY_STATUSES = ['draft', 'in_review', 'approved', 'retired'] as const;
export type PolicyStatus = (typeof POLICY_STATUSES)[number];

/** How each policy status reads to a person. */
export const POLICY_STATUS_LABELS: Record<PolicyStatus, string> = {
  draft: 'Draft',
  in_review: 'In review',
  approved: 'Approved',
  retired: 'Retired',
};

/** The asset types the article names; users may add their own. */
export const BUILTIN_ASSET_TYPES = ['software', 'application', 'network', 'server', 'database'] as const;

export const CRITICALITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Criticality = (typeof CRITICALITIES)[number];

export const CLASSIFICATIONS = ['public', 'internal', 'confidential', 'restricted'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

/** Ids: letters, digits and `_ . : -`, 1 to 64 characters. */
export const ID_PATTERN = /^[A-Za-z0-9_.:-]{1,64}$/;

export interface Role {
  id: string;
  title: string;
  shortName: string;
  function: string;
  description: string;
}

export interface Person {
  id: string;
  name: string;
  email: string;
  externalId: string;
}

/** A person holding a role; `acting` marks an acting or interim holder. */
export interface Holder {
  roleId: string;
  personId: string;
  acting: boolean;
}

/** `roleId` reports to `managerRoleId`. */
export interface ReportingLine {
  roleId: string;
  managerRoleId: string;
  kind: LineKind;
}

export interface ResponsibilityArea {
  id: string;
  name: string;
  description: string;
}

export interface Policy {
  id: string;
  code: string;
  title: string;
  category: string;
  status: PolicyStatus;
  version: string;
  approverRoleId: string | null;
  reviewIntervalMonths: number | null;
  /** ISO date, `YYYY-MM-DD`. */
  lastReviewedOn: string | null;
  documentUrl: string;
  assetIds: string[];
}

export interface Asset {
  id: string;
  name: string;
  /** One of {@link BUILTIN_ASSET_TYPES} or a user-defined type. */
  type: string;
  criticality: Criticality;
  classification: Classification;
  description: string;
}

export interface Assignment {
  subjectType: SubjectType;
  subjectId: string;
  roleId: string;
  letter: RaciLetter;
}

/** One entry of the append-only audit log. */
export interface AuditEvent {
  id: number;
  /** UTC, ISO 8601. */
  at: string;
  actor: string;
  command: string;
  entityType: string;
  entityId: string | null;
  summary: string;
  before: unknown;
  after: unknown;
  /** Id of the event this one undid or redid, if any. */
  reverts: number | null;
}
