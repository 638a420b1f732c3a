/**
 * Issue 5's budget: all governance rules on a 10,000-role model with
 * 100,000 RACI assignments in at most 200 ms. The alternative it is
 * compared with is the same rules over a model that is not indexed: each
 * question ("the assignments of this policy", "who holds this role")
 * answered by scanning the document's lists. That one is quadratic, so the
 * two are compared on a model a tenth the size; the ratio is printed.
 *
 * The endpoint (governance.check through the handlers, on a real model
 * file) is measured too: after a change it reads the model and runs the
 * rules; asked again with nothing changed it answers from its last check.
 * Both are compared with the previous read: every row read whole and then
 * converted (rows.ts), on every call.
 */
import fs from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterAll, bench, describe } from 'vitest';
import { invoke, unwrap } from '../../app/contract';
import type { CharterDocument } from '../../app/document';
import { DOCUMENT_FORMAT, DOCUMENT_VERSION } from '../../app/document';
import { RULES, defaultSettings } from '../../app/governance';
import { evaluate, evaluateIndex } from '../../app/governance/evaluate';
import { createModel } from '../../db';
import { exportDocument, assetIdsByPolicy, modelName } from '../../db/document';
import { createHandlers } from '../../db/handlers';
import { openDatabase } from '../../db/open';
import type {
  AreaRow,
  AssetRow,
  AssignmentRow,
  HolderRow,
  LineRow,
  PersonRow,
  PolicyRow,
  RoleRow,
} from '../../db/rows';
import { toArea, toAsset, toAssignment, toHolder, toLine, toPerson, toPolicy, toRole } from '../../db/rows';
import { readGovernanceSettings } from '../../db/settings';
import { scanningIndex } from '../app/governance/scanning-index';
import { generateDocument } from './generate';

const TODAY = '2026-11-27';
const settings = defaultSettings();

const indexed = (doc: CharterDocument) => evaluate(doc, settings, TODAY);
const scanning = (doc: CharterDocument) => evaluateIndex(scanningIndex(doc, TODAY), settings);

/**
 * Median wall time and median CPU time (user + system) of `runs` calls,
 * after one warm-up call. On a shared machine the wall time includes
 * waiting for a core; the CPU time is what the engine itself costs.
 */
function measure(run: () => unknown, runs: number): { wall: number; cpu: number } {
  run();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const startCpu = process.cpuUsage();
    const start = performance.now();
    run();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
  }
  const median = (list: number[]) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)] as number;
  return { wall: median(wall), cpu: median(cpu) };
}

const large = generateDocument({ roles: 10_000, seed: 1, assignments: 100_000 });
const small = generateDocument({ roles: 1_000, seed: 1, assignments: 10_000 });

// The two must agree, or the comparison means nothing.
if (JSON.stringify(indexed(small)) !== JSON.stringify(scanning(small)))
  throw new Error('The scanning index gives different findings from the real one.');

const big = measure(() => indexed(large), 9);
const fast = measure(() => indexed(small), 15);
const slow = measure(() => scanning(small), 3);
const ms = (value: number) => `${value.toFixed(1)} ms`;
console.log(
  [
    `governance: ${RULES.length} rules, ${indexed(large).length} findings, 10,000 roles / 100,000 assignments: ` +
      `${ms(big.wall)} wall, ${ms(big.cpu)} CPU (medians; budget 200 ms: ${big.wall <= 200 ? 'met' : 'MISSED'}; ` +
      `load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores)`,
    `governance, 1,000 roles / 10,000 assignments: indexed ${ms(fast.cpu)} CPU, scanning the lists ${ms(slow.cpu)} CPU: ` +
      `indexed is ${(slow.cpu / fast.cpu).toFixed(0)}x faster`,
  ].join('\n'),
);

