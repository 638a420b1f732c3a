/**
 * A FAKE of the desktop host's bridge, for renderer tests only: it serves a
 * Charter document held in memory, so the renderer can be driven in a
 * browser without the database or a server. The real handlers live in db/;
 * end-to-end tests against them run `charter serve`.
 */
import type { CharterBridge, PageMenuAction } from '../../app/bridge';
import type { Name, Reply } from '../../app/contract';
import { parseInput } from '../../app/contract';
import type { CharterDocument } from '../../app/document';
import { CharterError, toErrorPayload, type ErrorCode } from '../../app/errors';
import { evaluate, ruleCatalog } from '../../app/governance';
import { layoutChart } from '../../app/layout/chart';
import { layoutJson } from '../../app/layout/wire';
import type { RaciLetter } from '../../app/model';
import { todayUtc } from '../../app/policy';
import type {
  AssignmentView,
  ChartModel,
  ModelInfo,
  ModelSummary,
  RoleDetail,
  RoleRef,
  RollupItem,
} from '../../app/views';

export interface FakeBridge extends CharterBridge {
  /** Makes the next call fail with this error, to show the error banner. */
  failNext(code: ErrorCode, message: string): void;
  /** Changes the model as another process (the CLI) would. */
  renameElsewhere(name: string): void;
  /** Sends a menu action, as the desktop menu would. */
  menu(action: PageMenuAction): void;
  /** Every call made, by name, in order. */
  readonly calls: Name[];
}

const LETTER_ORDER: Record<RaciLetter, number> = { A: 0, R: 1, C: 2, I: 3 };

export function fakeChart(doc: CharterDocument): ChartModel {
  const people = new Map(doc.people.map((p) => [p.id, p]));
  const holders = new Map<string, ChartModel['roles'][number]['holders']>();
  for (const h of doc.holders) {
    const list = holders.get(h.roleId) ?? [];
    list.push({ personId: h.personId, name: people.get(h.personId)?.name ?? h.personId, acting: h.acting });
    holders.set(h.roleId, list);
  }
  const owned = new Map<string, number>();
  for (const a of doc.assignments) {
    if (a.letter !== 'A' || a.subjectType === 'responsibility') continue;
    const key = `${a.subjectType}:${a.roleId}`;
    owned.set(key, (owned.get(key) ?? 0) + 1);
  }
  return {
    name: doc.name,
    roles: doc.roles.map(({ description: _description, ...role }) => ({
      ...role,
      holders: holders.get(role.id) ?? [],
      accountablePolicies: owned.get(`policy:${role.id}`) ?? 0,
      accountableAssets: owned.get(`asset:${role.id}`) ?? 0,
    })),
    lines: doc.reportingLines,
  };
}

export function fakeSummary(doc: CharterDocument): ModelSummary {
  const manager = new Map(
    doc.reportingLines.filter((l) => l.kind === 'solid').map((l) => [l.roleId, l.managerRoleId]),
  );
  const depths = new Map<string, number>();
  const depth = (id: string): number => {
    const known = depths.get(id);
    if (known !== undefined) return known;
    const m = manager.get(id);
    const d = m === undefined ? 0 : 1 + depth(m);
    depths.set(id, d);
    return d;
  };
  const held = new Set(doc.holders.map((h) => h.roleId));
  return {
    roles: doc.roles.length,
    vacantRoles: doc.roles.filter((r) => !held.has(r.id)).length,
    people: doc.people.length,
    solidLines: manager.size,
    dottedLines: doc.reportingLines.length - manager.size,
    responsibilityAreas: doc.responsibilityAreas.length,
    policies: doc.policies.length,
    assets: doc.assets.length,
    assignments: doc.assignments.length,
    roots: doc.roles.filter((r) => !manager.has(r.id)).length,
    maxDepth: doc.roles.reduce((max, r) => Math.max(max, depth(r.id)), 0),
  };
}

