/**
 * One cold layout in a fresh process, for tests/bench/layout.bench.ts:
 * `node layout-once.mjs <engine> <roles>` prints one JSON line
 * `{ engine, roles, ms, width, height }` (or `error`). The document is
 * generated before the clock starts; `ms` covers only the layout call, the
 * first in the process, so no JIT warm-up from earlier runs.
 */
import type { Engine } from './layout-engines';
import { benchDocument, ENGINES, runEngine } from './layout-engines';

const [engine = 'charter', roles = '10000'] = process.argv.slice(2);
if (!(ENGINES as readonly string[]).includes(engine)) throw new Error(`unknown engine ${engine}`);
runEngine(engine as Engine, benchDocument(Number(roles))).then(
  (r) => console.log(JSON.stringify({ engine, roles: Number(roles), ...r })),
  (error: unknown) => {
    console.log(JSON.stringify({ engine, roles: Number(roles), error: String(error) }));
    process.exitCode = 1;
  },
);
