/** The `charter` command line (bundled to dist/cli.cjs, run by bin/charter.cjs). */
import { runCli } from './cli/run';

runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`charter: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
