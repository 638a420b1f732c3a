/**
 * The layout engines the benchmarks compare, on the same generated tree:
 * Charter's own layout, @dagrejs/dagre and elkjs (layered and mrtree).
 */
import dagre from '@dagrejs/dagre';
import type { ElkNode } from 'elkjs/lib/elk.bundled.js';
import ELK from 'elkjs/lib/elk.bundled.js';
import { layoutForest, layoutModel } from '../../app/layout';
import type { CharterDocument } from '../../app/document';
import { generateDocument } from './generate';

/** Box size from the title, like a renderer that wraps long titles. */
export const boxSize = (role: { title: string }) => ({
  width: 180 + Math.min(role.title.length, 60),
  height: role.title.length > 60 ? 104 : 84,
});

export const ENGINES = ['charter', 'charter-model', 'dagre', 'elk-layered', 'elk-mrtree'] as const;
export type Engine = (typeof ENGINES)[number];

/** The document every engine lays out: `roles` roles, fixed seed, no RACI. */
export const benchDocument = (roles: number) => generateDocument({ roles, seed: 42, assignments: 0 });

export interface EngineRun {
  /** Wall-clock time of the layout call. */
  ms: number;
  /** CPU time of this process during the call (less sensitive to a busy machine). */
  cpuMs: number;
  width: number;
  height: number;
}

/**
 * Lays out `doc` with `engine`. The times cover turning the document into
 * the engine's input and the layout call, the same work for every engine.
 */
export async function runEngine(engine: Engine, doc: CharterDocument): Promise<EngineRun> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const { width, height } = await layOut(engine, doc);
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000, width, height };
}

async function layOut(engine: Engine, doc: CharterDocument): Promise<{ width: number; height: number }> {
  const nodes = doc.roles.map((r) => ({ id: r.id, ...boxSize(r) }));
  const solid = doc.reportingLines.filter((l) => l.kind === 'solid');
  switch (engine) {
    case 'charter': {
      const layout = layoutForest(nodes, new Map(solid.map((l) => [l.roleId, l.managerRoleId])));
      return { width: layout.width, height: layout.height };
    }
    case 'charter-model': {
      const layout = layoutModel(doc, { size: boxSize });
      return { width: layout.width, height: layout.height };
    }
    case 'dagre': {
      const g = new dagre.graphlib.Graph();
      g.setGraph({ rankdir: 'TB', nodesep: 32, ranksep: 72 });
      g.setDefaultEdgeLabel(() => ({}));
      for (const n of nodes) g.setNode(n.id, { width: n.width, height: n.height });
      for (const l of solid) g.setEdge(l.managerRoleId, l.roleId);
      dagre.layout(g);
      const graph = g.graph();
      return { width: graph.width ?? 0, height: graph.height ?? 0 };
    }
    case 'elk-layered':
    case 'elk-mrtree': {
      const elk = new ELK();
      const graph: ElkNode = {
        id: 'root',
        layoutOptions: {
          'elk.algorithm': engine === 'elk-layered' ? 'layered' : 'mrtree',
          'elk.direction': 'DOWN',
          'elk.spacing.nodeNode': '32',
          'elk.layered.spacing.nodeNodeBetweenLayers': '72',
        },
        children: nodes,
        edges: solid.map((l, i) => ({ id: `e${i}`, sources: [l.managerRoleId], targets: [l.roleId] })),
      };
      const result = await elk.layout(graph);
      return { width: result.width ?? 0, height: result.height ?? 0 };
    }
  }
}
