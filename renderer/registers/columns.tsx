/**
 * The columns of each register: what is shown, sorted, filtered and
 * edited in place, and which update command each edit runs.
 */
import {
  BUILTIN_ASSET_TYPES,
  CLASSIFICATIONS,
  CRITICALITIES,
  POLICY_STATUS_LABELS,
  POLICY_STATUSES,
  type Classification,
  type Criticality,
  type PolicyStatus,
  type RaciLetter,
} from '../../app/model';
import type { AreaView, AssetView, ChartRole, PersonView, PolicyView } from '../../app/views';
import type { RegisterData } from './data';
import { type Run, subjectKey } from './run';
import { roleItems } from '../shell/RolePicker';
import type { Column } from './table';

export const STATUS_LABELS: Record<PolicyStatus, string> = POLICY_STATUS_LABELS;

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const assetCount = (n: number) => (n === 1 ? '1 asset' : `${n} assets`);

type Letters = Map<string, Partial<Record<RaciLetter, string[]>>>;

function lettersColumn<T extends { id: string }>(
  type: 'policy' | 'asset' | 'responsibility',
  letter: RaciLetter,
  label: string,
  letters: Letters,
  width = 150,
): Column<T> {
  const names = (row: T) => letters.get(subjectKey(type, row.id))?.[letter] ?? [];
  return {
    key: `letter-${letter}`,
    label,
    width,
    value: (row) => names(row).join(', '),
    render: (row) => {
      const list = names(row);
      return list.length === 0 ? (
        <span className="muted">None</span>
      ) : (
        <span
          className={list.length > 1 && letter === 'A' ? 'register__text flag flag--warn' : 'register__text'}
          title={list.join(', ')}
        >
          {list.join(', ')}
        </span>
      );
    },
  };
}

/** Every asset type in use plus the five built-in ones, sorted. */
export function assetTypes(assets: readonly AssetView[]): string[] {
  return [...new Set([...BUILTIN_ASSET_TYPES, ...assets.map((a) => a.type)])].sort();
}

export function policyColumns(
  run: Run,
  roles: readonly ChartRole[],
  letters: Letters,
  onEditAssets: (policy: PolicyView) => void,
): Column<PolicyView>[] {
  const approvers = roleItems(roles);
  return [
    {
      key: 'code',
      label: 'Code',
      width: 90,
      value: (p) => p.code,
      edit: { kind: 'text', commit: (p, code) => void run('policy.update', { id: p.id, code }) },
    },
    {
      key: 'title',
      label: 'Title',
      width: 360,
      value: (p) => p.title,
      edit: { kind: 'text', commit: (p, title) => void run('policy.update', { id: p.id, title }) },
    },
    {
      key: 'status',
      label: 'Status',
      width: 120,
      value: (p) => p.status,
      edit: {
        kind: 'select',
        options: POLICY_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] })),
        commit: (p, status) => void run('policy.update', { id: p.id, status: status as PolicyStatus }),
      },
    },
    lettersColumn<PolicyView>('policy', 'A', 'Owner (A)', letters, 120),
    {
      key: 'nextReview',
      label: 'Next review due',
      width: 180,
      value: (p) => p.nextReviewDue,
      render: (p) =>
        p.nextReviewDue === null ? (
          <span className="muted">Not scheduled</span>
        ) : (
          <>
            <span className="register__date">{p.nextReviewDue}</span>
            {p.overdue && <span className="flag flag--overdue">Overdue</span>}
          </>
        ),
    },
    {
      key: 'lastReviewed',
      label: 'Last reviewed',
      width: 150,
      value: (p) => p.lastReviewedOn,
      edit: {
        kind: 'date',
        notAfterToday: true,
        commit: (p, d) => void run('policy.update', { id: p.id, lastReviewedOn: d === '' ? null : d }),
      },
    },
    {
      key: 'interval',
      label: 'Interval (months)',
      width: 160,
      value: (p) => p.reviewIntervalMonths,
      edit: {
        kind: 'number',
        min: 1,
        max: 120,
        commit: (p, n) => void run('policy.update', { id: p.id, reviewIntervalMonths: n }),
      },
    },
    {
      key: 'approver',
      label: 'Approver',
      width: 150,
      value: (p) => p.approverRoleId ?? '',
      edit: {
        kind: 'picker',
        items: approvers,
        noun: { one: 'role', many: 'roles' },
        noneLabel: 'No approver',
        shownAs: (r) => (r.detail !== '' ? r.detail : r.label),
        commit: (p, id) => void run('policy.update', { id: p.id, approverRoleId: id }),
      },
    },
    {
      key: 'version',
      label: 'Version',
      width: 80,
      value: (p) => p.version,
      edit: { kind: 'text', commit: (p, version) => void run('policy.update', { id: p.id, version }) },
    },
    {
      key: 'assets',
      label: 'Governs',
      width: 120,
      value: (p) => p.assetIds.length,
      render: (p) => (
        <button
          type="button"
          className="link-button"
          onClick={() => onEditAssets(p)}
          aria-label={`${assetCount(p.assetIds.length)}: change the assets ${p.title} governs`}
        >
          {assetCount(p.assetIds.length)}
        </button>
      ),
    },
    {
      key: 'category',
      label: 'Category',
      width: 150,
      value: (p) => p.category,
      edit: { kind: 'text', commit: (p, category) => void run('policy.update', { id: p.id, category }) },
    },
    {
      key: 'document',
      label: 'Document link',
      width: 240,
      value: (p) => p.documentUrl,
      edit: { kind: 'url', commit: (p, documentUrl) => void run('policy.update', { id: p.id, documentUrl }) },
    },
  ];
}

