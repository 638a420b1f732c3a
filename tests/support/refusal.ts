/** The CharterError a refused call throws. */
import { expect } from 'vitest';
import { CharterError } from '../../app/errors';

/** The CharterError `fn` throws; fails the test if it throws something else or nothing. */
export function refusal(fn: () => unknown): CharterError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(CharterError);
    return error as CharterError;
  }
  throw new Error('expected the call to be refused');
}
