import { createContext } from 'react';

/** What a node can ask of the chart, without a callback in every node's data. */
export interface ChartActions {
  toggleCollapsed: (id: string) => void;
}

export const ChartActionsContext = createContext<ChartActions>({ toggleCollapsed: () => undefined });
