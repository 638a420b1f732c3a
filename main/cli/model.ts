/** Opening models for the CLI: the actor is the OS user. */
import type { InputOf, Name, ResultOf } from '../../app/contract';
import { invoke, unwrap } from '../../app/contract';
import type { ModelHandle } from '../../db/index';
import { createModel, openModel } from '../../db/index';
import { openSafely } from '../../db/safety/index';
import type { TemplateName } from '../../app/templates';
import { currentActor, nativeBindingOption } from '../actor';

/**
 * Opens a model through the data-safety layer: a writer takes the model's
 * lock (a second editor is told the file is in use) and a verified backup;
 * a damaged file opens read-only. Readers take neither.
 */
export async function openForCli(path: string, readOnly = false): Promise<ModelHandle> {
  const options = { actor: currentActor(), ...nativeBindingOption() };
  return openSafely(path, { readOnly, backup: !readOnly, ...options }, (ro) =>
    openModel(path, { ...options, readOnly: ro }),
  );
}

export function createForCli(path: string, template: TemplateName, name?: string): ModelHandle {
  return createModel(path, {
    template,
    actor: currentActor(),
    ...(name === undefined ? {} : { name }),
    ...nativeBindingOption(),
  });
}

/** A typed, synchronous caller for one model: runs the call through `invoke` and unwraps it. */
export type Query = <N extends Name>(name: N, input: InputOf<N>) => ResultOf<N>;

export function queryFor(handle: ModelHandle): Query {
  return (name, input) => unwrap(invoke(handle.handlers, name, input)) as ResultOf<typeof name>;
}

/** Runs `work` with the model open and closes it afterwards, whatever happens. */
export async function withModel<T>(
  handle: ModelHandle,
  work: (handle: ModelHandle) => T | Promise<T>,
): Promise<T> {
  try {
    return await work(handle);
  } finally {
    handle.close();
  }
}