// The endpoint, on a model file holding the large model.
const dir = fs.mkdtempSync(path.join(tmpdir(), 'charter-governance-bench-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'large.charter');
createModel(file, { template: 'empty', actor: 'bench' }).close();
const ctx = { db: openDatabase(file), path: file, readOnly: false, actor: 'bench' };
afterAll(() => ctx.db.close());
const handlers = createHandlers(ctx);
unwrap(invoke(handlers, 'model.import', { document: large, replace: true }));

/** The previous read: `SELECT *` of every table, each row converted to the document's shape. */
function previousRead(db: Database): CharterDocument {
  const rows = <T>(table: string) => db.prepare(`SELECT * FROM ${table} ORDER BY seq`).all() as T[];
  const assetIds = assetIdsByPolicy(db);
  return {
    format: DOCUMENT_FORMAT,
    version: DOCUMENT_VERSION,
    name: modelName(db),
    roles: rows<RoleRow>('roles').map(toRole),
    people: rows<PersonRow>('people').map(toPerson),
    holders: rows<HolderRow>('role_holders').map(toHolder),
    reportingLines: rows<LineRow>('reporting_lines').map(toLine),
    responsibilityAreas: rows<AreaRow>('responsibility_areas').map(toArea),
    policies: rows<PolicyRow>('policies').map((p) => toPolicy(p, assetIds.get(p.id) ?? [])),
    assets: rows<AssetRow>('assets').map(toAsset),
    assignments: rows<AssignmentRow>('assignments').map(toAssignment),
    governance: readGovernanceSettings(db),
  };
}

const check = () => unwrap(invoke(handlers, 'governance.check', { today: TODAY }));
const previousCheck = () => {
  const doc = previousRead(ctx.db);
  return evaluate(doc, doc.governance ?? {}, TODAY);
};
const afterChange = () => {
  const doc = exportDocument(ctx.db);
  return evaluate(doc, doc.governance ?? {}, TODAY);
};
if (JSON.stringify(check()) !== JSON.stringify(previousCheck()))
  throw new Error('The endpoint gives different findings from the previous read.');
const previous = measure(previousCheck, 5);
const changed = measure(afterChange, 5);
const unchanged = measure(check, 9);
const oldRead = measure(() => previousRead(ctx.db), 5);
const read = measure(() => exportDocument(ctx.db), 5);
console.log(
  [
    `governance.check endpoint, same model in a file: after a change ${ms(changed.wall)} wall, ${ms(changed.cpu)} CPU ` +
      `(read ${ms(read.cpu)} CPU); nothing changed ${unchanged.wall.toFixed(3)} ms wall, ${unchanged.cpu.toFixed(3)} ms CPU`,
    `governance.check endpoint, previous approach (SELECT * + convert, on every call): ${ms(previous.wall)} wall, ${ms(previous.cpu)} CPU ` +
      `(read ${ms(oldRead.cpu)} CPU): after a change ${(previous.cpu / changed.cpu).toFixed(1)}x, ` +
      `nothing changed ${(previous.cpu / unchanged.cpu).toFixed(0)}x less CPU`,
  ].join('\n'),
);

describe('governance: all rules, 10,000 roles, 100,000 assignments (budget 200 ms)', () => {
  bench('evaluate (indexed)', () => {
    indexed(large);
  });
});

describe('governance.check endpoint, 10,000 roles, 100,000 assignments in a model file', () => {
  bench('after a change (read + rules)', () => void afterChange(), { iterations: 5, time: 0 });
  bench('nothing changed (last check)', () => void check());
  bench('previous approach (SELECT * + convert + rules)', () => void previousCheck(), {
    iterations: 5,
    time: 0,
  });
});

describe('governance: indexed vs scanning, 1,000 roles, 10,000 assignments', () => {
  bench('evaluate (indexed)', () => {
    indexed(small);
  });
  bench(
    'evaluate (scanning the lists)',
    () => {
      scanning(small);
    },
    { iterations: 3, time: 0 },
  );
});
