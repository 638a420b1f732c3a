import './inspector.css';
import { useEffect, useState, type CSSProperties } from 'react';
import type { Call } from '../../app/contract';
import type { RaciLetter, SubjectType } from '../../app/model';
import type { AssignmentView, ChartModel, RoleDetail, RoleRef } from '../../app/views';
import { chartHues, functionHues } from '../chart/functionColour';
import { KEYS } from '../shell/keys';
import type { Run } from '../registers/run';
import { asCharterError } from '../useCharter';
import { DeleteRoleDialog } from './DeleteRoleDialog';
import { HoldersEditor } from './HoldersEditor';
import { LinesEditor } from './LinesEditor';
import { RoleForm } from './RoleForm';
import { Rollup } from './Rollup';

const TYPE_LABELS: Record<SubjectType, string> = {
  policy: 'Policy',
  asset: 'Asset',
  responsibility: 'Responsibility area',
};

const TYPE_ORDER: Record<SubjectType, number> = { policy: 0, asset: 1, responsibility: 2 };

/** One letter's assignments, policies first, then assets, then duties, each by name. */
export function assignmentsFor(items: AssignmentView[], letter: RaciLetter): AssignmentView[] {
  return items
    .filter((a) => a.letter === letter)
    .sort(
      (a, b) =>
        TYPE_ORDER[a.subjectType] - TYPE_ORDER[b.subjectType] || a.subjectName.localeCompare(b.subjectName),
    );
}

const SECTIONS: { letter: RaciLetter; heading: string; empty: string | null }[] = [
  {
    letter: 'A',
    heading: 'Accountable for',
    empty: 'Not accountable for any policy, asset or responsibility area yet.',
  },
  {
    letter: 'R',
    heading: 'Responsible for',
    empty: 'Not responsible for any policy, asset or responsibility area yet.',
  },
  { letter: 'C', heading: 'Consulted on', empty: null },
  { letter: 'I', heading: 'Kept informed of', empty: null },
];

export interface InspectorProps {
  call: Call;
  selectedId: string | null;
  /** Changes whenever the model does, so the detail is fetched again. */
  revision: number | null;
  hasRoles: boolean;
  onSelect: (id: string | null) => void;
  onError: (error: unknown) => void;
  /** Opens the full page of a role or of a person who holds it. */
  onOpenRolePage: (id: string) => void;
  onOpenPerson: (id: string) => void;
  /** Runs a command through the shell, which reports failures and refreshes. */
  run: Run;
  readOnly: boolean;
  /** The chart's roles and lines, for the manager and dotted-line pickers. */
  chart: ChartModel | null;
  /** Opens the ownership map with this role among the chosen ones. */
  onOpenOwnership: (roleId: string) => void;
}

