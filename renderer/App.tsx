import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useEffect, useState } from 'react';
import type { Call } from '../app/contract';
import { OrgChart } from './chart/OrgChart';
import { useResolvedTheme } from './chart/theme';
import { BadgeContext } from './findings/badges';
import { FindingsCount } from './findings/FindingsCount';
import { FindingsPanel } from './findings/FindingsPanel';
import type { Target } from './findings/model';
import { RuleSettingsDialog } from './findings/RuleSettingsDialog';
import { type Patch, updateInput } from './findings/settings';
import { useFindings } from './findings/useFindings';
import { showTarget, useFindingsPanel } from './findings/useFindingsPanel';
import { Inspector } from './inspector/Inspector';
import { IoDialogs } from './io/IoDialogs';
import { addToOwnershipMap } from './ownership/chosen';
import { useNavigation } from './pages/navigation';
import { ViewTabs } from './pages/ViewTabs';
import { Workspace } from './pages/Workspace';
import { AddRoleDialog, type NewRole } from './shell/AddRoleDialog';
import { SearchPalette } from './search/SearchPalette';
import { ErrorBanner } from './shell/ErrorBanner';
import { Header } from './shell/Header';
import { historyShortcut, isTextEntry } from './shell/shortcuts';
import { StatusBar } from './shell/StatusBar';
import type { MenuSubscribe } from './transport';
import { useCharter } from './useCharter';
import type { ModelView } from './view';

