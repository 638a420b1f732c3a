/**
 * The one error type every layer throws and every host reports.
 * `message` is written for the person using Charter: it names what is
 * wrong and, where it can, what to do about it.
 */
export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'conflict',
  'cycle',
  'nothing_to_undo',
  'nothing_to_redo',
  'future_version',
  'file_error',
  'file_in_use',
  'read_only',
  'forbidden',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorPayload {
  code: ErrorCode;
  message: string;
  /** Optional machine-readable context, e.g. the cycle's chain of role ids. */
  details?: Record<string, unknown>;
}

export class CharterError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'CharterError';
    this.code = code;
    this.details = details;
  }

  toPayload(): ErrorPayload {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }

  /** Rebuilds an error that crossed a process boundary. */
  static fromPayload(payload: ErrorPayload): CharterError {
    return new CharterError(payload.code, payload.message, payload.details);
  }
}

/** Any thrown value as a payload; unknown errors become `internal`. */
export function toErrorPayload(error: unknown): ErrorPayload {
  if (error instanceof CharterError) return error.toPayload();
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `Something went wrong inside Charter: ${message}` };
}
