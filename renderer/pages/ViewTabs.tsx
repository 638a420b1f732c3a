import { type Navigation, VIEWS } from './navigation';

const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The view switcher under the header: plain navigation buttons with their shortcuts. */
export function ViewTabs({ nav }: { nav: Navigation }) {
  return (
    <nav className="view-tabs" aria-label="Views">
      {VIEWS.map((v) => {
        const current = nav.view === v.id && nav.page === null;
        return (
          <button
            key={v.id}
            type="button"
            className={current ? 'view-tabs__tab view-tabs__tab--on' : 'view-tabs__tab'}
            aria-current={current ? 'page' : undefined}
            title={`${v.label} (${mac ? '⌘' : 'Ctrl+'}${v.key})`}
            aria-keyshortcuts={`${mac ? 'Meta' : 'Control'}+${v.key}`}
            onClick={() => nav.setView(v.id)}
          >
            {v.label}
          </button>
        );
      })}
      {nav.page !== null && (
        <span className="view-tabs__page" aria-hidden="true">
          {nav.page.kind === 'role' ? 'Role page' : 'Person page'}
        </span>
      )}
    </nav>
  );
}
