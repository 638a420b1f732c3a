/**
 * The layout of a whole model, shared by the renderer, the exports and the
 * web worker: nodes from roles, the tree from solid lines, dotted lines
 * routed on top.
 */
import type { LineKind } from '../model';
import type { DottedRoute } from './dotted';
import { routeDottedLines } from './dotted';
import type { TreeEdge } from './edges';
import { treeEdges } from './edges';
import type { Layout, LayoutOptions } from './index';
import { layoutForest } from './index';

/** What {@link layoutModel} needs of a document: a `CharterDocument` or a chart view will do. */
export interface ModelLayoutInput<R extends { id: string } = { id: string }> {
  roles: readonly R[];
  reportingLines: ReadonlyArray<{ roleId: string; managerRoleId: string; kind: LineKind }>;
}

export interface ModelLayoutOptions<R extends { id: string } = { id: string }> extends LayoutOptions {
  /** Size of a role's box. Default 208 × 84. */
  size?: (role: R) => { width: number; height: number };
}

export interface ModelLayout extends Layout {
  /** Solid lines, manager to report. */
  edges: TreeEdge[];
  /** Dotted lines between two laid-out roles, in input order, role to manager. */
  dotted: DottedRoute[];
}

const DEFAULT_SIZE = { width: 208, height: 84 } as const;

/**
 * Lays out a model's roles: solid lines make the tree (roles in input
 * order), dotted lines are routed around it. Pure and deterministic.
 */
export function layoutModel<R extends { id: string }>(
  input: ModelLayoutInput<R>,
  options: ModelLayoutOptions<R> = {},
): ModelLayout {
  return routeModelDotted(layoutModelTree(input, options), input);
}

/**
 * The first part of {@link layoutModel}: the tree and its solid lines, with
 * no dotted routes yet (`dotted` is empty). A large chart is shown from it
 * while {@link routeModelDotted} routes the dotted lines.
 */
export function layoutModelTree<R extends { id: string }>(
  input: ModelLayoutInput<R>,
  options: ModelLayoutOptions<R> = {},
): ModelLayout {
  const { size, ...layoutOptions } = options;
  const nodes = input.roles.map((role) => {
    const box = size ? size(role) : DEFAULT_SIZE;
    return { id: role.id, width: box.width, height: box.height };
  });
  const managerOf = new Map<string, string>();
  for (const line of input.reportingLines)
    if (line.kind === 'solid' && !managerOf.has(line.roleId)) managerOf.set(line.roleId, line.managerRoleId);
  const layout = layoutForest(nodes, managerOf, layoutOptions);
  return { ...layout, edges: treeEdges(layout), dotted: [] };
}

/**
 * The second part of {@link layoutModel}: `tree` (from {@link layoutModelTree}
 * on the same input and options) with the input's dotted lines routed
 * around it. Returns a new layout sharing the tree's nodes and edges.
 */
export function routeModelDotted(
  tree: ModelLayout,
  input: Pick<ModelLayoutInput, 'reportingLines'>,
): ModelLayout {
  const dotted: { roleId: string; managerRoleId: string }[] = [];
  for (const line of input.reportingLines)
    if (line.kind !== 'solid') dotted.push({ roleId: line.roleId, managerRoleId: line.managerRoleId });
  const routes = routeDottedLines(tree, dotted, tree.edges).filter((route) => route.points.length > 0);
  return { ...tree, dotted: routes };
}
