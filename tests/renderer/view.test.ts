import { describe, expect, it } from 'vitest';
import type { Call } from '../../app/contract';
import { LIMITS } from '../../app/limits';
import { fetchView } from '../../renderer/view';

/** A call that records what it was asked and answers each query with its name. */
function recording() {
  const asked: { name: string; input: unknown }[] = [];
  const call = (async (name: string, input: unknown) => {
    asked.push({ name, input });
    return { name };
  }) as unknown as Call;
  return { call, asked };
}

describe('fetching the view', () => {
  it('asks for the info, the summary and the chart together, the chart laid out as the page will draw it', async () => {
    const { call, asked } = recording();
    const layout = { direction: 'right' as const, compact: false, collapsed: ['role-b', 'x'.repeat(65)] };
    const view = await fetchView(call, layout);
    expect(asked.map((a) => a.name)).toEqual(['model.info', 'model.summary', 'model.chart']);
    // A remembered id longer than any id is left out rather than failing the call.
    expect(asked[2]?.input).toEqual({
      layout: { direction: 'right', compact: false, collapsed: ['role-b'] },
    });
    expect(view.chart).toEqual({ name: 'model.chart' });
  });

  it('asks for the chart without a layout when there are too many collapsed roles to send, or no options', async () => {
    const many = Array.from({ length: LIMITS.listItems + 1 }, (_, i) => `role-${i}`);
    const first = recording();
    await fetchView(first.call, { direction: 'down', compact: true, collapsed: many });
    expect(first.asked[2]?.input).toEqual({});
    const second = recording();
    await fetchView(second.call);
    expect(second.asked[2]?.input).toEqual({});
  });
});
