/**
 * Request checks of the loopback server: the Host header (against DNS
 * rebinding: a page on another name that resolves to 127.0.0.1 is
 * refused) and the per-run token, compared in constant time.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh token for one run of the server. */
export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/** True when the Host header names this server on the loopback address. */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** Compares a presented token with the expected one without leaking timing. */
export function tokenMatches(presented: string | string[] | undefined, expected: string): boolean {
  if (typeof presented !== 'string') return false;
  // Hashing first gives equal-length buffers, as timingSafeEqual needs.
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}
