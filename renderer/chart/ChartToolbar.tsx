export interface ChartToolbarProps {
  direction: 'down' | 'right';
  onDirection: (direction: 'down' | 'right') => void;
  compact: boolean;
  onCompact: (on: boolean) => void;
  overview: boolean;
  onOverview: (on: boolean) => void;
  collapsedCount: number;
  onExpandAll: () => void;
  selectedCount: number;
  /** A new layout is being computed (large charts, in a worker). */
  laying: boolean;
  /** Zoomed out too far to read the roles (FarChart). */
  far: boolean;
}

/** The chart's own settings: direction, compact stacking, the overview, collapsed subtrees. */
export function ChartToolbar(props: ChartToolbarProps) {
  const { direction, compact, collapsedCount, selectedCount } = props;
  return (
    <div className="chart-toolbar" role="toolbar" aria-label="Chart layout">
      <div className="chart-toolbar__group" role="group" aria-label="Direction">
        <button
          type="button"
          className="chart-toolbar__button"
          aria-pressed={direction === 'down'}
          onClick={() => props.onDirection('down')}
          title="Managers above their reports"
        >
          Top-down
        </button>
        <button
          type="button"
          className="chart-toolbar__button"
          aria-pressed={direction === 'right'}
          onClick={() => props.onDirection('right')}
          title="Managers left of their reports"
        >
          Left-right
        </button>
      </div>
      <button
        type="button"
        className="chart-toolbar__button"
        aria-pressed={compact}
        onClick={() => props.onCompact(!compact)}
        title="Stack a manager's small reports in columns under it"
      >
        Compact
      </button>
      <button
        type="button"
        className="chart-toolbar__button"
        aria-pressed={props.overview}
        onClick={() => props.onOverview(!props.overview)}
        title="The whole chart in small, bottom right: click or drag in it to move there"
      >
        Overview
      </button>
      {collapsedCount > 0 && (
        <button type="button" className="chart-toolbar__button" onClick={props.onExpandAll}>
          Expand all ({collapsedCount})
        </button>
      )}
      {selectedCount > 1 && (
        <span className="chart-toolbar__note" role="status">
          {selectedCount} roles selected · drag onto a role to move them
        </span>
      )}
      {props.far && (
        <span className="chart-toolbar__note" role="status">
          Too far out to read · click the chart to zoom in there
        </span>
      )}
      {props.laying && (
        <span className="chart-toolbar__note" role="status">
          Laying out…
        </span>
      )}
    </div>
  );
}
