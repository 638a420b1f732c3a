/**
 * Issue 5's budget: all governance rules on a 10,000-role model with
 * 100,000 RACI assignments in at most 200 ms. The alternative it is
 * compared with is the same rules over a model that is not indexed: each
 * question ("the assignments of this policy", "who holds this role")
 * answered by scanning the document's lists. That one is quadratic, so the
 * two are compared on a model a tenth the size; the ratio is printed.
 */
import { availableParallelism, loadavg } from 'node:os';
import { bench, describe } from 'vitest';
import type { CharterDocument } from '../../app/document';
import { RULES, defaultSettings } from '../../app/governance';
import { evaluate, evaluateIndex } from '../../app/governance/evaluate';
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

describe('governance: all rules, 10,000 roles, 100,000 assignments (budget 200 ms)', () => {
  bench('evaluate (indexed)', () => {
    indexed(large);
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
