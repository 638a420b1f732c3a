/**
 * Result types of the contract's queries: read-only views of the model.
 */
import type { ChartLayoutJson } from './layout/wire';
import type {
  Asset,
  AuditEvent,
  LineKind,
  Person,
  Policy,
  RaciLetter,
  ReportingLine,
  ResponsibilityArea,
  Role,
  SubjectType,
} from './model';

export interface HolderView {
  personId: string;
  name: string;
  acting: boolean;
}

/**
 * A role as the chart shows it. Without its description, which only the
 * inspector shows (`role.detail`): about a sixth of a 10,000-role chart's answer.
 */
export interface ChartRole extends Omit<Role, 'description'> {
  holders: HolderView[];
  /** Policies this role is Accountable for. */
  accountablePolicies: number;
  /** Assets this role is Accountable for. */
  accountableAssets: number;
}

export interface ChartModel {
  name: string;
  roles: ChartRole[];
  lines: ReportingLine[];
  /** When asked for: the chart laid out, roles numbered in `roles` order. */
  layout?: ChartLayoutJson;
}

export interface RoleRef {
  id: string;
  title: string;
  shortName: string;
}

export interface AssignmentView {
  subjectType: SubjectType;
  subjectId: string;
  subjectName: string;
  letter: RaciLetter;
}

export interface RoleDetail {
  role: Role;
  holders: HolderView[];
  manager: RoleRef | null;
  reports: RoleRef[];
  dottedManagers: RoleRef[];
  dottedReports: RoleRef[];
  /** Everything the role is R, A, C or I for, sorted by letter then name. */
  assignments: AssignmentView[];
  /** Policies this role approves. */
  approves: { id: string; code: string; title: string }[];
}

/** `role.rollup`: one policy, asset or area the organization under a role is Accountable for. */
export interface RollupItem {
  subjectType: SubjectType;
  subjectId: string;
  subjectName: string;
  /** The Accountable role, the rolled-up role itself or one below it. */
  role: RoleRef;
  /** Solid-line steps from the rolled-up role down to the Accountable role (0: the role itself). */
  depth: number;
}

export interface ModelSummary {
  roles: number;
  vacantRoles: number;
  people: number;
  solidLines: number;
  dottedLines: number;
  responsibilityAreas: number;
  policies: number;
  assets: number;
  assignments: number;
  roots: number;
  maxDepth: number;
}

export interface ModelInfo {
  name: string;
  path: string;
  schemaVersion: number;
  readOnly: boolean;
  /** Id of the newest audit event; changes whenever the model does. */
  revision: number;
  undo: { eventId: number; summary: string } | null;
  redo: { eventId: number; summary: string } | null;
}

export interface PersonView extends Person {
  roles: { roleId: string; title: string; acting: boolean }[];
}

export interface PolicyView extends Policy {
  nextReviewDue: string | null;
  overdue: boolean;
}

export interface AssetView extends Asset {
  policyIds: string[];
}

export type AreaView = ResponsibilityArea;

export interface LineView extends ReportingLine {
  kind: LineKind;
}

export type AuditEntry = AuditEvent;

/** What every command returns. */
export interface MutationResult {
  /** The audit event the command wrote. */
  eventId: number;
  /** The id of the entity the command created or changed, when there is one. */
  id?: string;
}

/** `governance.check`: one rule's verdict on one subject (computed, never stored). */
export type { Finding } from './governance/types';
/** `governance.rules`: a rule with its defaults and the model's settings in force. */
export type { RuleInfo } from './governance/catalog';
