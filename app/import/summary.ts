/**
 * A plan cut down to what a preview shows: counts, the columns used, the
 * first errors and warnings, and the first valid rows.
 */
import type { HrField } from './columns';
import type { ImportIssue, ImportPlan, PlannedRow } from './plan';

export interface ImportPreview {
  source: string;
  rowNoun: 'row' | 'record';
  columns: Partial<Record<HrField, string>>;
  /** Data rows read. */
  total: number;
  /** Rows that would be written. */
  validRows: number;
  /** Rows that cannot be imported. */
  invalidRows: number;
  /** Valid rows that add a person, and that update one already in the model. */
  creates: number;
  updates: number;
  errorCount: number;
  warningCount: number;
  /** The first errors and warnings, by row. */
  errors: ImportIssue[];
  warnings: ImportIssue[];
  /** The first valid rows as they would be written. */
  sample: Pick<PlannedRow, 'row' | 'employeeId' | 'managerId' | 'name' | 'title' | 'email' | 'department'>[];
}

/** Summarizes `plan`, keeping at most `limit` errors and warnings and `sampleSize` rows. */
export function summarizePlan(plan: ImportPlan, limit = 200, sampleSize = 20): ImportPreview {
  return {
    source: plan.source,
    rowNoun: plan.rowNoun,
    columns: plan.columns,
    total: plan.total,
    validRows: plan.valid.length,
    invalidRows: plan.invalidRows,
    creates: plan.creates,
    updates: plan.updates,
    errorCount: plan.errors.length,
    warningCount: plan.warnings.length,
    errors: plan.errors.slice(0, limit),
    warnings: plan.warnings.slice(0, limit),
    sample: plan.valid
      .slice(0, sampleSize)
      .map(({ row, employeeId, managerId, name, title, email, department }) => ({
        row,
        employeeId,
        managerId,
        name,
        title,
        email,
        department,
      })),
  };
}
