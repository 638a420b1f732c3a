import { FINDINGS_KEYS, type Severity, type SeverityCounts, countText } from './model';
import { SeverityIcon } from './SeverityIcon';

function Part({ severity, n }: { severity: Severity; n: number }) {
  return (
    <span className={`findings-count__part findings-count__part--${n === 0 ? 'none' : severity}`}>
      <SeverityIcon severity={severity} />
      {countText(n, severity)}
    </span>
  );
}

/** The status bar's finding count (errors and warnings); opens or closes the panel. */
export function FindingsCount({
  counts,
  open,
  onToggle,
}: {
  counts: SeverityCounts | null;
  open: boolean;
  onToggle: () => void;
}) {
  const clean = counts !== null && counts.error + counts.warning + counts.info === 0;
  const said = counts === null ? 'Checking the model' : 'No findings';
  return (
    <button
      type="button"
      className="findings-count"
      aria-expanded={open}
      title={`${open ? 'Close' : 'Open'} the Findings panel (${FINDINGS_KEYS})`}
      onClick={onToggle}
    >
      <span className="findings-sr-only">Findings: </span>
      {counts === null || clean ? (
        said
      ) : (
        <>
          <Part severity="error" n={counts.error} />
          <span className="findings-sr-only">, </span>
          <Part severity="warning" n={counts.warning} />
          {counts.info > 0 && (
            <>
              <span className="findings-sr-only">, </span>
              <Part severity="info" n={counts.info} />
            </>
          )}
        </>
      )}
    </button>
  );
}
