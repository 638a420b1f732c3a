import '../search/search.css';
import type { ModelInfo } from '../../app/views';
import { setTheme, THEMES, useThemeChoice, type ThemeChoice } from '../chart/theme';
import { openSearch } from '../search/open';
import { openIoDialog } from '../io/open';
import { KEYS } from './keys';

const THEME_LABELS: Record<ThemeChoice, string> = { system: 'System theme', light: 'Light', dark: 'Dark' };

export interface HeaderProps {
  info: ModelInfo | null;
  onUndo: () => void;
  onRedo: () => void;
  onAddRole: () => void;
}

/** The banner: the model's name and the actions that apply to the whole model. */
export function Header({ info, onUndo, onRedo, onAddRole }: HeaderProps) {
  const readOnly = info?.readOnly ?? true;
  const undo = info?.undo ?? null;
  const redo = info?.redo ?? null;
  const theme = useThemeChoice();
  return (
    <header className="app-header">
      <span className="app-header__brand" aria-hidden="true">
        Charter
      </span>
      <h1 className="app-header__name" title={info?.name}>
        {info?.name ?? 'Opening model…'}
      </h1>
      {info?.readOnly && <span className="badge">Read-only</span>}
      <div className="app-header__actions">
        <button
          type="button"
          className="button app-header__search"
          onClick={openSearch}
          disabled={info === null}
          title={`Search roles, people, policies and assets (${KEYS.search})`}
        >
          Search <kbd>{KEYS.search}</kbd>
        </button>
        <button
          type="button"
          className="button"
          onClick={() => openIoDialog('import')}
          disabled={readOnly}
          title={`Import people from an HR file, or a Charter model (${KEYS.import})`}
        >
          Import…
        </button>
        <button
          type="button"
          className="button"
          onClick={() => openIoDialog('export')}
          disabled={info === null}
          title={`Export the chart or the registers (${KEYS.export})`}
        >
          Export…
        </button>
        <button type="button" className="button button--primary" onClick={onAddRole} disabled={readOnly}>
          Add role
        </button>
        <button
          type="button"
          className="button"
          onClick={onUndo}
          disabled={readOnly || undo === null}
          title={undo ? `Undo: ${undo.summary} (${KEYS.undo})` : 'Nothing to undo'}
        >
          Undo
        </button>
        <button
          type="button"
          className="button"
          onClick={onRedo}
          disabled={readOnly || redo === null}
          title={redo ? `Redo: ${redo.summary} (${KEYS.redo})` : 'Nothing to redo'}
        >
          Redo
        </button>
        <select
          className="app-header__theme"
          aria-label="Theme"
          value={theme}
          onChange={(e) => setTheme(e.target.value as ThemeChoice)}
        >
          {THEMES.map((t) => (
            <option key={t} value={t}>
              {THEME_LABELS[t]}
            </option>
          ))}
        </select>
      </div>
    </header>
  );
}
