/**
 * The ownership map as a graph: chosen roles in a column on the left, the
 * policies and assets they hold a RACI letter for on the right, one edge per
 * letter. Pure, tested without a browser.
 */
import { POLICY_STATUS_LABELS, type Assignment, type RaciLetter } from '../../app/model';
import type { AssetView, ChartRole, PolicyView } from '../../app/views';

export const ROLE_BOX = { width: 300, height: 76 } as const;
export const SUBJECT_BOX = { width: 360, height: 52 } as const;
const COLUMN_GAP = 360;
const ROW = 68;

export interface MapRole {
  id: string;
  title: string;
  shortName: string;
  x: number;
  y: number;
  /** Letters held on the map, by letter. */
  counts: Partial<Record<RaciLetter, number>>;
}

export interface MapSubject {
  key: string;
  kind: 'policy' | 'asset';
  name: string;
  detail: string;
  x: number;
  y: number;
  /** More than one chosen role holds a letter for it. */
  shared: boolean;
}

export interface MapLink {
  roleId: string;
  subjectKey: string;
  letter: RaciLetter;
  /** Its place among the subject's letters, for the badges in a row left of the subject. */
  slot: number;
}

export interface OwnershipGraph {
  roles: MapRole[];
  subjects: MapSubject[];
  links: MapLink[];
}

const LETTER_RANK: Record<RaciLetter, number> = { A: 0, R: 1, C: 2, I: 3 };

/**
 * Lays out the map. Subjects are ordered by the mean row of the roles that
 * hold letters for them (fewer crossings), then by kind and name; roles are
 * spread along the subjects' column.
 */
export function ownershipGraph(
  roleIds: readonly string[],
  roles: readonly ChartRole[],
  policies: readonly PolicyView[],
  assets: readonly AssetView[],
  assignments: readonly Assignment[],
): OwnershipGraph {
  const byId = new Map(roles.map((r) => [r.id, r]));
  const chosen = roleIds.filter((id) => byId.has(id));
  const row = new Map(chosen.map((id, i) => [id, i]));
  const names = new Map<string, { kind: 'policy' | 'asset'; name: string; detail: string }>();
  for (const p of policies)
    names.set(`policy:${p.id}`, {
      kind: 'policy',
      name: p.code !== '' ? `${p.code} ${p.title}` : p.title,
      detail: `Policy · ${POLICY_STATUS_LABELS[p.status]}`,
    });
  for (const a of assets)
    names.set(`asset:${a.id}`, { kind: 'asset', name: a.name, detail: `Asset · ${a.type}` });

  const links: MapLink[] = [];
  for (const a of assignments) {
    if (a.subjectType === 'responsibility' || !row.has(a.roleId)) continue;
    const key = `${a.subjectType}:${a.subjectId}`;
    if (names.has(key)) links.push({ roleId: a.roleId, subjectKey: key, letter: a.letter, slot: 0 });
  }
  links.sort(
    (a, b) =>
      LETTER_RANK[a.letter] - LETTER_RANK[b.letter] || (row.get(a.roleId) ?? 0) - (row.get(b.roleId) ?? 0),
  );
  const slots = new Map<string, number>();
  for (const l of links) {
    l.slot = slots.get(l.subjectKey) ?? 0;
    slots.set(l.subjectKey, l.slot + 1);
  }

  const holders = new Map<string, Set<string>>();
  for (const l of links) {
    const set = holders.get(l.subjectKey) ?? new Set();
    set.add(l.roleId);
    holders.set(l.subjectKey, set);
  }
  const mean = (key: string) => {
    const ids = [...(holders.get(key) ?? [])];
    return ids.reduce((s, id) => s + (row.get(id) ?? 0), 0) / Math.max(ids.length, 1);
  };
  const keys = [...holders.keys()].sort((a, b) => {
    const na = names.get(a);
    const nb = names.get(b);
    return (
      mean(a) - mean(b) ||
      (na?.kind ?? '').localeCompare(nb?.kind ?? '') ||
      (na?.name ?? '').localeCompare(nb?.name ?? '')
    );
  });
  const subjects: MapSubject[] = keys.map((key, i) => {
    const n = names.get(key) ?? { kind: 'policy' as const, name: key, detail: '' };
    return {
      key,
      ...n,
      x: ROLE_BOX.width + COLUMN_GAP,
      y: i * ROW,
      shared: (holders.get(key)?.size ?? 0) > 1,
    };
  });
  const height = Math.max(subjects.length * ROW, chosen.length * (ROLE_BOX.height + 40));
  const step = height / Math.max(chosen.length, 1);
  const mapRoles: MapRole[] = chosen.map((id, i) => {
    const r = byId.get(id) as ChartRole;
    const counts: Partial<Record<RaciLetter, number>> = {};
    for (const l of links) if (l.roleId === id) counts[l.letter] = (counts[l.letter] ?? 0) + 1;
    return {
      id,
      title: r.title,
      shortName: r.shortName,
      x: 0,
      y: i * step + step / 2 - ROLE_BOX.height / 2,
      counts,
    };
  });
  return { roles: mapRoles, subjects, links };
}

/** Roles to start with: the CIO and the CISO when the model has them, else the two that own most. */
export function defaultOwnershipRoles(roles: readonly ChartRole[]): string[] {
  const named = ['CIO', 'CISO']
    .map((s) => roles.find((r) => r.shortName.toUpperCase() === s)?.id)
    .filter((id): id is string => id !== undefined);
  if (named.length === 2) return named;
  return [...roles]
    .sort(
      (a, b) =>
        b.accountablePolicies + b.accountableAssets - (a.accountablePolicies + a.accountableAssets) ||
        a.title.localeCompare(b.title),
    )
    .slice(0, 2)
    .map((r) => r.id);
}