export function assetColumns(run: Run, data: RegisterData, letters: Letters): Column<AssetView>[] {
  const codes = new Map(data.policies.map((p) => [p.id, p.code !== '' ? p.code : p.title]));
  return [
    {
      key: 'name',
      label: 'Name',
      width: 220,
      value: (a) => a.name,
      edit: { kind: 'text', commit: (a, name) => void run('asset.update', { id: a.id, name }) },
    },
    {
      key: 'type',
      label: 'Type',
      width: 180,
      value: (a) => a.type,
      edit: {
        kind: 'combo',
        options: assetTypes(data.assets),
        commit: (a, type) => void run('asset.update', { id: a.id, type }),
      },
    },
    {
      key: 'criticality',
      label: 'Criticality',
      width: 110,
      value: (a) => a.criticality,
      sortBy: (a) => CRITICALITIES.indexOf(a.criticality),
      edit: {
        kind: 'select',
        options: CRITICALITIES.map((c) => ({ value: c, label: capital(c) })),
        commit: (a, c) => void run('asset.update', { id: a.id, criticality: c as Criticality }),
      },
    },
    {
      key: 'classification',
      label: 'Classification',
      width: 145,
      value: (a) => a.classification,
      sortBy: (a) => CLASSIFICATIONS.indexOf(a.classification),
      edit: {
        kind: 'select',
        options: CLASSIFICATIONS.map((c) => ({ value: c, label: capital(c) })),
        commit: (a, c) => void run('asset.update', { id: a.id, classification: c as Classification }),
      },
    },
    lettersColumn<AssetView>('asset', 'A', 'Owner (A)', letters, 120),
    {
      key: 'policies',
      label: 'Governed by',
      width: 180,
      value: (a) => a.policyIds.map((id) => codes.get(id) ?? id).join(', '),
      render: (a) =>
        a.policyIds.length === 0 ? (
          <span className="muted">No policy</span>
        ) : (
          <span className="register__text" title={a.policyIds.map((id) => codes.get(id) ?? id).join(', ')}>
            {a.policyIds.map((id) => codes.get(id) ?? id).join(', ')}
          </span>
        ),
    },
    {
      key: 'description',
      label: 'Description',
      width: 240,
      value: (a) => a.description,
      edit: { kind: 'text', commit: (a, description) => void run('asset.update', { id: a.id, description }) },
    },
  ];
}

export function areaColumns(run: Run, letters: Letters): Column<AreaView>[] {
  return [
    {
      key: 'name',
      label: 'Name',
      width: 400,
      value: (a) => a.name,
      edit: { kind: 'text', commit: (a, name) => void run('area.update', { id: a.id, name }) },
    },
    lettersColumn<AreaView>('responsibility', 'A', 'Accountable', letters, 140),
    lettersColumn<AreaView>('responsibility', 'R', 'Responsible', letters, 140),
    {
      key: 'description',
      label: 'Description',
      width: 420,
      value: (a) => a.description,
      edit: { kind: 'text', commit: (a, description) => void run('area.update', { id: a.id, description }) },
    },
  ];
}

export function personColumns(run: Run, onOpenRole: (id: string) => void): Column<PersonView>[] {
  return [
    {
      key: 'name',
      label: 'Name',
      width: 220,
      value: (p) => p.name,
      edit: { kind: 'text', commit: (p, name) => void run('person.update', { id: p.id, name }) },
    },
    {
      key: 'email',
      label: 'Email',
      width: 250,
      value: (p) => p.email,
      edit: { kind: 'text', commit: (p, email) => void run('person.update', { id: p.id, email }) },
    },
    {
      key: 'externalId',
      label: 'External id',
      width: 140,
      value: (p) => p.externalId,
      edit: { kind: 'text', commit: (p, externalId) => void run('person.update', { id: p.id, externalId }) },
    },
    {
      key: 'roles',
      label: 'Holds',
      width: 340,
      value: (p) => p.roles.map((r) => r.title).join(', '),
      render: (p) =>
        p.roles.length === 0 ? (
          <span className="muted">No role</span>
        ) : (
          <span className="register__links">
            {p.roles.map((r) => (
              <button
                key={r.roleId}
                type="button"
                className="link-button"
                onClick={() => onOpenRole(r.roleId)}
              >
                {r.title}
                {r.acting && ' (acting)'}
              </button>
            ))}
          </span>
        ),
    },
  ];
}
