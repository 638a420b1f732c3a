/**
 * The HR side of `charter import <model> <file> [--format csv|xlsx|json]
 * [--map field=Column]... [--dry-run] [--accept-valid]`: reads the file,
 * prints a preview (errors and warnings by row, a summary line), then
 * writes in one transaction unless it is a dry run or rows are bad and
 * were not accepted. JSON with `format: "charter"` goes to the model
 * import instead.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { invoke, unwrap } from '../../app/contract';
import { CharterError } from '../../app/errors';
import { parseMappingArgs } from '../../app/import/columns';
import { checkFileSize } from '../../app/import/decode';
import { count } from '../../app/import/limits';
import type { ImportIssue, ImportPlan } from '../../app/import/plan';
import { detectFormat, readTextImport } from '../../app/import/read';
import type { ImportTable } from '../../app/import/table';
import type { Context } from '../../db/context';
import { applyHrImport, previewHrImport } from '../../db/hr-import';
import { openDatabase } from '../../db/open';
import { openSafely } from '../../db/safety/index';
import { currentActor, nativeBindingOption } from '../actor';
import { openForCli } from '../cli/model';
import { readXlsx } from './xlsx';
import type { ModelSummary } from '../../app/views';

/** Options for `node:util` parseArgs, to merge into the import command's. */
export const IMPORT_OPTIONS = {
  format: { type: 'string' },
  map: { type: 'string', multiple: true },
  'dry-run': { type: 'boolean' },
  'accept-valid': { type: 'boolean' },
  replace: { type: 'boolean' },
} as const;

export const IMPORT_HELP = `Usage: charter import <model> <file> [--format csv|xlsx|json] [--map field=Column]... [--dry-run] [--accept-valid]

Imports HR records (CSV, XLSX, or a JSON array of flat records): each row is
a person in a position that reports to a manager. Columns are found by their
usual names (employee id, manager id, name or first and last name, title,
email, department). People already in the model are updated by employee id
instead of added again. A JSON file with "format": "charter" is read as a
whole model instead.

Errors and warnings are listed by row. If any row is bad, nothing is written
unless --accept-valid is given; then only the rows whose whole management
chain is valid are written. The write is one transaction and can be undone.

Options:
  --format <csv|xlsx|json>  the file's format (default: from its extension)
  --map <field=Column>      use Column for a field, e.g. --map employeeId="Worker ID";
                            --map email= leaves a field out even if a column matches;
                            fields: employeeId, managerId, name, firstName, lastName,
                            title, email, department
  --dry-run                 show what would be imported and write nothing
  --accept-valid            write the valid rows even when others are bad
  --replace                 (charter JSON only) replace the whole model
  -h, --help                show this help`;

export interface ImportFileArgs {
  model: string;
  file: string;
  format?: string;
  map?: readonly string[];
  dryRun?: boolean;
  acceptValid?: boolean;
  /** For a charter document: replace the model instead of adding to it. */
  replace?: boolean;
}

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

type FileContent =
  { kind: 'document'; value: unknown } | { kind: 'table'; table: ImportTable; format: string };

/** Reads an import file: a charter document, or an HR table. */
export async function readImportFile(file: string, format?: string): Promise<FileContent> {
  const source = path.basename(file);
  let bytes: Uint8Array;
  try {
    checkFileSize(statSync(file).size, source);
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof CharterError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new CharterError('file_error', `Could not read "${file}": ${reason}`);
  }
  const kind = detectFormat(file, bytes, format);
  try {
    if (kind === 'xlsx') return { kind: 'table', table: await readXlsx(bytes, source), format: kind };
    const read = readTextImport(bytes, source, kind);
    return read.kind === 'document' ? read : { kind: 'table', table: read.table, format: kind };
  } catch (error) {
    // A file that cannot be decoded or parsed is unreadable (exit 2), not a refused import.
    if (error instanceof CharterError && error.code === 'invalid_input')
      throw new CharterError('file_error', error.message, error.details);
    throw error;
  }
}

const MAX_LISTED = 50;

function issueLines(title: string, issues: readonly ImportIssue[], noun: string): string[] {
  if (issues.length === 0) return [];
  const shown = issues.slice(0, MAX_LISTED);
  const rowWidth = Math.max(noun.length, ...shown.map((i) => String(i.row).length));
  const fieldWidth = Math.min(24, Math.max(5, ...shown.map((i) => i.field.length)));
  const lines = [
    `${title} (${count(issues.length)}):`,
    `  ${noun.padEnd(rowWidth)}  ${'field'.padEnd(fieldWidth)}  message`,
    ...shown.map((i) => `  ${String(i.row).padEnd(rowWidth)}  ${i.field.padEnd(fieldWidth)}  ${i.message}`),
  ];
  if (issues.length > shown.length) lines.push(`  … and ${count(issues.length - shown.length)} more`);
  return lines;
}

