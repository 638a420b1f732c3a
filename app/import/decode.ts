/**
 * Turns a file's bytes into text: UTF-8 with or without a byte-order mark,
 * UTF-16 LE or BE with one. Anything else is refused with an error that
 * says what is wrong and how to fix it, never decoded into mojibake.
 */
import { CharterError } from '../errors';
import { IMPORT_LIMITS, count } from './limits';

const SAVE_AS = 'Save it as UTF-8 (in Excel: File › Save As › "CSV UTF-8") and import it again.';

function refuse(source: string, problem: string): never {
  throw new CharterError('invalid_input', `"${source}" cannot be read: ${problem} ${SAVE_AS}`);
}

/** Refuses a file over the size limit before any work is done on it. */
export function checkFileSize(
  byteLength: number,
  source: string,
  limit: number = IMPORT_LIMITS.fileBytes,
): void {
  if (byteLength > limit)
    throw new CharterError(
      'invalid_input',
      `"${source}" is too large to import: ${count(byteLength)} bytes; the limit is ${count(limit)} bytes (${Math.round(limit / 1024 / 1024)} MB). Split the file and import the parts.`,
    );
}

/** Offset of the first byte that breaks UTF-8, or -1 when all is valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** UTF-16 without a byte-order mark: text whose every other byte is mostly zero. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 2) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  return Math.max(even, odd) * 4 >= n; // at least half of one side's bytes are zero
}

const hex = (b: number | undefined) => `0x${(b ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;

function decodeStrict(bytes: Uint8Array, label: 'utf-8' | 'utf-16le' | 'utf-16be', source: string): string {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    const name = label.toUpperCase().replace('LE', ' little-endian').replace('BE', ' big-endian');
    return refuse(source, `it starts with a ${name} byte-order mark but the rest is not valid ${name} text.`);
  }
}

/**
 * Decodes an import file. The byte-order mark, if any, is removed.
 * @throws CharterError('invalid_input') naming the file and the problem.
 */
export function decodeText(bytes: Uint8Array, source: string): string {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xff && b1 === 0xfe) return decodeStrict(bytes.subarray(2), 'utf-16le', source);
  if (b0 === 0xfe && b1 === 0xff) return decodeStrict(bytes.subarray(2), 'utf-16be', source);
  const body = b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? bytes.subarray(3) : bytes;
  if (looksLikeUtf16(body))
    refuse(source, 'it looks like UTF-16 text without a byte-order mark, so its byte order is unknown.');
  const bad = firstInvalidUtf8(body);
  if (bad >= 0) {
    const offset = bad + bytes.length - body.length;
    refuse(
      source,
      `byte ${hex(body[bad])} at position ${count(offset)} is not valid UTF-8; the file is probably in a legacy encoding such as Latin-1 or Windows-1252.`,
    );
  }
  const text = new TextDecoder('utf-8').decode(body);
  const nul = text.indexOf('\u0000');
  if (nul >= 0)
    refuse(source, `it contains a NUL character at position ${count(nul)}, so it is not a text file.`);
  return text;
}
