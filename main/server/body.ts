/** Reads a request body up to a byte limit, without buffering past it. */
import type { IncomingMessage } from 'node:http';
import { IMPORT_BASE64_CHARS } from '../../app/host-contract';
import { IMPORT_LIMITS } from '../../app/import/limits';
import { LIMITS } from '../../app/limits';

/** Slack for the JSON around a file's base64 (its name, the format). */
const ENVELOPE_BYTES = 64 * 1024;

/**
 * The largest body a call may send. The import calls carry a whole file
 * (import.readFile, as base64) or the table read from it (import.preview
 * and import.apply: the cells as JSON strings, at most about twice the
 * file); every other call keeps the small general limit.
 */
export function bodyLimitFor(name: string): number {
  if (name === 'import.readFile') return IMPORT_BASE64_CHARS + ENVELOPE_BYTES;
  if (name === 'import.preview' || name === 'import.apply')
    return 2 * IMPORT_LIMITS.fileBytes + ENVELOPE_BYTES;
  return LIMITS.requestBytes;
}

export type BodyResult = { ok: true; text: string } | { ok: false; reason: 'too_large' | 'aborted' };

export function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit)
    return Promise.resolve({ ok: false, reason: 'too_large' });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: BodyResult) => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        finish({ ok: false, reason: 'too_large' });
      } else chunks.push(chunk);
    };
    const onEnd = () => finish({ ok: true, text: Buffer.concat(chunks).toString('utf8') });
    const onError = () => finish({ ok: false, reason: 'aborted' });
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}
