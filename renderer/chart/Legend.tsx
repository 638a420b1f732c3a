import type { CSSProperties } from 'react';

/** Explains solid against dotted lines, and the function colours on the chart. */
export function Legend({ functions }: { functions: { name: string; hue: number | null }[] }) {
  return (
    <section className="legend" aria-label="Legend">
      <ul className="legend__lines">
        <li>
          <svg width="28" height="10" aria-hidden="true" focusable="false">
            <line x1="0" y1="5" x2="28" y2="5" className="legend__solid" />
          </svg>
          Reports to (solid line)
        </li>
        <li>
          <svg width="28" height="10" aria-hidden="true" focusable="false">
            <line x1="0" y1="5" x2="28" y2="5" className="legend__dotted" />
          </svg>
          Dotted line (secondary)
        </li>
      </ul>
      {functions.length > 0 && (
        <ul className="legend__functions" aria-label="Functions">
          {functions.map((f) => (
            <li key={f.name}>
              <span
                className={f.hue === null ? 'legend__swatch legend__swatch--none' : 'legend__swatch'}
                style={(f.hue === null ? {} : { '--fn-hue': String(f.hue) }) as CSSProperties}
                aria-hidden="true"
              />
              {f.name}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
