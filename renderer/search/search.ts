/**
 * What the search palette finds: roles, people, policies and assets, each
 * with the role the chart should focus (a person's first role, a policy's
 * or asset's Accountable role). Pure, tested without a browser.
 */
import type { Assignment } from '../../app/model';
import type { AssetView, ChartModel, PolicyView } from '../../app/views';

export type ResultKind = 'role' | 'person' | 'policy' | 'asset';

export interface SearchEntry {
  kind: ResultKind;
  id: string;
  label: string;
  detail: string;
  /** The role focused on the chart when chosen; null when there is none (a vacant owner). */
  roleId: string | null;
  /** Lower-cased text searched. */
  text: string;
}

export interface SearchSources {
  chart: Pick<ChartModel, 'roles'>;
  policies: readonly PolicyView[];
  assets: readonly AssetView[];
  assignments: readonly Assignment[];
}

export function searchEntries({ chart, policies, assets, assignments }: SearchSources): SearchEntry[] {
  const roleName = new Map(chart.roles.map((r) => [r.id, r.shortName !== '' ? r.shortName : r.title]));
  const owner = new Map<string, string>();
  for (const a of assignments)
    if (a.letter === 'A' && !owner.has(`${a.subjectType}:${a.subjectId}`))
      owner.set(`${a.subjectType}:${a.subjectId}`, a.roleId);
  const entries: SearchEntry[] = [];
  const people = new Map<string, { name: string; roles: string[] }>();
  for (const r of chart.roles) {
    const detail = [r.function, r.holders.map((h) => h.name).join(', ') || 'Vacant']
      .filter(Boolean)
      .join(' · ');
    entries.push({
      kind: 'role',
      id: r.id,
      label: r.shortName !== '' ? `${r.title} (${r.shortName})` : r.title,
      detail,
      roleId: r.id,
      text: `${r.title} ${r.shortName} ${r.function}`.toLowerCase(),
    });
    for (const h of r.holders) {
      const p = people.get(h.personId) ?? { name: h.name, roles: [] };
      p.roles.push(r.id);
      people.set(h.personId, p);
    }
  }
  for (const [id, p] of people)
    entries.push({
      kind: 'person',
      id,
      label: p.name,
      detail: p.roles.map((r) => roleName.get(r) ?? r).join(', '),
      roleId: p.roles[0] ?? null,
      text: p.name.toLowerCase(),
    });
  const owned = (kind: 'policy' | 'asset', id: string) => {
    const roleId = owner.get(`${kind}:${id}`) ?? null;
    return {
      roleId,
      who: roleId === null ? 'No Accountable role' : `Accountable: ${roleName.get(roleId) ?? roleId}`,
    };
  };
  for (const p of policies) {
    const { roleId, who } = owned('policy', p.id);
    entries.push({
      kind: 'policy',
      id: p.id,
      label: p.code !== '' ? `${p.code} ${p.title}` : p.title,
      detail: who,
      roleId,
      text: `${p.code} ${p.title} ${p.category}`.toLowerCase(),
    });
  }
  for (const a of assets) {
    const { roleId, who } = owned('asset', a.id);
    entries.push({
      kind: 'asset',
      id: a.id,
      label: a.name,
      detail: `${a.type} · ${who}`,
      roleId,
      text: `${a.name} ${a.type}`.toLowerCase(),
    });
  }
  return entries;
}

/**
 * The entries matching every word of `query`, best first: a match at the
 * start of the text, then at the start of a word, then anywhere; ties keep
 * roles, people, policies, assets in that order.
 */
export function searchFor(entries: readonly SearchEntry[], query: string, limit = 40): SearchEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return entries.filter((e) => e.kind === 'role').slice(0, limit);
  const scored: { entry: SearchEntry; score: number; order: number }[] = [];
  entries.forEach((entry, order) => {
    let score = 0;
    for (const w of words) {
      const at = entry.text.indexOf(w);
      if (at < 0) return;
      score += at === 0 ? 0 : entry.text[at - 1] === ' ' ? 1 : 2;
    }
    scored.push({ entry, score, order });
  });
  scored.sort((a, b) => a.score - b.score || a.order - b.order);
  return scored.slice(0, limit).map((s) => s.entry);
}
