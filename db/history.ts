/**
 * The audit log and the undo/redo stacks. Every command appends one audit
 * event holding its row-level changes; the stacks (a table, so they
 * survive closing the file) hold event ids. Undo replays an event's
 * changes backwards, redo forwards; each is itself an audit event that
 * `reverts` the original.
 */
import type { Database } from 'better-sqlite3';
import { CharterError } from '../app/errors';
import type { MutationResult } from '../app/views';
import type { Context } from './context';
import { write } from './context';
import type { AuditEventRow } from './rows';
import { get, stmt } from './statements';
import type { Change } from './tracker';
import {
  applyBulk,
  applyChange,
  applyRange,
  isBulk,
  isRange,
  parseChanges,
  reverse,
  serializeChanges,
} from './tracker';

export interface EventInput {
  command: string;
  entityType: string;
  entityId: string | null;
  summary: string;
  before: unknown;
  after: unknown;
  reverts: number | null;
  changes: readonly Change[];
}

type Stack = 'undo' | 'redo';

const json = (value: unknown): string | null =>
  value === undefined || value === null ? null : JSON.stringify(value);

export function appendEvent(ctx: Context, event: EventInput): number {
  const result = stmt(
    ctx.db,
    `INSERT INTO audit_events (at, actor, command, entity_type, entity_id, summary, before_json, after_json, reverts, changes_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    new Date().toISOString(),
    ctx.actor,
    event.command,
    event.entityType,
    event.entityId,
    event.summary,
    json(event.before),
    json(event.after),
    event.reverts,
    serializeChanges(event.changes),
  );
  return Number(result.lastInsertRowid);
}

function top(db: Database, stack: Stack): { seq: number; event: AuditEventRow } | undefined {
  const entry = get<{ seq: number; event_id: number }>(
    db,
    'SELECT seq, event_id FROM history_stack WHERE stack = ? ORDER BY seq DESC LIMIT 1',
    stack,
  );
  if (entry === undefined) return undefined;
  const event = get<AuditEventRow>(db, 'SELECT * FROM audit_events WHERE id = ?', entry.event_id);
  return event === undefined ? undefined : { seq: entry.seq, event };
}

function push(db: Database, stack: Stack, eventId: number): void {
  stmt(db, 'INSERT INTO history_stack (stack, event_id) VALUES (?, ?)').run(stack, eventId);
}

function drop(db: Database, seq: number): void {
  stmt(db, 'DELETE FROM history_stack WHERE seq = ?').run(seq);
}

/** Records a command that changed rows: it can be undone, and nothing is left to redo. */
export function recordUndoable(db: Database, eventId: number): void {
  push(db, 'undo', eventId);
  stmt(db, "DELETE FROM history_stack WHERE stack = 'redo'").run();
}

/** What undo or redo would do next, for model.info. */
export function peek(db: Database, stack: Stack): { eventId: number; summary: string } | null {
  // Not top(): that reads the event's changes too, 20 MB after a 100,000-row import, on every model.info.
  const entry = get<{ id: number; summary: string }>(
    db,
    `SELECT e.id, e.summary FROM history_stack s JOIN audit_events e ON e.id = s.event_id
     WHERE s.stack = ? ORDER BY s.seq DESC LIMIT 1`,
    stack,
  );
  return entry === undefined ? null : { eventId: entry.id, summary: entry.summary };
}

function replay(ctx: Context, stack: Stack): MutationResult {
  return write(ctx, () => {
    const entry = top(ctx.db, stack);
    if (entry === undefined)
      throw stack === 'undo'
        ? new CharterError('nothing_to_undo', 'There is nothing to undo.')
        : new CharterError('nothing_to_redo', 'There is nothing to redo.');
    const { event } = entry;
    const changes = parseChanges(event.changes_json);
    // What was done, as this step's own event records it: an insert recorded
    // by reference is undone by deleting rows, which that event keeps by value.
    const ordered = stack === 'undo' ? [...changes].reverse().map(reverse) : changes;
    const applied = ordered.map((change, index) => {
      if (isRange(change))
        return applyRange(ctx.db, change, { eventId: event.id, index, count: ordered.length });
      if (isBulk(change)) applyBulk(ctx.db, change);
      else applyChange(ctx.db, change, change.before, change.after);
      return change;
    });
    drop(ctx.db, entry.seq);
    push(ctx.db, stack === 'undo' ? 'redo' : 'undo', event.id);
    const before = event.before_json === null ? null : (JSON.parse(event.before_json) as unknown);
    const after = event.after_json === null ? null : (JSON.parse(event.after_json) as unknown);
    const eventId = appendEvent(ctx, {
      command: stack === 'undo' ? 'history.undo' : 'history.redo',
      entityType: event.entity_type,
      entityId: event.entity_id,
      summary: `${stack === 'undo' ? 'Undid' : 'Redid'}: ${event.summary}`,
      before: stack === 'undo' ? after : before,
      after: stack === 'undo' ? before : after,
      reverts: event.id,
      changes: applied,
    });
    return event.entity_id === null ? { eventId } : { eventId, id: event.entity_id };
  });
}

export const undo = (ctx: Context): MutationResult => replay(ctx, 'undo');
export const redo = (ctx: Context): MutationResult => replay(ctx, 'redo');
