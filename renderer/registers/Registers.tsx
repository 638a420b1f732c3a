import './registers.css';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { CharterError } from '../../app/errors';
import { CRITICALITIES, POLICY_STATUSES } from '../../app/model';
import type { ChartRole, PolicyView } from '../../app/views';
import {
  areaColumns,
  assetColumns,
  assetTypes,
  personColumns,
  policyColumns,
  STATUS_LABELS,
} from './columns';
import type { RegisterData } from './data';
import { AssetsDialog, CreateDialog, DeleteDialog, LinkDialog, type FieldSpec } from './dialogs';
import { KIND_NOUNS, type RegisterKind, count, deletionImpact } from './impact';
import { openExternal, openInBrowser, safeExternalUrl } from './openExternal';
import { RegisterTable } from './RegisterTable';
import { settleReveal, useReveal } from './reveal';
import { type Run, lettersBySubject } from './run';

export const REGISTERS: { kind: RegisterKind; label: string }[] = [
  { kind: 'policy', label: 'Policies' },
  { kind: 'asset', label: 'Assets' },
  { kind: 'responsibility', label: 'Responsibility areas' },
  { kind: 'person', label: 'People' },
];

const DELETE_COMMANDS = {
  policy: 'policy.delete',
  asset: 'asset.delete',
  responsibility: 'area.delete',
  person: 'person.delete',
} as const;

export interface RegistersProps {
  data: RegisterData;
  roles: readonly ChartRole[];
  readOnly: boolean;
  run: Run;
  register: RegisterKind;
  onRegister: (kind: RegisterKind) => void;
  onOpenRole: (id: string) => void;
  onOpenPerson: (id: string) => void;
  onError: (error: unknown) => void;
}

type Dialog =
  | { kind: 'delete'; register: RegisterKind; ids: string[] }
  | { kind: 'create'; register: RegisterKind }
  | { kind: 'assets'; policy: PolicyView }
  | { kind: 'link'; url: URL; answer: (yes: boolean) => void }
  | null;

function Empty({
  noun,
  onCreate,
  readOnly,
  children,
}: {
  noun: string;
  onCreate: () => void;
  readOnly: boolean;
  children: ReactNode;
}) {
  return (
    <div className="empty-state empty-state--centre">
      <h2>No {noun} yet</h2>
      <p>{children}</p>
      {!readOnly && (
        <button type="button" className="button button--primary" onClick={onCreate}>
          Add the first {noun === 'people' ? 'person' : noun.replace(/ies$/, 'y').replace(/s$/, '')}
        </button>
      )}
    </div>
  );
}

