/**
 * The shape every command has: one write transaction that makes its
 * changes through a tracker and appends one audit event.
 */
import type { Name } from '../../app/contract';
import type { MutationResult } from '../../app/views';
import type { Context } from '../context';
import { write } from '../context';
import { appendEvent, recordUndoable } from '../history';
import { Tracker } from '../tracker';

/** What a command reports about itself, for the audit event and the result. */
export interface Outcome {
  entityType: string;
  entityId: string | null;
  /** One sentence a person can read in the history, e.g. `Moved "CISO" under "CIO"`. */
  summary: string;
  before: unknown;
  after: unknown;
}

export interface RunOptions {
  /** False for model creation: a new model's template is not undoable. */
  undoable?: boolean;
}

export function runCommand(
  ctx: Context,
  command: Name | 'model.create',
  body: (tracker: Tracker) => Outcome,
  options: RunOptions = {},
): MutationResult {
  return write(ctx, () => {
    const tracker = new Tracker(ctx.db);
    const outcome = body(tracker);
    const undoable = options.undoable !== false;
    const eventId = appendEvent(ctx, {
      command,
      entityType: outcome.entityType,
      entityId: outcome.entityId,
      summary: outcome.summary,
      before: outcome.before,
      after: outcome.after,
      reverts: null,
      changes: undoable ? tracker.changes : [],
    });
    // A command that changed nothing is logged but leaves the stacks alone.
    if (undoable && tracker.changes.length > 0) recordUndoable(ctx.db, eventId);
    return outcome.entityId === null ? { eventId } : { eventId, id: outcome.entityId };
  });
}

/** The fields of a partial update that were given. */
export function definedFields<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Names the fields whose values differ, e.g. `title, description`. */
export function changedFields<T extends object>(before: T, after: T): string[] {
  return (Object.keys(after) as (keyof T & string)[]).filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
}

/** ` (title, description)` or `` when nothing changed. */
export function fieldList(fields: readonly string[]): string {
  return fields.length === 0 ? ' (no change)' : ` (${fields.join(', ')})`;
}
