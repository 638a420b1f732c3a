/**
 * Whole-model queries: info, summary counts and the chart. The chart is a
 * fixed handful of queries however many roles there are.
 */
import { layoutChart, type ChartLayoutOptions } from '../../app/layout/chart';
import { layoutJson } from '../../app/layout/wire';
import type { ChartModel, ChartRole, HolderView, ModelInfo, ModelSummary } from '../../app/views';
import type { Context } from '../context';
import { modelName } from '../document';
import { peek } from '../history';
import { userVersion } from '../migrate';
import { RevisionCache } from '../revision';
import type { LineRow, RoleRow } from '../rows';
import { toLine } from '../rows';
import { all, get } from '../statements';

export function modelInfo(ctx: Context): ModelInfo {
  return {
    name: modelName(ctx.db),
    path: ctx.path,
    schemaVersion: userVersion(ctx.db),
    readOnly: ctx.readOnly,
    revision:
      get<{ revision: number }>(ctx.db, 'SELECT coalesce(max(id), 0) AS revision FROM audit_events')
        ?.revision ?? 0,
    undo: peek(ctx.db, 'undo'),
    redo: peek(ctx.db, 'redo'),
  };
}

const SUMMARY_SQL = `
WITH RECURSIVE
  top_level(id) AS (
    SELECT r.id FROM roles r
    WHERE NOT EXISTS (SELECT 1 FROM reporting_lines l WHERE l.role_id = r.id AND l.kind = 'solid')
  ),
  depth(id, level) AS (
    SELECT id, 1 FROM top_level
    UNION ALL
    SELECT l.role_id, depth.level + 1 FROM reporting_lines l JOIN depth ON l.manager_role_id = depth.id
    WHERE l.kind = 'solid'
  )
SELECT
  (SELECT count(*) FROM roles) AS roles,
  (SELECT count(*) FROM roles r WHERE NOT EXISTS (SELECT 1 FROM role_holders h WHERE h.role_id = r.id)) AS vacantRoles,
  (SELECT count(*) FROM people) AS people,
  (SELECT count(*) FROM reporting_lines WHERE kind = 'solid') AS solidLines,
  (SELECT count(*) FROM reporting_lines WHERE kind = 'dotted') AS dottedLines,
  (SELECT count(*) FROM responsibility_areas) AS responsibilityAreas,
  (SELECT count(*) FROM policies) AS policies,
  (SELECT count(*) FROM assets) AS assets,
  (SELECT count(*) FROM assignments) AS assignments,
  (SELECT count(*) FROM top_level) AS roots,
  (SELECT coalesce(max(level), 0) FROM depth) AS maxDepth`;

const summaries = new RevisionCache<ModelSummary>();

/** Counts; roots are roles without a solid manager, at depth 1. */
export function modelSummary(ctx: Context): ModelSummary {
  return summaries.get(ctx.db, () => get<ModelSummary>(ctx.db, SUMMARY_SQL) as ModelSummary);
}

interface HolderJoin {
  role_id: string;
  person_id: string;
  name: string;
  acting: number;
}

/** Every role's holders, in the order they were added. */
export function holdersByRole(ctx: Context): Map<string, HolderView[]> {
  const rows = all<HolderJoin>(
    ctx.db,
    `SELECT h.role_id, h.person_id, p.name, h.acting
     FROM role_holders h JOIN people p ON p.id = h.person_id ORDER BY h.seq`,
  );
  const byRole = new Map<string, HolderView[]>();
  for (const row of rows) {
    const view = { personId: row.person_id, name: row.name, acting: row.acting === 1 };
    const list = byRole.get(row.role_id);
    if (list === undefined) byRole.set(row.role_id, [view]);
    else list.push(view);
  }
  return byRole;
}

const charts = new RevisionCache<ChartModel>();
const laidOut = new RevisionCache<ChartModel>();

/** Every role with its holders and Accountable counts, and every reporting line. */
/**
 * The chart, and with `layout` the chart laid out with those options: the
 * page then shows a large chart without waiting for its own layout. Both
 * are cached per revision (the laid-out one for the last options asked).
 */
export function modelChart(
  ctx: Context,
  input: { layout?: ChartLayoutOptions | undefined } = {},
): ChartModel {
  const chart = charts.get(ctx.db, () => readChart(ctx));
  const options = input.layout;
  if (options === undefined) return chart;
  const key = JSON.stringify(options);
  return laidOut.get(
    ctx.db,
    () => ({
      ...chart,
      layout: layoutJson(
        layoutChart(chart, options),
        chart.roles.map((r) => r.id),
        options,
      ),
    }),
    key,
  );
}

function readChart(ctx: Context): ChartModel {
  const holders = holdersByRole(ctx);
  const counts = new Map<string, { policy: number; asset: number }>();
  const accountable = all<{ role_id: string; subject_type: string; n: number }>(
    ctx.db,
    `SELECT role_id, subject_type, count(*) AS n FROM assignments
     WHERE letter = 'A' AND subject_type IN ('policy', 'asset') GROUP BY role_id, subject_type`,
  );
  for (const row of accountable) {
    const entry = counts.get(row.role_id) ?? { policy: 0, asset: 0 };
    if (row.subject_type === 'policy') entry.policy = row.n;
    else entry.asset = row.n;
    counts.set(row.role_id, entry);
  }
  const roles: ChartRole[] = all<Pick<RoleRow, 'id' | 'title' | 'short_name' | 'function'>>(
    ctx.db,
    'SELECT id, title, short_name, function FROM roles ORDER BY seq',
  ).map((row) => ({
    id: row.id,
    title: row.title,
    shortName: row.short_name,
    function: row.function,
    holders: holders.get(row.id) ?? [],
    accountablePolicies: counts.get(row.id)?.policy ?? 0,
    accountableAssets: counts.get(row.id)?.asset ?? 0,
  }));
  const lines = all<LineRow>(ctx.db, 'SELECT * FROM reporting_lines ORDER BY seq').map(toLine);
  return { name: modelName(ctx.db), roles, lines };
}