/** The four registers behind one switch, with their dialogs. */
export function Registers(props: RegistersProps) {
  const { data, roles, readOnly, run, register } = props;
  const [dialog, setDialog] = useState<Dialog>(null);
  const [status, setStatus] = useState('');
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [assetType, setAssetType] = useState('');
  const close = useCallback(() => setDialog(null), []);
  const letters = useMemo(() => lettersBySubject(data, roles), [data, roles]);

  const openLink = useCallback(
    async (href: string) => {
      const outcome = await openExternal(href, {
        confirm: (url) => new Promise((resolve) => setDialog({ kind: 'link', url, answer: resolve })),
        open: openInBrowser,
        desktop: window.charter?.openExternal,
      });
      setDialog(null);
      if (outcome === 'refused')
        props.onError(
          new CharterError(
            'invalid_input',
            'Charter opens only https links. Change the document link to an https address.',
          ),
        );
    },
    [props],
  );

  const create = () => setDialog({ kind: 'create', register });
  const del = (ids: string[]) => setDialog({ kind: 'delete', register, ids });
  const deleteButton = (id: string, name: string) => (
    <button
      type="button"
      className="button button--quiet button--small"
      disabled={readOnly}
      onClick={() => del([id])}
      aria-label={`Delete ${name}`}
    >
      Delete
    </button>
  );

  const policyCols = useMemo(
    () => policyColumns(run, roles, letters, (policy) => setDialog({ kind: 'assets', policy })),
    [run, roles, letters],
  );
  const assetCols = useMemo(() => assetColumns(run, data, letters), [run, data, letters]);
  const areaCols = useMemo(() => areaColumns(run, letters), [run, letters]);
  const personCols = useMemo(() => personColumns(run, props.onOpenRole), [run, props.onOpenRole]);
  const types = useMemo(() => assetTypes(data.assets), [data.assets]);

  const policyRows = useMemo(
    () => data.policies.filter((p) => (status === '' || p.status === status) && (!overdueOnly || p.overdue)),
    [data.policies, status, overdueOnly],
  );
  const assetRows = useMemo(
    () => data.assets.filter((a) => assetType === '' || a.type === assetType),
    [data.assets, assetType],
  );

  // "Show" from the Findings panel: a filter of this screen that hides the entry is cleared first,
  // and a request for an entry that is gone (deleted since) is dropped.
  const wanted = useReveal(register);
  const shownRows: readonly { id: string }[] =
    register === 'policy'
      ? policyRows
      : register === 'asset'
        ? assetRows
        : register === 'responsibility'
          ? data.areas
          : data.people;
  const reveal = wanted && shownRows.some((r) => r.id === wanted.id) ? wanted : null;
  useEffect(() => {
    if (wanted === null || reveal !== null) return;
    const all: readonly { id: string }[] = {
      policy: data.policies,
      asset: data.assets,
      responsibility: data.areas,
      person: data.people,
    }[register];
    if (!all.some((r) => r.id === wanted.id)) return settleReveal(wanted);
    setStatus('');
    setOverdueOnly(false);
    setAssetType('');
  }, [wanted, reveal, register, data]);

  let table: ReactNode;
  if (register === 'policy') {
    table = (
      <RegisterTable
        noun="policies"
        rows={policyRows}
        reveal={reveal}
        total={data.policies.length}
        columns={policyCols}
        getId={(p) => p.id}
        rowLabel={(p) => p.title}
        readOnly={readOnly}
        actionsWidth={150}
        actions={(p) => (
          <>
            {p.documentUrl !== '' && (
              <button
                type="button"
                className="button button--quiet button--small"
                disabled={safeExternalUrl(p.documentUrl) === null}
                title={
                  safeExternalUrl(p.documentUrl) === null ? 'Only https links can be opened' : p.documentUrl
                }
                onClick={() => void openLink(p.documentUrl)}
                aria-label={`Open the document of ${p.title}`}
              >
                Open
              </button>
            )}
            {deleteButton(p.id, p.title)}
          </>
        )}
        filters={
          <>
            <select aria-label="Filter by status" value={status} onChange={(e) => setStatus(e.target.value)}>
              <option value="">Any status</option>
              {POLICY_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </select>
            <label className="register__check">
              <input
                type="checkbox"
                checked={overdueOnly}
                onChange={(e) => setOverdueOnly(e.target.checked)}
              />
              Overdue only
            </label>
          </>
        }
        onCreate={create}
        onDeleteMany={del}
        empty={
          <Empty noun="policies" onCreate={create} readOnly={readOnly}>
            Policies are the rules the organization lives by: access control, acceptable use, secure
            development.
          </Empty>
        }
      />
    );
  } else if (register === 'asset') {
    table = (
      <RegisterTable
        noun="assets"
        rows={assetRows}
        reveal={reveal}
        total={data.assets.length}
        columns={assetCols}
        getId={(a) => a.id}
        rowLabel={(a) => a.name}
        readOnly={readOnly}
        actionsWidth={90}
        actions={(a) => deleteButton(a.id, a.name)}
        filters={
          <select
            aria-label="Filter by type"
            value={assetType}
            onChange={(e) => setAssetType(e.target.value)}
          >
            <option value="">Any type</option>
            {types.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        }
        onCreate={create}
        onDeleteMany={del}
        empty={
          <Empty noun="assets" onCreate={create} readOnly={readOnly}>
            Assets are the technology the organization protects: software, applications, networks, servers and
            databases.
          </Empty>
        }
      />
    );
  } else if (register === 'responsibility') {
    table = (
      <RegisterTable
        noun="responsibility areas"
        rows={data.areas}
        reveal={reveal}
        total={data.areas.length}
        columns={areaCols}
        getId={(a) => a.id}
        rowLabel={(a) => a.name}
        readOnly={readOnly}
        actionsWidth={90}
        actions={(a) => deleteButton(a.id, a.name)}
        onCreate={create}
        onDeleteMany={del}
        empty={
          <Empty noun="responsibility areas" onCreate={create} readOnly={readOnly}>
            Responsibility areas are duties such as “Information security policy” or “Software development”.
          </Empty>
        }
      />
    );
  } else {
    table = (
      <RegisterTable
        noun="people"
        rows={data.people}
        reveal={reveal}
        total={data.people.length}
        columns={personCols}
        getId={(p) => p.id}
        rowLabel={(p) => p.name}
        readOnly={readOnly}
        actionsWidth={180}
        actions={(p) => (
          <>
            <button
              type="button"
              className="button button--quiet button--small"
              onClick={() => props.onOpenPerson(p.id)}
              aria-label={`Open page: ${p.name}`}
            >
              Open page
            </button>
            {deleteButton(p.id, p.name)}
          </>
        )}
        onCreate={create}
        onDeleteMany={del}
        empty={
          <Empty noun="people" onCreate={create} readOnly={readOnly}>
            People hold roles. Add them here, or import them from your HR system.
          </Empty>
        }
      />
    );
  }

  return (
    <section className="registers" aria-label="Registers">
      <div className="registers__switch" role="group" aria-label="Register">
        {REGISTERS.map((r) => (
          <button
            key={r.kind}
            type="button"
            className={r.kind === register ? 'chip chip--on' : 'chip'}
            aria-pressed={r.kind === register}
            onClick={() => props.onRegister(r.kind)}
          >
            {r.label}
            <span className="chip__count">{registerSize(data, r.kind).toLocaleString('en')}</span>
          </button>
        ))}
      </div>
      {/* Keyed, so each register starts scrolled to its own top left. */}
      <div key={register} className="registers__table">
        {table}
      </div>
      {dialog?.kind === 'delete' && (
        <DeleteDialog
          title={`Delete ${dialog.ids.length === 1 ? `this ${KIND_NOUNS[dialog.register][0]}` : count(dialog.ids.length, KIND_NOUNS[dialog.register])}?`}
          impact={deletionImpact(dialog.register, dialog.ids, data)}
          onClose={close}
          onConfirm={async () => {
            const [id, ...more] = dialog.ids;
            // One entry: its own delete command. Several: one bulk command, so one Undo restores them all.
            if (id !== undefined && more.length === 0) await run(DELETE_COMMANDS[dialog.register], { id });
            else await run('registers.deleteMany', { kind: dialog.register, ids: dialog.ids });
            return true;
          }}
        />
      )}
      {dialog?.kind === 'create' && (
        <CreateDialog
          title={`New ${KIND_NOUNS[dialog.register][0]}`}
          fields={createFields(dialog.register, types)}
          onClose={close}
          onCreate={async (v) => (await createEntry(run, dialog.register, v)) !== null}
        />
      )}
      {dialog?.kind === 'assets' && (
        <AssetsDialog
          policy={dialog.policy}
          assets={data.assets}
          onClose={close}
          onSave={async (assetIds) =>
            (await run('policy.setAssets', { id: dialog.policy.id, assetIds })) !== null
          }
        />
      )}
      {dialog?.kind === 'link' && <LinkDialog url={dialog.url} onAnswer={dialog.answer} />}
    </section>
  );
}

function registerSize(data: RegisterData, kind: RegisterKind): number {
  return { policy: data.policies, asset: data.assets, responsibility: data.areas, person: data.people }[kind]
    .length;
}

function createFields(kind: RegisterKind, types: readonly string[]): FieldSpec[] {
  switch (kind) {
    case 'policy':
      return [
        { name: 'title', label: 'Title', required: true },
        { name: 'code', label: 'Code' },
        { name: 'category', label: 'Category' },
      ];
    case 'asset':
      return [
        { name: 'name', label: 'Name', required: true },
        {
          name: 'type',
          label: 'Type (pick one or type a new one)',
          required: true,
          options: types,
          initial: 'software',
        },
        {
          name: 'criticality',
          label: 'Criticality',
          choices: CRITICALITIES.map((c) => ({ value: c, label: c.charAt(0).toUpperCase() + c.slice(1) })),
          initial: 'medium',
        },
      ];
    case 'responsibility':
      return [
        { name: 'name', label: 'Name', required: true },
        { name: 'description', label: 'Description' },
      ];
    case 'person':
      return [
        { name: 'name', label: 'Name', required: true },
        { name: 'email', label: 'Email' },
      ];
  }
}

function createEntry(run: Run, kind: RegisterKind, v: Record<string, string>) {
  const s = (k: string) => v[k] ?? '';
  switch (kind) {
    case 'policy':
      return run('policy.create', { title: s('title'), code: s('code'), category: s('category') });
    case 'asset':
      return run('asset.create', {
        name: s('name'),
        type: s('type'),
        criticality: s('criticality') as (typeof CRITICALITIES)[number],
      });
    case 'responsibility':
      return run('area.create', { name: s('name'), description: s('description') });
    case 'person':
      return run('person.create', { name: s('name'), email: s('email') });
  }
}
