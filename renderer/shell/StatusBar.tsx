import type { ReactNode } from 'react';
import type { ModelInfo, ModelSummary } from '../../app/views';
import { usePainted } from '../afterPaint';

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}

/** The model's counts as the status bar reads them. */
export function summaryParts(s: ModelSummary): string[] {
  return [
    count(s.roles, 'role', 'roles') +
      (s.vacantRoles > 0 ? ` (${s.vacantRoles.toLocaleString()} vacant)` : ''),
    count(s.people, 'person', 'people'),
    count(s.solidLines, 'solid line', 'solid lines'),
    count(s.dottedLines, 'dotted line', 'dotted lines'),
    count(s.responsibilityAreas, 'responsibility area', 'responsibility areas'),
    count(s.policies, 'policy', 'policies'),
    count(s.assets, 'asset', 'assets'),
    count(s.assignments, 'RACI assignment', 'RACI assignments'),
  ];
}

/** The footer: what the model holds, and which file it is; `children` go first (the finding count). */
export function StatusBar({
  summary,
  info,
  children,
}: {
  summary: ModelSummary | null;
  info: ModelInfo | null;
  children?: ReactNode;
}) {
  // A frame after the rest: the first count formatted for the locale loads its data (about 15 ms).
  const counts = usePainted(summary, null);
  return (
    <footer className="status-bar">
      {children}
      <ul className="status-bar__counts" aria-label="Model summary">
        {counts ? summaryParts(counts).map((part) => <li key={part}>{part}</li>) : <li>Loading…</li>}
      </ul>
      {info && info.path !== '' && (
        <span className="status-bar__path" title={info.path}>
          {info.path}
        </span>
      )}
    </footer>
  );
}
