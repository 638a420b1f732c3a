/**
 * Host calls: operations the renderer needs that the model's handlers
 * cannot do, because they are asynchronous and need Node (writing PNG,
 * PDF and XLSX files, reading workbooks). Each host implements them once
 * (main/host-calls.ts) and exposes them beside the contract: the web
 * server as `POST /api/<name>`, Electron on its own IPC channel.
 */
import { z } from 'zod';
import type { ErrorPayload } from './errors';
import { CharterError, toErrorPayload } from './errors';
import { IMPORT_LIMITS } from './import/limits';
import type { ImportFormat, ImportTable } from './import/table';
import { IMPORT_FORMATS } from './import/table';
import { parseWith } from './parse';
import { idSchema } from './schemas';

/** Every format File > Export offers (the same list as `charter export`). */
export const EXPORT_FILE_FORMATS = [
  'svg',
  'png',
  'pdf',
  'mermaid',
  'graphml',
  'drawio',
  'json',
  'csv',
  'xlsx',
  'html',
] as const;
export type ExportFileFormat = (typeof EXPORT_FILE_FORMATS)[number];

/** Base64 characters needed for the largest import file. */
export const IMPORT_BASE64_CHARS = Math.ceil(IMPORT_LIMITS.fileBytes / 3) * 4;

/** Input of `export.file`. */
export const exportFileInput = z.strictObject({
  format: z.enum(EXPORT_FILE_FORMATS),
  /** Only the subtree under this role; null for the whole chart. */
  root: idSchema.nullable().default(null),
  options: z
    .strictObject({
      scale: z.number().positive().max(16).optional(),
      pageSize: z.enum(['A4', 'Letter']).optional(),
      orientation: z.enum(['portrait', 'landscape']).optional(),
      pdfMode: z.enum(['fit', 'subtree']).optional(),
    })
    .default({}),
});

/** Input of `import.readFile`: the bytes of a file the user picked. */
export const importReadFileInput = z.strictObject({
  fileName: z.string().min(1, 'must not be empty').max(260, 'must be at most 260 characters'),
  base64: z
    .string()
    .max(
      IMPORT_BASE64_CHARS,
      `must be at most ${IMPORT_LIMITS.fileBytes / (1024 * 1024)} MB (the import file limit)`,
    )
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
  /** The file's format; default from its name, then its first bytes. */
  format: z.enum(IMPORT_FORMATS).optional(),
});

/** One file to hand to the user, as bytes. */
export interface DownloadFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

/**
 * What `export.file` did: the files as bytes for the page to download (web
 * mode), or where the desktop app saved them after its save dialog.
 */
export type ExportFileResult =
  { kind: 'download'; files: DownloadFile[] } | { kind: 'saved'; paths: string[] } | { kind: 'canceled' };

/** What `import.readFile` found: HR records as a table, or a whole Charter model. */
export type ReadFileResult =
  | { kind: 'table'; source: string; format: ImportFormat; table: ImportTable }
  | { kind: 'document'; source: string; document: unknown };

interface HostEndpoint<S extends z.ZodType, R> {
  input: S;
  /** Phantom: carries the result type; never set at run time. */
  result?: R;
}
const host =
  <R>() =>
  <S extends z.ZodType>(input: S): HostEndpoint<S, R> => ({ input });

export const hostContract = {
  /** Writes the model (or a subtree) in one format. */
  'export.file': host<ExportFileResult>()(exportFileInput),
  /** Reads an import file: CSV, XLSX or JSON records to a table, or a Charter model document. */
  'import.readFile': host<ReadFileResult>()(importReadFileInput),
} as const;

export type HostContract = typeof hostContract;
export type HostName = keyof HostContract;
export type HostInputOf<N extends HostName> = z.input<HostContract[N]['input']>;
export type ParsedHostInputOf<N extends HostName> = z.output<HostContract[N]['input']>;
export type HostResultOf<N extends HostName> =
  HostContract[N] extends HostEndpoint<z.ZodType, infer R> ? R : never;

/** The implementation of every host call (asynchronous). */
export type HostHandlers = { [N in HostName]: (input: ParsedHostInputOf<N>) => Promise<HostResultOf<N>> };

/** How the renderer reaches the host calls. */
export type HostCall = <N extends HostName>(name: N, input: HostInputOf<N>) => Promise<HostResultOf<N>>;

export function isHostName(value: unknown): value is HostName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(hostContract, value);
}

/**
 * Runs one host call: checks the name, parses the raw input with its
 * schema, awaits the handler, and wraps the outcome as a reply.
 */
export async function invokeHost(
  handlers: HostHandlers,
  name: unknown,
  rawInput: unknown,
): Promise<{ ok: true; result: unknown } | { ok: false; error: ErrorPayload }> {
  try {
    if (!isHostName(name))
      throw new CharterError('invalid_input', `There is no operation called "${String(name)}".`);
    const input = parseWith(hostContract[name].input, rawInput ?? {}, `The input of ${name}`);
    const handler = handlers[name] as (input: unknown) => Promise<unknown>;
    return { ok: true, result: await handler(input) };
  } catch (error) {
    return { ok: false, error: toErrorPayload(error) };
  }
}
