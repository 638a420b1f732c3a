/**
 * Layout benchmarks (issue 3): Charter's tidy layout on generated models of
 * 10,000 and 50,000 roles, cold and warm, and against @dagrejs/dagre and
 * elkjs on the same tree. Figures are printed, never asserted.
 *
 * "Cold" means a fresh Node process and the first layout call in it (no JIT
 * warm-up): each run is `layout-once.ts`, bundled once with esbuild. Each
 * line gives wall and CPU time; on a busy machine CPU time is the steadier.
 * Dagre and ELK get a 30 s limit per run.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { bench, describe } from 'vitest';
import { layoutForest, layoutModel } from '../../app/layout';
import type { Engine, EngineRun } from './layout-engines';
import { benchDocument, boxSize } from './layout-engines';

const LIMIT_MS = 30_000;

const script = join(mkdtempSync(join(tmpdir(), 'charter-layout-bench-')), 'layout-once.cjs');
buildSync({
  entryPoints: [fileURLToPath(new URL('./layout-once.ts', import.meta.url))],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: script,
  logLevel: 'warning',
});

type Cold = EngineRun | { failed: string };

/** One layout in a fresh process. */
function cold(engine: Engine, roles: number): Cold {
  try {
    const stdout = execFileSync(process.execPath, [script, engine, String(roles)], {
      encoding: 'utf8',
      timeout: LIMIT_MS + 15_000, // the child also generates the document
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const result = JSON.parse(stdout.trim().split('\n').pop() as string) as EngineRun | { error: string };
    if ('error' in result) return { failed: result.error };
    if (result.ms > LIMIT_MS) return { failed: `took ${(result.ms / 1000).toFixed(1)} s (over 30 s)` };
    return result;
  } catch (error) {
    const e = error as { signal?: string; stdout?: string; stderr?: string; message: string };
    if (e.signal === 'SIGTERM') return { failed: 'did not finish within 30 s' };
    const text = `${e.stdout ?? ''}\n${e.stderr ?? ''}`;
    if (/Maximum call stack size exceeded/.test(text))
      return { failed: 'stack overflow (Maximum call stack size exceeded)' };
    return { failed: text.trim().split('\n').slice(-1)[0] ?? e.message };
  }
}

/** The report, printed in one piece (vitest splits separate console.log calls). */
const report: string[] = [];
const say = (line: string) => report.push(line);

const fmt = (ms: number) => `${ms >= 100 ? Math.round(ms).toLocaleString('en-US') : ms.toFixed(1)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** Median of `runs` cold runs, as one line. */
function coldLine(
  label: string,
  engine: Engine,
  roles: number,
  runs: number,
  target?: number,
): number | undefined {
  const results = Array.from({ length: runs }, () => cold(engine, roles));
  const ok = results.filter((r): r is EngineRun => !('failed' in r));
  if (ok.length === 0) {
    say(`  ${label}: FAILED, ${(results[0] as { failed: string }).failed}`);
    return undefined;
  }
  const wall = median(ok.map((r) => r.ms));
  const cpu = median(ok.map((r) => r.cpuMs));
  const all = ok.map((r) => Math.round(r.ms)).join(', ');
  const verdict =
    target === undefined
      ? ''
      : ` — target ≤ ${target} ms: ${wall <= target ? 'met' : cpu <= target ? 'met on CPU time, not on wall time' : 'NOT met'}`;
  const size = `${Math.round((ok[0] as EngineRun).width).toLocaleString('en-US')} × ${Math.round((ok[0] as EngineRun).height).toLocaleString('en-US')} px`;
  say(`  ${label}: ${fmt(wall)} wall, ${fmt(cpu)} CPU (runs: ${all}); chart ${size}${verdict}`);
  return wall;
}

describe('layout of generated models', () => {
  say('Layout, cold (fresh process, first call; median of 3):');
  coldLine('10,000 roles, layoutForest (positions)', 'charter', 10_000, 3, 150);
  coldLine('50,000 roles, layoutForest (positions)', 'charter', 50_000, 3, 500);
  coldLine('10,000 roles, layoutModel (positions, edges, dotted routes)', 'charter-model', 10_000, 3, 150);
  coldLine('50,000 roles, layoutModel (positions, edges, dotted routes)', 'charter-model', 50_000, 3, 500);

  say('\nAgainst dagre and ELK on the same 2,000-role tree (cold, one run each):');
  const ours = coldLine('Charter layoutForest', 'charter', 2_000, 3);
  for (const [engine, name] of [
    ['dagre', '@dagrejs/dagre'],
    ['elk-layered', 'elkjs layered'],
    ['elk-mrtree', 'elkjs mrtree'],
  ] as const) {
    const theirs = coldLine(name, engine, 2_000, 1);
    if (ours !== undefined && theirs !== undefined)
      say(`    => ${name} is ${(theirs / ours).toFixed(0)}× slower than Charter at 2,000 roles`);
  }
  say('\nDagre and ELK on the 10,000-role tree (30 s limit):');
  const ours10k = coldLine('Charter layoutForest', 'charter', 10_000, 1);
  for (const [engine, name] of [
    ['dagre', '@dagrejs/dagre'],
    ['elk-layered', 'elkjs layered'],
  ] as const) {
    const theirs = coldLine(name, engine, 10_000, 1);
    if (ours10k !== undefined && theirs !== undefined)
      say(`    => ${name} is ${(theirs / ours10k).toFixed(0)}× slower than Charter at 10,000 roles`);
  }
  console.log(`\n${report.join('\n')}\n`);

  // Warm figures (same process, after warm-up), from vitest's bench table.
  for (const roles of [10_000, 50_000]) {
    const doc = benchDocument(roles);
    const nodes = doc.roles.map((r) => ({ id: r.id, ...boxSize(r) }));
    const managerOf = new Map(
      doc.reportingLines.filter((l) => l.kind === 'solid').map((l) => [l.roleId, l.managerRoleId]),
    );
    const options = { time: 1_000, iterations: 5, warmupIterations: 2 };
    bench(
      `layoutForest, ${roles.toLocaleString('en-US')} roles, warm`,
      () => {
        layoutForest(nodes, managerOf);
      },
      options,
    );
    bench(
      `layoutModel, ${roles.toLocaleString('en-US')} roles, warm`,
      () => {
        layoutModel(doc, { size: boxSize });
      },
      options,
    );
  }
});