export function fakeDetail(doc: CharterDocument, id: string): RoleDetail {
  const role = doc.roles.find((r) => r.id === id);
  if (!role) throw new CharterError('not_found', `There is no role with id "${id}".`);
  const ref = (roleId: string): RoleRef => {
    const r = doc.roles.find((x) => x.id === roleId);
    return { id: roleId, title: r?.title ?? roleId, shortName: r?.shortName ?? '' };
  };
  const lines = (kind: 'solid' | 'dotted') => doc.reportingLines.filter((l) => l.kind === kind);
  const names = new Map<string, string>([
    ...doc.policies.map((p) => [`policy:${p.id}`, p.title] as const),
    ...doc.assets.map((a) => [`asset:${a.id}`, a.name] as const),
    ...doc.responsibilityAreas.map((a) => [`responsibility:${a.id}`, a.name] as const),
  ]);
  const assignments: AssignmentView[] = doc.assignments
    .filter((a) => a.roleId === id)
    .map((a) => ({
      subjectType: a.subjectType,
      subjectId: a.subjectId,
      subjectName: names.get(`${a.subjectType}:${a.subjectId}`) ?? a.subjectId,
      letter: a.letter,
    }))
    .sort(
      (a, b) => LETTER_ORDER[a.letter] - LETTER_ORDER[b.letter] || a.subjectName.localeCompare(b.subjectName),
    );
  const manager = lines('solid').find((l) => l.roleId === id);
  const people = new Map(doc.people.map((p) => [p.id, p.name]));
  return {
    role,
    holders: doc.holders
      .filter((h) => h.roleId === id)
      .map((h) => ({ personId: h.personId, name: people.get(h.personId) ?? h.personId, acting: h.acting })),
    manager: manager ? ref(manager.managerRoleId) : null,
    reports: lines('solid')
      .filter((l) => l.managerRoleId === id)
      .map((l) => ref(l.roleId)),
    dottedManagers: lines('dotted')
      .filter((l) => l.roleId === id)
      .map((l) => ref(l.managerRoleId)),
    dottedReports: lines('dotted')
      .filter((l) => l.managerRoleId === id)
      .map((l) => ref(l.roleId)),
    assignments,
    approves: doc.policies
      .filter((p) => p.approverRoleId === id)
      .map((p) => ({ id: p.id, code: p.code, title: p.title })),
  };
}

/** What the organization under `id` is Accountable for (breadth-first, no ordering promises). */
export function fakeRollup(doc: CharterDocument, id: string): RollupItem[] {
  const reports = new Map<string, string[]>();
  for (const l of doc.reportingLines)
    if (l.kind === 'solid') reports.set(l.managerRoleId, [...(reports.get(l.managerRoleId) ?? []), l.roleId]);
  const depth = new Map([[id, 0]]);
  const queue = [id];
  for (let i = 0; i < queue.length; i++) {
    const at = queue[i] as string;
    for (const r of reports.get(at) ?? [])
      if (!depth.has(r)) {
        depth.set(r, (depth.get(at) ?? 0) + 1);
        queue.push(r);
      }
  }
  const roles = new Map(doc.roles.map((r) => [r.id, r]));
  const names = new Map<string, string>([
    ...doc.policies.map((p) => [`policy:${p.id}`, p.title] as const),
    ...doc.assets.map((a) => [`asset:${a.id}`, a.name] as const),
    ...doc.responsibilityAreas.map((a) => [`responsibility:${a.id}`, a.name] as const),
  ]);
  return doc.assignments
    .filter((a) => a.letter === 'A' && depth.has(a.roleId))
    .map((a) => {
      const role = roles.get(a.roleId);
      return {
        subjectType: a.subjectType,
        subjectId: a.subjectId,
        subjectName: names.get(`${a.subjectType}:${a.subjectId}`) ?? a.subjectId,
        role: { id: a.roleId, title: role?.title ?? a.roleId, shortName: role?.shortName ?? '' },
        depth: depth.get(a.roleId) ?? 0,
      };
    });
}