function RoleLinks({ roles, onSelect }: { roles: RoleRef[]; onSelect: (id: string) => void }) {
  return (
    <ul className="plain-list">
      {roles.map((r) => (
        <li key={r.id}>
          <button type="button" className="link-button" onClick={() => onSelect(r.id)}>
            {r.title}
            {r.shortName !== '' && <span className="muted"> ({r.shortName})</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}

function AssignmentList({ items }: { items: AssignmentView[] }) {
  return (
    <ul className="plain-list">
      {items.map((a) => (
        <li key={`${a.subjectType}:${a.subjectId}`} className="assignment">
          <span className={`type-label type-label--${a.subjectType}`}>{TYPE_LABELS[a.subjectType]}</span>
          <span>{a.subjectName}</span>
        </li>
      ))}
    </ul>
  );
}

interface DetailsProps {
  call: Call;
  run: Run;
  detail: RoleDetail;
  chart: ChartModel | null;
  revision: number | null;
  readOnly: boolean;
  onSelect: (id: string | null) => void;
  onError: (error: unknown) => void;
  onOpenRolePage: (id: string) => void;
  onOpenPerson: (id: string) => void;
  onOpenOwnership: (roleId: string) => void;
}

/** What the keyboard does on the chart, while no role is selected to fill the panel. */
function ChartKeys() {
  const keys: [string, string][] = [
    [KEYS.search, 'Find a role, person, policy or asset'],
    ['← ↑ → ↓', 'Walk to the manager, reports and peers of the selected role'],
    ['− +', 'Collapse or expand the selected role’s reports'],
    [KEYS.undo, 'Undo the last change'],
    [KEYS.views, 'Chart, registers, RACI matrix, ownership map, findings'],
  ];
  return (
    <section className="inspector__keys" aria-label="Keys on the chart">
      <h3>Keys</h3>
      <dl>
        {keys.map(([key, what]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function Details(props: DetailsProps) {
  const { call, run, detail, chart, revision, readOnly, onSelect, onError } = props;
  const { role } = detail;
  const hue = (chart === null ? functionHues([role.function]) : chartHues(chart))(role.function);
  const [confirming, setConfirming] = useState(false);
  const addUnder = async (managerRoleId: string | null) => {
    const created = await run('role.create', { title: 'New role', managerRoleId });
    if (created?.id !== undefined) onSelect(created.id);
  };
  const remove = async () => {
    setConfirming(false);
    if ((await run('role.delete', { id: role.id })) !== null) onSelect(null);
  };
  return (
    <article className="inspector__body" aria-labelledby="inspector-title">
      <h2 id="inspector-title" className="inspector__title">
        {role.title}
      </h2>
      <p className="inspector__meta">
        {role.shortName !== '' && <span className="badge">{role.shortName}</span>}
        <span
          className={hue === null ? 'swatch swatch--none' : 'swatch'}
          style={(hue === null ? {} : { '--fn-hue': String(hue) }) as CSSProperties}
          aria-hidden="true"
        />
        {role.function !== '' ? role.function : 'No function set'}
      </p>
      <div className="inspector__actions">
        {!readOnly && (
          <>
            <button type="button" className="button button--small" onClick={() => void addUnder(role.id)}>
              Add a report
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() => void addUnder(detail.manager?.id ?? null)}
            >
              Add a peer
            </button>
          </>
        )}
        <button type="button" className="button button--small" onClick={() => props.onOpenOwnership(role.id)}>
          Ownership map
        </button>
        <button
          type="button"
          className="button button--small inspector__page"
          onClick={() => props.onOpenRolePage(role.id)}
        >
          Open role page
        </button>
        {!readOnly && (
          <button
            type="button"
            className="button button--small button--danger"
            onClick={() => setConfirming(true)}
          >
            Delete…
          </button>
        )}
      </div>
      {confirming && (
        <DeleteRoleDialog
          detail={detail}
          onConfirm={() => void remove()}
          onClose={() => setConfirming(false)}
        />
      )}

      {readOnly ? (
        role.description !== '' && <p className="inspector__description">{role.description}</p>
      ) : (
        <RoleForm role={role} run={run} readOnly={readOnly} />
      )}

      <h3>Held by</h3>
      <HoldersEditor
        call={call}
        run={run}
        roleId={role.id}
        holders={detail.holders}
        revision={revision}
        readOnly={readOnly}
        onOpenPerson={props.onOpenPerson}
      />

      {chart !== null && (
        <LinesEditor detail={detail} chart={chart} run={run} readOnly={readOnly} onSelect={onSelect} />
      )}

      <h3>Direct reports</h3>
      {detail.reports.length > 0 ? (
        <RoleLinks roles={detail.reports} onSelect={onSelect} />
      ) : (
        <p className="muted">No roles report to this one.</p>
      )}
      {detail.dottedReports.length > 0 && (
        <>
          <h3>Dotted-line reports</h3>
          <RoleLinks roles={detail.dottedReports} onSelect={onSelect} />
        </>
      )}

      {SECTIONS.map(({ letter, heading, empty }) => {
        const items = assignmentsFor(detail.assignments, letter);
        if (items.length === 0 && empty === null) return null;
        return (
          <div key={letter}>
            <h3>
              {heading} <span className="count">{items.length}</span>
            </h3>
            {items.length > 0 ? <AssignmentList items={items} /> : <p className="muted">{empty}</p>}
          </div>
        );
      })}

      <h3>Roll-up: this organization is Accountable for</h3>
      <Rollup call={call} roleId={role.id} revision={revision} onSelect={onSelect} onError={onError} />

      {detail.approves.length > 0 && (
        <>
          <h3>Approves</h3>
          <ul className="plain-list">
            {detail.approves.map((p) => (
              <li key={p.id} className="assignment">
                <span className="type-label type-label--policy">{p.code !== '' ? p.code : 'Policy'}</span>
                <span>{p.title}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}

/** The side panel: everything about the selected role. */
export function Inspector(props: InspectorProps) {
  const { call, selectedId, revision, hasRoles, onSelect, onError } = props;
  const [detail, setDetail] = useState<RoleDetail | null>(null);

  useEffect(() => {
    if (selectedId === null) return;
    let current = true;
    call('role.detail', { id: selectedId }).then(
      (d) => {
        if (current) setDetail(d);
      },
      (e: unknown) => {
        if (!current) return;
        // The role was deleted elsewhere: drop the selection quietly.
        if (asCharterError(e).code === 'not_found') onSelect(null);
        else onError(e);
      },
    );
    return () => {
      current = false;
    };
  }, [call, selectedId, revision, onSelect, onError]);

  let body;
  if (selectedId === null) {
    body = hasRoles ? (
      <>
        <p className="empty-state">
          Select a role on the chart to see who holds it, whom it reports to, and what it is accountable and
          responsible for.
        </p>
        <ChartKeys />
      </>
    ) : (
      <p className="empty-state">Roles you add will show their details here.</p>
    );
  } else if (detail === null || detail.role.id !== selectedId) {
    body = <p className="empty-state">Loading the role…</p>;
  } else {
    body = (
      <Details
        call={call}
        run={props.run}
        detail={detail}
        chart={props.chart}
        revision={revision}
        readOnly={props.readOnly}
        onSelect={onSelect}
        onError={onError}
        onOpenRolePage={props.onOpenRolePage}
        onOpenPerson={props.onOpenPerson}
        onOpenOwnership={props.onOpenOwnership}
      />
    );
  }
  return (
    // Focusable so that a long panel scrolls from the keyboard too.
    <aside className="inspector" aria-label="Role details" tabIndex={0}>
      {body}
    </aside>
  );
}
