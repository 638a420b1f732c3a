import { describe, expect, it } from 'vitest';
import { seedDocument } from '../../app/templates';
import type { ChartModel } from '../../app/views';
import {
  chartEdges,
  chartFunctions,
  createFlowDeriver,
  initialFocus,
  polylinePath,
  layoutChart,
  NODE_HEIGHT,
  NODE_WIDTH,
  roleAriaLabel,
  type RoleFlowNode,
  viewShift,
  withDrag,
  withMarks,
  withSelection,
} from '../../renderer/chart/toFlow';
import { fakeChart } from './fake-bridge';

const seed = (): ChartModel => fakeChart(seedDocument('2026-01-15'));

describe('chart derivation', () => {
  it('makes one role node per role, sized and with handles up front', () => {
    const { nodes } = createFlowDeriver()(seed());
    expect(nodes.map((n) => n.id)).toEqual(seed().roles.map((r) => r.id));
    for (const n of nodes) {
      expect(n.type).toBe('role');
      expect(n.width).toBe(NODE_WIDTH);
      expect(n.height).toBe(NODE_HEIGHT);
      expect(n.measured).toEqual({ width: NODE_WIDTH, height: NODE_HEIGHT });
      expect(n.handles?.map((h) => h.type)).toEqual(['target', 'source']);
    }
  });

  it('places managers above their reports, top-down', () => {
    const positions = new Map(layoutChart(seed()).nodes.map((p) => [p.id, p]));
    const y = (id: string) => positions.get(id)?.y ?? Number.NaN;
    expect(y('role-ceo')).toBeLessThan(y('role-cio'));
    expect(y('role-cio')).toBe(y('role-ciso'));
    expect(y('role-cio')).toBeLessThan(y('role-head-dev'));
  });

  it('ignores dotted lines when laying out', () => {
    const chart = seed();
    const withoutDotted = { ...chart, lines: chart.lines.filter((l) => l.kind === 'solid') };
    expect(layoutChart(chart).nodes).toEqual(layoutChart(withoutDotted).nodes);
  });

  it('draws solid lines and, as an overlay, dotted lines, manager to report along routed paths', () => {
    const edges = chartEdges(seed());
    const dotted = edges.filter((e) => e.type === 'dotted');
    expect(dotted).toHaveLength(1);
    expect(dotted[0]).toMatchObject({ source: 'role-ciso', target: 'role-head-dev', zIndex: 1 });
    expect(dotted[0]?.ariaLabel).toBe('HoSD has a dotted line to CISO');
    const solid = edges.filter((e) => e.type === 'solid');
    expect(solid).toHaveLength(6);
    expect(solid.find((e) => e.target === 'role-cio')?.source).toBe('role-ceo');
    // Each route starts at the manager's box and ends at the report's.
    const nodes = new Map(layoutChart(seed()).nodes.map((p) => [p.id, p]));
    for (const e of edges) {
      const points = e.data?.points ?? [];
      expect(points.length).toBeGreaterThanOrEqual(2);
      const start = points[0];
      const end = points[points.length - 1];
      const touches = (id: string, p: { x: number; y: number } | undefined) => {
        const n = nodes.get(id);
        return (
          !!n &&
          !!p &&
          p.x >= n.x - 1 &&
          p.x <= n.x + n.width + 1 &&
          p.y >= n.y - 1 &&
          p.y <= n.y + n.height + 1
        );
      };
      expect(touches(e.source, start), `${e.id} starts at its manager`).toBe(true);
      expect(touches(e.target, end), `${e.id} ends at its report`).toBe(true);
    }
  });

  it('skips lines whose roles are not in the chart', () => {
    const chart = seed();
    chart.lines.push({ roleId: 'role-ghost', managerRoleId: 'role-ceo', kind: 'solid' });
    expect(chartEdges(chart).some((e) => e.target === 'role-ghost')).toBe(false);
  });

  it('keeps the node objects of unchanged roles when the chart is fetched again', () => {
    const derive = createFlowDeriver();
    const first = derive(seed());
    const changed = seed();
    const ciso = changed.roles.find((r) => r.id === 'role-ciso');
    if (ciso) ciso.title = 'Chief Security Officer';
    const second = derive(changed);
    for (const [i, node] of second.nodes.entries()) {
      if (node.id === 'role-ciso') expect(node).not.toBe(first.nodes[i]);
      else expect(node).toBe(first.nodes[i]);
    }
    expect(second.edges).toEqual(first.edges);
    second.edges.forEach((e, i) => expect(e).toBe(first.edges[i]));
  });

  it('marks only the selected node and keeps every other object', () => {
    const { nodes } = createFlowDeriver()(seed());
    const selected = withSelection(nodes, 'role-cio');
    selected.forEach((n, i) => {
      if (n.id === 'role-cio') expect(n.selected).toBe(true);
      else expect(n).toBe(nodes[i]);
    });
    const again = withSelection(selected, 'role-cio');
    again.forEach((n, i) => expect(n).toBe(selected[i]));
  });

  it('moves only the dragged node and marks only the drop target, keeping every other object', () => {
    const marks = { selected: new Set(['role-ciso']), chain: new Set(['role-ceo', 'role-ciso']) };
    const marked = withMarks(createFlowDeriver()(seed()).nodes, { ...marks, dropTarget: null });
    const indexOf = new Map(marked.map((n, i) => [n.id, i]));
    const at = { x: 12, y: 34 };
    const moved = new Map([['role-awareness', at]]);
    const nodes = withDrag(marked, indexOf, { ...marks, dropTarget: 'role-ceo' }, moved);
    // The same result as marking everything again, as the chart did on every mouse move.
    const full = withMarks(marked, { ...marks, dropTarget: 'role-ceo' }).map((n) =>
      n.id === 'role-awareness' ? { ...n, position: at, dragging: true } : n,
    );
    expect(nodes).toEqual(full);
    const changed = nodes.filter((n, i) => n !== marked[i]).map((n) => n.id);
    expect(changed.sort()).toEqual(['role-awareness', 'role-ceo']);
    expect(nodes.find((n) => n.id === 'role-ceo')?.className).toBe('in-chain drop-target');
    expect(withDrag(marked, indexOf, { ...marks, dropTarget: null }, new Map())).toBe(marked);
  });

  it('names each role for screen readers with its holders, acting, or vacant', () => {
    const roles = seed().roles;
    const label = (id: string) =>
      roleAriaLabel(roles.find((r) => r.id === id) as ChartModel['roles'][number]);
    expect(label('role-ceo')).toBe('Chief Executive Officer (CEO), held by Alex Morgan');
    expect(label('role-is-manager')).toBe('Information Systems Manager (ISM), held by Wei Chen (acting)');
    expect(label('role-secops')).toBe('Security Operations Lead (SecOps), vacant');
  });

  it("lists the chart's functions once each, by name", () => {
    expect(chartFunctions(seed()).map((f) => f.name)).toEqual([
      'Executive',
      'Information Security',
      'Information Technology',
    ]);
  });

  it('opens on the whole chart when it is legible, else on its top two levels', () => {
    const { nodes } = createFlowDeriver()(seed());
    expect(initialFocus(nodes, 1200, 800, 0.4)).toHaveLength(7);
    expect(initialFocus(nodes, 300, 200, 0.4).map((n) => n.id)).toEqual([
      'role-ceo',
      'role-cio',
      'role-ciso',
    ]);
    expect(initialFocus([], 300, 200, 0.4)).toEqual([]);
  });

  it('draws a route as straight runs with rounded corners', () => {
    expect(polylinePath([])).toBe('');
    expect(
      polylinePath([
        { x: 0, y: 0 },
        { x: 0, y: 40 },
      ]),
    ).toBe('M 0 0 L 0 40');
    expect(
      polylinePath([
        { x: 0, y: 0 },
        { x: 0, y: 40 },
        { x: 100, y: 40 },
      ]),
    ).toBe('M 0 0 L 0 32 Q 0 40 8 40 L 100 40');
    // A short leg limits the corner to half its length.
    expect(
      polylinePath([
        { x: 0, y: 0 },
        { x: 0, y: 6 },
        { x: 50, y: 6 },
      ]),
    ).toBe('M 0 0 L 0 3 Q 0 6 3 6 L 50 6');
  });

  it('derives nothing from an empty model', () => {
    expect(createFlowDeriver()({ name: 'Empty', roles: [], lines: [] })).toEqual({
      nodes: [],
      edges: [],
      lines: [],
    });
  });
});

