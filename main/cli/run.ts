/** Dispatches `charter <command> ...` and turns errors into exit codes. */
import { CharterError } from '../../app/errors';
import type { Command, Io } from './command';
import { parseCommandArgs, UsageError } from './command';
import { checkCommand } from './check';
import { exportCommand } from './export';
import { importCommand } from './import';
import { newCommand } from './new';
import { serveCommand } from './serve';
import { statsCommand } from './stats';

export const COMMANDS: readonly Command[] = [
  newCommand,
  serveCommand,
  statsCommand,
  exportCommand,
  importCommand,
  checkCommand,
];

/** Exit codes: 0 done, 1 the operation failed, 2 a usage error or an unreadable file. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

const FILE_PROBLEMS = new Set(['file_error', 'future_version']);

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: charter <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run charter <command> --help for its options.',
  ].join('\n');
}

/** Errors are one line on stderr: a wrapped system error may carry a require stack after its first. */
const firstLine = (message: string) => message.split('\n')[0] ?? message;

const wantsHelp = (argv: string[]) => argv.includes('--help') || argv.includes('-h');

export async function runCli(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      if (name === undefined) {
        io.err(mainHelp());
        return EXIT.usage;
      }
      io.out(mainHelp());
      return EXIT.ok;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command)
      throw new UsageError(`Unknown command "${name}". Commands: ${COMMANDS.map((c) => c.name).join(', ')}.`);
    if (wantsHelp(rest)) {
      io.out(command.help);
      return EXIT.ok;
    }
    return await command.run(parseCommandArgs(command, rest), io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`charter: ${firstLine(error.message)}`);
      return EXIT.usage;
    }
    if (error instanceof CharterError) {
      io.err(`charter: ${firstLine(error.message)}`);
      return FILE_PROBLEMS.has(error.code) ? EXIT.usage : EXIT.failed;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`charter: something went wrong: ${firstLine(message)}`);
    return EXIT.failed;
  }
}