/** The preview as text: columns used, errors and warnings by row, a summary line. */
export function formatPreview(plan: ImportPlan, format: string): string[] {
  const noun = plan.rowNoun;
  const columns = Object.entries(plan.columns).map(([field, header]) => `${field} = "${header}"`);
  const lines = [
    `Read ${plan.source} (${format.toUpperCase()}): ${count(plan.total)} ${noun}s; columns: ${columns.join(', ')}.`,
  ];
  for (const block of [issueLines('Errors', plan.errors, noun), issueLines('Warnings', plan.warnings, noun)])
    if (block.length > 0) lines.push('', ...block);
  lines.push(
    '',
    `${count(plan.valid.length)} of ${count(plan.total)} ${noun}s can be imported (${count(plan.creates)} new people, ${count(plan.updates)} updates); ${count(plan.invalidRows)} cannot.`,
  );
  return lines;
}

/**
 * Opens the model as the CLI does (its lock and a verified backup before
 * a write; neither for a dry run), as the db context the import runs in.
 */
async function openContext(model: string, readOnly: boolean): Promise<Context & { close(): void }> {
  const binding = nativeBindingOption();
  return openSafely(model, { readOnly, backup: !readOnly, ...binding }, (ro) => {
    const db = openDatabase(model, { readOnly: ro, ...binding });
    return { db, path: model, readOnly: ro, actor: currentActor(), close: () => db.close() };
  });
}

async function importDocument(args: ImportFileArgs, document: unknown, io: Io): Promise<number> {
  if (args.dryRun === true)
    throw new CharterError('invalid_input', '--dry-run applies to HR records, not to a charter model file.');
  const handle = await openForCli(args.model);
  let summary;
  try {
    // Raw input on purpose: `invoke` parses the document with the contract's schema.
    unwrap(invoke(handle.handlers, 'model.import', { document, replace: args.replace === true }));
    summary = unwrap(invoke(handle.handlers, 'model.summary', {})) as ModelSummary;
  } finally {
    handle.close();
  }
  io.out(
    `Imported ${args.file} into ${args.model}: it now has ${summary.roles} roles, ${summary.people} people, ` +
      `${summary.policies} policies, ${summary.assets} assets and ${summary.assignments} RACI assignments.`,
  );
  return 0;
}

/**
 * Runs `charter import`. Resolves with the exit code: 0 done (or a dry run
 * that would succeed), 1 when rows are bad and were not accepted.
 * @throws CharterError for an unreadable file or model, as other commands do.
 */
export async function runImportFile(args: ImportFileArgs, io: Io): Promise<number> {
  const mapping = parseMappingArgs(args.map ?? []);
  const content = await readImportFile(args.file, args.format);
  if (content.kind === 'document') return importDocument(args, content.value, io);
  const ctx = await openContext(args.model, args.dryRun === true);
  try {
    const input = {
      source: path.basename(args.file),
      table: content.table,
      mapping,
      acceptValid: args.acceptValid === true,
    };
    const plan = previewHrImport(ctx, input);
    for (const line of formatPreview(plan, content.format)) io.out(line);
    const blocked = plan.valid.length === 0 || (plan.invalidRows > 0 && !input.acceptValid);
    if (args.dryRun === true) {
      io.out(
        blocked
          ? 'Dry run: this import would be refused; nothing was written.'
          : 'Dry run: nothing was written.',
      );
      return blocked ? 1 : 0;
    }
    let reported = 0;
    const { plan: written } = applyHrImport(ctx, input, (done, total) => {
      const percent = Math.floor((done / total) * 100);
      if (total >= 10_000 && percent >= reported + 10) {
        reported = percent;
        io.err(`Writing… ${percent}%`);
      }
    });
    const skipped =
      written.invalidRows > 0 ? `; ${count(written.invalidRows)} ${written.rowNoun}s skipped` : '';
    io.out(
      `Imported ${input.source} into ${args.model}: ${count(written.creates)} people added, ${count(written.updates)} updated${skipped}.`,
    );
    return 0;
  } catch (error) {
    if (
      error instanceof CharterError &&
      error.code === 'invalid_input' &&
      error.details?.invalidRows !== undefined
    ) {
      io.err(`charter: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    ctx.close();
  }
}
