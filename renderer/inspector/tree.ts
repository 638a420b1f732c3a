import type { ChartModel } from '../../app/views';

/** Every role under `id` by solid lines (not the role itself). */
export function descendantsOf(chart: Pick<ChartModel, 'lines'>, id: string): Set<string> {
  const reports = new Map<string, string[]>();
  for (const l of chart.lines) {
    if (l.kind !== 'solid') continue;
    const list = reports.get(l.managerRoleId) ?? [];
    list.push(l.roleId);
    reports.set(l.managerRoleId, list);
  }
  const out = new Set<string>();
  const stack = [...(reports.get(id) ?? [])];
  while (stack.length > 0) {
    const at = stack.pop() as string;
    if (out.has(at) || at === id) continue;
    out.add(at);
    stack.push(...(reports.get(at) ?? []));
  }
  return out;
}