/** A fake bridge over a copy of `initial`, with an undo stack of whole documents. */
export function createFakeBridge(initial: CharterDocument): FakeBridge {
  let doc = structuredClone(initial);
  const undo: { doc: CharterDocument; summary: string }[] = [];
  const redo: { doc: CharterDocument; summary: string }[] = [];
  let revision = 1;
  let created = 0;
  let failure: CharterError | null = null;
  const calls: Name[] = [];
  const listeners = new Set<(action: PageMenuAction) => void>();

  const change = (summary: string, apply: (d: CharterDocument) => void) => {
    undo.push({ doc: structuredClone(doc), summary });
    redo.length = 0;
    apply(doc);
    revision += 1;
    return { eventId: revision };
  };

  const info = (): ModelInfo => ({
    name: doc.name,
    path: '/fake/bridge/model.charter',
    schemaVersion: 1,
    readOnly: false,
    revision,
    undo:
      undo.length > 0
        ? { eventId: revision, summary: (undo[undo.length - 1] as { summary: string }).summary }
        : null,
    redo:
      redo.length > 0
        ? { eventId: revision, summary: (redo[redo.length - 1] as { summary: string }).summary }
        : null,
  });

  function run(name: Name, raw: unknown): unknown {
    switch (name) {
      case 'model.info':
        return info();
      case 'model.summary':
        return fakeSummary(doc);
      case 'model.chart': {
        // Laid out when asked, as the host does (db/queries/model.ts).
        const chart = fakeChart(doc);
        const options = parseInput('model.chart', raw).layout;
        if (options === undefined) return chart;
        const ids = chart.roles.map((r) => r.id);
        return { ...chart, layout: layoutJson(layoutChart(chart, options), ids, options) };
      }
      case 'role.detail':
        return fakeDetail(doc, parseInput('role.detail', raw).id);
      case 'role.rollup':
        return fakeRollup(doc, parseInput('role.rollup', raw).id);
      // The real governance engine (pure app code) over the document held here.
      case 'governance.check':
        return evaluate(doc, doc.governance ?? {}, parseInput('governance.check', raw).today ?? todayUtc());
      case 'governance.rules':
        return ruleCatalog(doc.governance ?? {});
      case 'role.create': {
        const input = parseInput('role.create', raw);
        created += 1;
        const id = `role-new-${created}`;
        const result = change(`Add role ${input.title}`, (d) => {
          d.roles.push({
            id,
            title: input.title,
            shortName: input.shortName,
            function: input.function,
            description: input.description,
          });
          if (input.managerRoleId !== null)
            d.reportingLines.push({ roleId: id, managerRoleId: input.managerRoleId, kind: 'solid' });
        });
        return { ...result, id };
      }
      case 'history.undo':
      case 'history.redo': {
        const [from, to] = name === 'history.undo' ? [undo, redo] : [redo, undo];
        const step = from.pop();
        if (!step)
          throw new CharterError(
            name === 'history.undo' ? 'nothing_to_undo' : 'nothing_to_redo',
            'There is nothing to do.',
          );
        to.push({ doc: structuredClone(doc), summary: step.summary });
        doc = step.doc;
        revision += 1;
        return { eventId: revision };
      }
      default:
        throw new CharterError('internal', `The fake bridge does not implement ${name}.`);
    }
  }

  return {
    calls,
    failNext(code, message) {
      failure = new CharterError(code, message);
    },
    menu(action) {
      for (const listener of listeners) listener(action);
    },
    onMenu(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    renameElsewhere(name) {
      doc.name = name;
      revision += 1;
    },
    async call(name, input): Promise<Reply> {
      calls.push(name);
      try {
        if (failure) {
          const error = failure;
          failure = null;
          throw error;
        }
        return { ok: true, result: run(name, input) };
      } catch (error) {
        return { ok: false, error: toErrorPayload(error) };
      }
    },
  };
}
