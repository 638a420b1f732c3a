/** The `charter` command line (bundled to dist/cli.cjs, run by bin/charter.cjs). */
import { runCli } from './cli/run';

// `charter stats x | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  else throw error;
});

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
