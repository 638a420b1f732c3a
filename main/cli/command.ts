/** The shape every `charter` subcommand has, and the errors they share. */
import type { ParseArgsConfig } from 'node:util';
import { parseArgs } from 'node:util';

export type Options = NonNullable<ParseArgsConfig['options']>;

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

export interface Parsed {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
}

export interface Command {
  name: string;
  /** One line for `charter --help`. */
  summary: string;
  /** The full `charter <name> --help` text. */
  help: string;
  options: Options;
  /** Resolves with the exit code. */
  run(args: Parsed, io: Io): Promise<number>;
}

/** A mistake in how the command was called: exit code 2, message on stderr. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Parses `argv` for `command`; wrong flags become a UsageError. */
export function parseCommandArgs(command: Command, argv: string[]): Parsed {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: command.options,
      allowPositionals: true,
      strict: true,
    });
    return { positionals, values: values as Parsed['values'] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${message.split('\n')[0] ?? message} (see charter ${command.name} --help)`);
  }
}

/** Exactly `count` positionals named by `names`, or a UsageError. */
export function expectPositionals(command: Command, args: Parsed, names: string[]): string[] {
  if (args.positionals.length !== names.length) {
    const what = names.map((n) => `<${n}>`).join(' ');
    throw new UsageError(
      `charter ${command.name} needs ${what}; got ${args.positionals.length} argument(s). See charter ${command.name} --help.`,
    );
  }
  return args.positionals;
}

export function stringOption(args: Parsed, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}