/** The app shell: header, chart, inspector and status bar around one model. */
export function App({
  call,
  onMenu,
  firstView,
}: {
  call: Call;
  onMenu: MenuSubscribe;
  /** The model's first view, already asked for (see main.tsx). */
  firstView?: Promise<ModelView>;
}) {
  const { view, error, run, dismissError, showError, reload } = useCharter(call, firstView);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const nav = useNavigation(onMenu);
  const { setView } = nav;
  const showOnChart = useCallback(
    (id: string) => {
      setSelectedId(id);
      setView('chart');
    },
    [setView],
  );
  const info = view?.info ?? null;
  const findings = useFindings(call, info?.revision ?? null, showError);
  const findingsPanel = useFindingsPanel(onMenu);
  const [ruleSettings, setRuleSettings] = useState(false);
  const showFinding = useCallback((t: Target) => showTarget(t, nav, showOnChart), [nav, showOnChart]);
  const openRuleSettings = useCallback(() => {
    dismissError();
    setRuleSettings(true);
  }, [dismissError]);
  const saveRules = useCallback(
    async (patch: Patch) => (await run('governance.update', updateInput(patch))) !== null,
    [run],
  );

  const theme = useResolvedTheme();
  const move = useCallback(
    async (id: string, managerRoleId: string) => (await run('role.move', { id, managerRoleId })) !== null,
    [run],
  );
  const openOwnership = useCallback(
    (roleId: string) => {
      addToOwnershipMap(roleId);
      setView('ownership');
    },
    [setView],
  );

  const undo = useCallback(() => void run('history.undo', {}), [run]);
  const redo = useCallback(() => void run('history.redo', {}), [run]);
  const openAdd = useCallback(() => {
    dismissError();
    setAdding(true);
  }, [dismissError]);
  const closeAdd = useCallback(() => setAdding(false), []);

  const create = useCallback(
    async (role: NewRole) => {
      const result = await run('role.create', role);
      if (result?.id !== undefined) setSelectedId(result.id);
      return result !== null;
    },
    [run],
  );

  useEffect(() => {
    document.title = info ? `${info.name} · Charter` : 'Charter';
  }, [info]);

  // The desktop menu's Undo and Redo; its other page actions belong to views still to come.
  useEffect(
    () =>
      onMenu((action) => {
        if (action === 'edit.undo') undo();
        if (action === 'edit.redo') redo();
      }),
    [onMenu, undo, redo],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = historyShortcut(e);
      if (action === null || isTextEntry(e.target) || adding || !info || info.readOnly) return;
      e.preventDefault();
      if (action === 'undo' && info.undo) undo();
      if (action === 'redo' && info.redo) redo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [adding, info, undo, redo]);

  const chart = view?.chart ?? null;
  const hasRoles = (chart?.roles.length ?? 0) > 0;
  return (
    <div className={findingsPanel.open ? 'app app--findings' : 'app'}>
      <Header info={info} onUndo={undo} onRedo={redo} onAddRole={openAdd} />
      <div className="workspace">
        <ViewTabs nav={nav} />
        {nav.view === 'chart' && nav.page === null ? (
          <div className="app-body">
            <main className="chart-area" aria-label="Org chart">
              <ErrorBanner error={error} onDismiss={dismissError} />
              {chart === null ? (
                <p className="empty-state empty-state--centre">
                  {error ? 'The model could not be loaded.' : 'Loading the model…'}
                </p>
              ) : hasRoles ? (
                <ReactFlowProvider>
                  <BadgeContext.Provider value={findings.badges}>
                    <OrgChart
                      chart={chart}
                      modelPath={info?.path ?? ''}
                      readOnly={info?.readOnly ?? true}
                      colorMode={theme}
                      selectedId={selectedId}
                      onSelect={setSelectedId}
                      onMove={move}
                    />
                  </BadgeContext.Provider>
                </ReactFlowProvider>
              ) : (
                <div className="empty-state empty-state--centre">
                  <h2>This model has no roles yet</h2>
                  <p>
                    Start with the top of the organization, for example the Chief Executive Officer, then add
                    the roles that report to it.
                  </p>
                  {info?.readOnly ? (
                    <p>This model is open read-only, so roles cannot be added here.</p>
                  ) : (
                    <button type="button" className="button button--primary" onClick={openAdd}>
                      Add the first role
                    </button>
                  )}
                </div>
              )}
            </main>
            <Inspector
              call={call}
              selectedId={selectedId}
              revision={info?.revision ?? null}
              hasRoles={hasRoles}
              onSelect={setSelectedId}
              onError={showError}
              onOpenRolePage={nav.openRole}
              onOpenPerson={nav.openPerson}
              run={run}
              readOnly={info?.readOnly ?? true}
              chart={chart}
              onOpenOwnership={openOwnership}
            />
          </div>
        ) : (
          <Workspace
            call={call}
            run={run}
            nav={nav}
            info={info}
            chart={chart}
            error={error}
            onDismissError={dismissError}
            onError={showError}
            onShowOnChart={showOnChart}
          />
        )}
      </div>
      {findingsPanel.open && (
        <FindingsPanel
          findings={findings.findings}
          rules={findings.rules}
          roles={chart?.roles ?? []}
          onShow={showFinding}
          onOpenSettings={openRuleSettings}
          onClose={findingsPanel.close}
        />
      )}
      <StatusBar summary={view?.summary ?? null} info={info}>
        <FindingsCount counts={findings.counts} open={findingsPanel.open} onToggle={findingsPanel.toggle} />
      </StatusBar>
      {ruleSettings && (
        <RuleSettingsDialog
          rules={findings.rules}
          readOnly={info?.readOnly ?? true}
          error={error?.message ?? null}
          onSave={saveRules}
          onClose={() => setRuleSettings(false)}
        />
      )}
      <SearchPalette call={call} chart={chart} onFocusRole={showOnChart} onError={showError} />
      <AddRoleDialog
        open={adding}
        roles={chart?.roles ?? []}
        defaultManagerId={selectedId}
        error={adding ? (error?.message ?? null) : null}
        onCreate={create}
        onClose={closeAdd}
      />
      <IoDialogs
        call={call}
        onMenu={onMenu}
        info={info}
        roles={chart?.roles ?? []}
        selectedId={selectedId}
        onChanged={() => void reload()}
      />
    </div>
  );
}
