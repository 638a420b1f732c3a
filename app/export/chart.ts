/**
 * The chart every diagram export draws: one box per role at its layout
 * position, and the reporting lines between them. This is the one place the
 * exports call the layout.
 */
import type { CharterDocument } from '../document';
import { layoutModel } from '../layout';
import type { LineKind, Role } from '../model';

/** Size of a role box, in pixels. */
export const BOX = { width: 208, height: 84 } as const;
/** Space around the chart and above it for the title and the legend. */
export const FRAME = { margin: 24, header: 72 } as const;

export interface ChartBox {
  role: Role;
  /** Top-left corner in chart coordinates (frame included). */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Holders' names (`(acting)` marked), empty when the role is vacant. */
  holders: string[];
}

export interface ChartEdge {
  /** The manager's role id. */
  from: string;
  /** The reporting role's id. */
  to: string;
  kind: LineKind;
  /** The routed polyline in chart coordinates (frame included), manager end first. */
  points: { x: number; y: number }[];
}

export interface Chart {
  title: string;
  boxes: ChartBox[];
  byId: Map<string, ChartBox>;
  edges: ChartEdge[];
  width: number;
  height: number;
}

/** Lays out a document's roles and collects what each box shows. */
export function buildChart(doc: CharterDocument): Chart {
  const layout = layoutModel(doc, { size: () => BOX });

  const names = new Map(doc.people.map((p) => [p.id, p.name]));
  const holders = new Map<string, string[]>();
  for (const h of doc.holders) {
    const name = (names.get(h.personId) ?? h.personId) + (h.acting ? ' (acting)' : '');
    const list = holders.get(h.roleId);
    if (list) list.push(name);
    else holders.set(h.roleId, [name]);
  }

  const roles = new Map(doc.roles.map((r) => [r.id, r]));
  const boxes: ChartBox[] = [];
  const byId = new Map<string, ChartBox>();
  for (const p of layout.nodes) {
    const box: ChartBox = {
      role: roles.get(p.id) as Role,
      x: p.x + FRAME.margin,
      y: p.y + FRAME.header,
      width: p.width,
      height: p.height,
      holders: holders.get(p.id) ?? [],
    };
    boxes.push(box);
    byId.set(p.id, box);
  }
  const shift = (points: readonly { x: number; y: number }[]) =>
    points.map((p) => ({ x: p.x + FRAME.margin, y: p.y + FRAME.header }));
  const edges: ChartEdge[] = layout.edges.map((e) => ({
    from: e.from,
    to: e.to,
    kind: 'solid',
    points: shift(e.points),
  }));
  for (const d of layout.dotted) {
    if (d.points.length > 0)
      edges.push({ from: d.managerRoleId, to: d.roleId, kind: 'dotted', points: shift(d.points).reverse() });
  }
  return {
    title: doc.name,
    boxes,
    byId,
    edges,
    width: Math.max(layout.width + 2 * FRAME.margin, 480),
    height: layout.height + FRAME.header + FRAME.margin,
  };
}
