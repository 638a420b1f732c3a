import './pages.css';
import type { Call } from '../../app/contract';
import type { CharterError } from '../../app/errors';
import type { ChartModel, ModelInfo } from '../../app/views';
import { OwnershipMap } from '../ownership/OwnershipMap';
import { RaciMatrix } from '../raci/RaciMatrix';
import { useRegisterData } from '../registers/data';
import { Registers } from '../registers/Registers';
import type { Run } from '../registers/run';
import { ErrorBanner } from '../shell/ErrorBanner';
import type { Navigation } from './navigation';
import { PersonPage } from './PersonPage';
import { RolePage } from './RolePage';

export interface WorkspaceProps {
  call: Call;
  run: Run;
  nav: Navigation;
  info: ModelInfo | null;
  chart: ChartModel | null;
  error: CharterError | null;
  onDismissError: () => void;
  onError: (e: unknown) => void;
  /** Back to the chart with this role selected. */
  onShowOnChart: (roleId: string) => void;
}

/** Everything but the chart: the registers, the RACI matrix, and the role and person pages. */
export function Workspace({
  call,
  run,
  nav,
  info,
  chart,
  error,
  onDismissError,
  onError,
  onShowOnChart,
}: WorkspaceProps) {
  const revision = info?.revision ?? null;
  const data = useRegisterData(call, revision, onError);
  const readOnly = info?.readOnly ?? true;

  let body;
  if (nav.page?.kind === 'role') {
    body = (
      <RolePage
        call={call}
        id={nav.page.id}
        revision={revision}
        onOpenPerson={nav.openPerson}
        onOpenRole={nav.openRole}
        onShowOnChart={onShowOnChart}
        onClose={nav.closePage}
        onError={onError}
      />
    );
  } else if (data === null || chart === null) {
    body = (
      <p className="empty-state empty-state--centre">
        {error ? 'The registers could not be loaded.' : 'Loading…'}
      </p>
    );
  } else if (nav.page?.kind === 'person') {
    const id = nav.page.id;
    body = (
      <PersonPage
        call={call}
        person={data.people.find((p) => p.id === id) ?? null}
        revision={revision}
        onOpenRole={nav.openRole}
        onClose={nav.closePage}
        onError={onError}
      />
    );
  } else if (nav.view === 'ownership') {
    body = <OwnershipMap data={data} roles={chart.roles} />;
  } else if (nav.view === 'raci') {
    body = <RaciMatrix data={data} chart={chart} readOnly={readOnly} run={run} />;
  } else {
    body = (
      <Registers
        data={data}
        roles={chart.roles}
        readOnly={readOnly}
        run={run}
        register={nav.register}
        onRegister={nav.setRegister}
        onOpenRole={nav.openRole}
        onOpenPerson={nav.openPerson}
        onError={onError}
      />
    );
  }
  return (
    <main
      className="workspace-view"
      aria-label={
        nav.page
          ? nav.page.kind === 'role'
            ? 'Role page'
            : 'Person page'
          : nav.view === 'raci'
            ? 'RACI matrix'
            : nav.view === 'ownership'
              ? 'Ownership map'
              : 'Registers'
      }
    >
      <ErrorBanner error={error} onDismiss={onDismissError} />
      {body}
    </main>
  );
}
