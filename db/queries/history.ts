/**
 * The audit log, newest first.
 */
import type { AuditEntry } from '../../app/views';
import type { Context } from '../context';
import type { AuditEventRow } from '../rows';
import { toAuditEvent } from '../rows';
import { all } from '../statements';

export function listHistory(ctx: Context, limit: number): AuditEntry[] {
  return all<AuditEventRow>(ctx.db, 'SELECT * FROM audit_events ORDER BY id DESC LIMIT ?', limit).map(
    toAuditEvent,
  );
}
