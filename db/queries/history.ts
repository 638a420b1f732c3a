/**
 * The audit log, newest first.
 */
import type { AuditEntry } from '../../app/views';
import type { Context } from '../context';
import type { AuditEventRow } from '../rows';
import { toAuditEvent } from '../rows';
import { all } from '../statements';

/**
 * Every column but the undo data: changes_json can hold megabytes (the rows
 * a model import deleted) and the log does not show it, so it is not read;
 * the row carries an empty list in its place.
 */
const LISTED =
  "id, at, actor, command, entity_type, entity_id, summary, before_json, after_json, reverts, '[]' AS changes_json";

export function listHistory(ctx: Context, limit: number): AuditEntry[] {
  return all<AuditEventRow>(ctx.db, `SELECT ${LISTED} FROM audit_events ORDER BY id DESC LIMIT ?`, limit).map(
    toAuditEvent,
  );
}