describe('keeping the view on the same role when the layout changes', () => {
  const nodesOf = (chart: ChartModel, collapsed: string[] = []) =>
    createFlowDeriver()(
      chart,
      layoutChart(chart, { direction: 'down', compact: true, collapsed }),
      new Set(collapsed),
    ).nodes;
  const chart = fakeChart(seedDocument('2026-01-15'));
  const at = (nodes: RoleFlowNode[], id: string) => nodes.find((n) => n.id === id)?.position;

  it('follows the selected role when a subtree is hidden', () => {
    const before = nodesOf(chart);
    const after = nodesOf(chart, ['role-cio']);
    const shift = viewShift(before, after, 'role-cio', { x: 0, y: 0 });
    const from = at(before, 'role-cio');
    const to = at(after, 'role-cio');
    expect(shift).toEqual(from && to ? { x: to.x - from.x, y: to.y - from.y } : null);
    expect(shift).not.toBeNull();
  });

  it('follows the role nearest the view when the selected one is gone or none is selected', () => {
    const before = nodesOf(chart);
    const after = nodesOf(chart, ['role-cio']);
    const ciso = at(before, 'role-ciso');
    const shift = viewShift(before, after, 'role-head-dev', {
      x: (ciso?.x ?? 0) + 10,
      y: (ciso?.y ?? 0) + 10,
    });
    const moved = at(after, 'role-ciso');
    expect(shift).toEqual(ciso && moved ? { x: moved.x - ciso.x, y: moved.y - ciso.y } : 'no ciso');
  });

  it('leaves the view alone when nothing moved or no role is in both layouts', () => {
    const nodes = nodesOf(chart);
    expect(viewShift(nodes, nodesOf(chart), 'role-ceo', { x: 0, y: 0 })).toBeNull();
    expect(viewShift(nodes, [], null, { x: 0, y: 0 })).toBeNull();
  });
});
