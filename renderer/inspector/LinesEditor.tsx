import { useId, useMemo, useState } from 'react';
import type { ChartModel, RoleDetail, RoleRef } from '../../app/views';
import { descendantsOf } from './tree';
import type { Run } from '../registers/run';
import { RolePicker } from '../shell/RolePicker';

export interface LinesEditorProps {
  detail: RoleDetail;
  chart: ChartModel;
  run: Run;
  readOnly: boolean;
  onSelect: (id: string) => void;
}

function RoleLink({ role, onSelect }: { role: RoleRef; onSelect: (id: string) => void }) {
  return (
    <button type="button" className="link-button" onClick={() => onSelect(role.id)}>
      {role.title}
      {role.shortName !== '' && <span className="muted"> ({role.shortName})</span>}
    </button>
  );
}

/**
 * Where the role reports: its manager (a solid line; roles under it are not
 * offered, the model would refuse the cycle) and its dotted lines.
 */
export function LinesEditor({ detail, chart, run, readOnly, onSelect }: LinesEditorProps) {
  const id = useId();
  const roleId = detail.role.id;
  const [dotted, setDotted] = useState<string | null>(null);
  const managers = useMemo(() => {
    const below = descendantsOf(chart, roleId);
    return chart.roles.filter((r) => r.id !== roleId && !below.has(r.id));
  }, [chart, roleId]);
  const dottedChoices = useMemo(() => {
    const taken = new Set([...detail.dottedManagers.map((m) => m.id), detail.manager?.id, roleId]);
    return chart.roles.filter((r) => !taken.has(r.id));
  }, [chart, detail, roleId]);

  return (
    <>
      <h3 id={`${id}-manager`}>Reports to</h3>
      {readOnly ? (
        detail.manager ? (
          <RoleLink role={detail.manager} onSelect={onSelect} />
        ) : (
          <p className="muted">Nobody: this is a top-level role.</p>
        )
      ) : (
        <div className="inline-form">
          <RolePicker
            aria-labelledby={`${id}-manager`}
            roles={managers}
            value={detail.manager?.id ?? null}
            onChange={(next) => void run('role.move', { id: roleId, managerRoleId: next })}
            noneLabel="No manager (top of the chart)"
          />
          {detail.manager && (
            <button
              type="button"
              className="button button--small"
              aria-label={`Go to ${detail.manager.title}`}
              title={`Go to ${detail.manager.title}`}
              onClick={() => onSelect(detail.manager?.id ?? '')}
            >
              Go
            </button>
          )}
        </div>
      )}

      <h3 id={`${id}-dotted`}>Dotted line to</h3>
      {detail.dottedManagers.length === 0 && <p className="muted">No dotted lines.</p>}
      <ul className="plain-list editor-list">
        {detail.dottedManagers.map((m) => (
          <li key={m.id}>
            <RoleLink role={m} onSelect={onSelect} />
            {!readOnly && (
              <button
                type="button"
                className="button button--quiet button--small"
                aria-label={`Remove the dotted line to ${m.title}`}
                onClick={() => void run('line.remove', { roleId, managerRoleId: m.id, kind: 'dotted' })}
              >
                Remove
              </button>
            )}
          </li>
        ))}
      </ul>
      {!readOnly && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (dotted === null) return;
            void run('line.add', { roleId, managerRoleId: dotted, kind: 'dotted' }).then(
              (ok) => ok && setDotted(null),
            );
          }}
        >
          <RolePicker
            aria-label="Add a dotted line to"
            roles={dottedChoices}
            value={dotted}
            onChange={setDotted}
            placeholder="Add a dotted line to…"
          />
          <button type="submit" className="button button--small" disabled={dotted === null}>
            Add
          </button>
        </form>
      )}
    </>
  );
}
