/**
 * Cleans one table row into an HR record: trims, collapses inner runs of
 * whitespace and control characters, joins first and last names, and
 * notes what is wrong (errors) or merely unusual (warnings).
 */
import { LIMITS } from '../limits';
import { type ColumnMap, FIELD_LABELS, type HrField } from './columns';

/** A problem with one row; `row` is the source row (or record) number. */
export interface ImportIssue {
  row: number;
  /** The column's header as the file names it, e.g. "Manager ID". */
  field: string;
  message: string;
}

/** One cleaned row: a person holding a position that reports to a manager. */
export interface HrRecord {
  row: number;
  employeeId: string;
  /** Empty when the row has no manager (a top-level role). */
  managerId: string;
  name: string;
  title: string;
  email: string;
  department: string;
}

/** Longest value of each field, as the model stores them. */
export const FIELD_MAX: Record<'employeeId' | 'name' | 'title' | 'email' | 'department', number> = {
  employeeId: LIMITS.idLength * 2,
  name: LIMITS.shortText,
  title: LIMITS.shortText,
  email: 320,
  department: LIMITS.shortText,
};

/** A title longer than this is kept, with a warning. */
export const LONG_TITLE = 100;

/* eslint-disable no-control-regex -- control characters are exactly what these find */
const SPACES = /[\s\u0000-\u001f\u007f]+/g;

/** The apostrophe Charter's CSV and XLSX exports put before formula-like text. */
const NEUTRALISED = /^'(?=[=+\-@\t\r])/;

/** Anything {@link tidy} would change; most values have none, and skip the work. */
const UNTIDY =
  /^['\s]|\s$|\s\s|[\u0000-\u001f\u007f\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;
/* eslint-enable no-control-regex */

/**
 * Trims and collapses whitespace and control characters to single spaces,
 * and drops the apostrophe an export put before formula-like text, so an
 * exported register reads back as it was.
 */
export const tidy = (value: string): string =>
  UNTIDY.test(value) ? value.replace(NEUTRALISED, '').replace(SPACES, ' ').trim() : value;

export function fieldLabel(headers: readonly string[], columns: ColumnMap, field: HrField): string {
  const index = columns[field];
  const header = index === undefined ? undefined : headers[index];
  return header !== undefined && header !== '' ? header : FIELD_LABELS[field];
}

/** Cleans the cells of one row, adding its problems to `errors` and `warnings`. */
export function cleanRow(
  cells: readonly string[],
  row: number,
  headers: readonly string[],
  columns: ColumnMap,
  errors: ImportIssue[],
  warnings: ImportIssue[],
): HrRecord {
  const get = (field: HrField) => {
    const index = columns[field];
    return index === undefined ? '' : tidy(cells[index] ?? '');
  };
  const label = (field: HrField) => fieldLabel(headers, columns, field);
  const name = get('name') || [get('firstName'), get('lastName')].filter((s) => s !== '').join(' ');
  const record: HrRecord = {
    row,
    employeeId: get('employeeId'),
    managerId: get('managerId'),
    name,
    title: get('title'),
    email: get('email'),
    department: get('department'),
  };
  const nameField: HrField = columns.name !== undefined ? 'name' : 'firstName';

  if (record.employeeId === '')
    errors.push({ row, field: label('employeeId'), message: 'the employee id is empty' });
  if (record.name === '') errors.push({ row, field: label(nameField), message: 'the name is empty' });
  if (record.title === '') errors.push({ row, field: label('title'), message: 'the title is empty' });
  for (const field of ['employeeId', 'name', 'title', 'email', 'department'] as const) {
    const length = record[field].length;
    if (length > FIELD_MAX[field])
      errors.push({
        row,
        field: label(field === 'name' ? nameField : field),
        message: `is ${length} characters long; the limit is ${FIELD_MAX[field]}`,
      });
  }
  if (record.managerId !== '' && record.managerId === record.employeeId)
    errors.push({
      row,
      field: label('managerId'),
      message: `names the row's own employee id "${record.employeeId}" as its manager`,
    });

  if (record.email !== '' && !record.email.includes('@'))
    warnings.push({
      row,
      field: label('email'),
      message: `"${record.email}" looks like a login name, not an email address; it is kept as it is`,
    });
  if (record.title.length > LONG_TITLE && record.title.length <= FIELD_MAX.title)
    warnings.push({
      row,
      field: label('title'),
      message: `the title is unusually long (${record.title.length} characters)`,
    });
  const extra = cells.slice(headers.length).filter((c) => c.trim() !== '').length;
  if (extra > 0)
    warnings.push({
      row,
      field: '',
      message: `the row has ${extra} value${extra === 1 ? '' : 's'} past the last header column; ${extra === 1 ? 'it is' : 'they are'} ignored`,
    });
  return record;
}
