/**
 * The model as the shell shows it, and the one place it is fetched. Has no
 * React and no schemas, so that boot.ts can ask for it first.
 */
import type { Call } from '../app/contract';
import type { ChartLayoutOptions } from '../app/layout/chart';
import { LIMITS } from '../app/limits';
import type { ChartModel, ModelInfo, ModelSummary } from '../app/views';

export interface ModelView {
  info: ModelInfo;
  summary: ModelSummary;
  /** Laid out by the host with the options asked for, when there were any. */
  chart: ChartModel;
}

/** The options as the contract takes them, or none when they cannot be sent (too many collapsed roles). */
function sendable(options: ChartLayoutOptions): ChartLayoutOptions | undefined {
  const collapsed = options.collapsed.filter((id) => id.length <= LIMITS.idLength);
  return collapsed.length > LIMITS.listItems ? undefined : { ...options, collapsed };
}

/**
 * The three queries the shell shows, asked together; the chart laid out
 * with `layout` (the page's guess of the options it will draw with), so
 * that a large chart needs no layout of its own.
 */
export async function fetchView(call: Call, layout?: ChartLayoutOptions): Promise<ModelView> {
  const options = layout && sendable(layout);
  const [info, summary, chart] = await Promise.all([
    call('model.info', {}),
    call('model.summary', {}),
    call('model.chart', options ? { layout: options } : {}),
  ]);
  return { info, summary, chart };
}
