/**
 * What crosses a process boundary, a result or an error payload, and how a
 * caller turns it back into a result. Apart from the contract so that the
 * renderer's transport can load before the contract's schemas.
 */
import type { ErrorPayload } from './errors';
import { CharterError } from './errors';

/** What crosses a process boundary: a result, or an error payload. */
export type Reply<R = unknown> = { ok: true; result: R } | { ok: false; error: ErrorPayload };

/** Turns a reply back into a result, or throws the CharterError it carries. */
export function unwrap<R>(reply: Reply<R>): R {
  if (reply.ok) return reply.result;
  throw CharterError.fromPayload(reply.error);
}
