/** `charter import <model> <file.json> [--replace]` */
import { readFileSync, statSync } from 'node:fs';
import { invoke, unwrap } from '../../app/contract';
import { CharterError } from '../../app/errors';
import { parseJsonText } from '../../app/json';
import { LIMITS } from '../../app/limits';
import type { Command } from './command';
import { expectPositionals } from './command';
import { openForCli, queryFor, withModel } from './model';

/** Reads and parses a JSON file; anything unreadable is a file_error. */
export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    if (statSync(file).size > LIMITS.documentBytes) {
      throw new CharterError(
        'file_error',
        `${file} is larger than the limit of ${LIMITS.documentBytes} bytes.`,
      );
    }
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof CharterError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new CharterError('file_error', `Could not read ${file}: ${reason}`);
  }
  try {
    return parseJsonText(text, { source: file });
  } catch (error) {
    throw new CharterError('file_error', error instanceof Error ? error.message : String(error));
  }
}

export const importCommand: Command = {
  name: 'import',
  summary: "Import a file in the model's own JSON format into a model.",
  help: `Usage: charter import <model> <file.json> [--replace]

Reads a document written by \`charter export --format json\` and adds it to
the model. A document that breaks a rule (a cycle of reporting lines, an
unknown id, a bad RACI letter) changes nothing; the error names the first
offending item.

Options:
  --replace   replace everything in the model with the document
  -h, --help  show this help`,
  options: { replace: { type: 'boolean' } },
  async run(args, io) {
    const [model, file] = expectPositionals(importCommand, args, ['model', 'file.json']) as [string, string];
    const document = readJsonFile(file);
    const summary = await withModel(await openForCli(model), (handle) => {
      // Raw input on purpose: `invoke` parses the document with the contract's schema.
      unwrap(invoke(handle.handlers, 'model.import', { document, replace: args.values.replace === true }));
      return queryFor(handle)('model.summary', {});
    });
    io.out(
      `Imported ${file} into ${model}: it now has ${summary.roles} roles, ${summary.people} people, ` +
        `${summary.policies} policies, ${summary.assets} assets and ${summary.assignments} RACI assignments.`,
    );
    return 0;
  },
};
