/**
 * Shared test helpers: real model files in a fresh temp folder, and calls
 * that go through the contract exactly as a host makes them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect } from 'vitest';
import type { InputOf, Name, ResultOf } from '../../app/contract';
import type { CharterDocument } from '../../app/document';
import { invoke, unwrap } from '../../app/contract';
import type { ErrorCode } from '../../app/errors';
import { CharterError } from '../../app/errors';
import type { TemplateName } from '../../app/templates';
import type { ModelHandle } from '../../db';
import { createModel } from '../../db';
import type { Context } from '../../db/context';
import { openDatabase } from '../../db/open';

const open: ModelHandle[] = [];
const contexts: Context[] = [];
const dirs: string[] = [];

afterEach(() => {
  for (const handle of open.splice(0)) handle.close();
  for (const ctx of contexts.splice(0)) ctx.db.close();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A path for a model file in a new temp folder, removed after the test. */
export function tempPath(name = 'model.charter'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'charter-db-'));
  dirs.push(dir);
  return path.join(dir, name);
}

/** Closes the handle after the test. */
export function track(handle: ModelHandle): ModelHandle {
  open.push(handle);
  return handle;
}

/** A real model file in a temp folder, opened as the db layer opens it (for the commands themselves); closed after the test. */
export function openContext(template: TemplateName = 'seed'): Context {
  const file = tempPath();
  createModel(file, { template, actor: 'tester' }).close();
  const ctx: Context = { db: openDatabase(file), path: file, readOnly: false, actor: 'tester' };
  contexts.push(ctx);
  return ctx;
}

export function newModel(template: TemplateName = 'seed', file = tempPath()): ModelHandle {
  return track(createModel(file, { template, actor: 'tester' }));
}

/** Calls an endpoint through `invoke`, as every host does, and unwraps the reply. */
export function call<N extends Name>(handle: ModelHandle, name: N, input: InputOf<N>): ResultOf<N> {
  return unwrap(invoke(handle.handlers, name, input)) as ResultOf<N>;
}

/** The CharterError a call fails with; fails the test if it succeeds. */
export function failure<N extends Name>(handle: ModelHandle, name: N, input: unknown): CharterError {
  const reply = invoke(handle.handlers, name, input);
  if (reply.ok) throw new Error(`${name} succeeded but was expected to fail`);
  return CharterError.fromPayload(reply.error);
}

/** Asserts that `fn` throws a CharterError with `code`, and returns it. */
export function thrown(fn: () => unknown, code: ErrorCode): CharterError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(CharterError);
    expect((error as CharterError).code).toBe(code);
    return error as CharterError;
  }
  throw new Error(`expected a ${code} error`);
}

/**
 * A document as model.import's input type. CharterDocument types `version`
 * as number while the schema wants the literal 1; the value is the same.
 */
export const importable = (doc: CharterDocument): InputOf<'model.import'>['document'] =>
  doc as InputOf<'model.import'>['document'];
