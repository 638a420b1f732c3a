import type { Severity } from './model';

/**
 * A severity's shape, so severity never rests on colour alone: a circle
 * with a cross (error), a triangle with "!" (warning), a circle with "i".
 */
export function SeverityIcon({ severity }: { severity: Severity }) {
  return (
    <svg
      className="severity-icon"
      viewBox="0 0 16 16"
      width="14"
      height="14"
      aria-hidden="true"
      focusable="false"
    >
      {severity === 'error' && (
        <>
          <circle cx="8" cy="8" r="7" className="severity-icon__fill" />
          <path d="M5.5 5.5l5 5m0-5l-5 5" className="severity-icon__mark" />
        </>
      )}
      {severity === 'warning' && (
        <>
          <path d="M8 1.2L15.2 14.3H0.8Z" className="severity-icon__fill" />
          <path d="M8 6v4.2M8 11.9v0.2" className="severity-icon__mark" />
        </>
      )}
      {severity === 'info' && (
        <>
          <circle cx="8" cy="8" r="7" className="severity-icon__fill" />
          <path d="M8 7.2v4.6M8 4.5v0.2" className="severity-icon__mark" />
        </>
      )}
    </svg>
  );
}
