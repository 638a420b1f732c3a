/**
 * Finds the HR columns of a table by their usual names, ignoring case,
 * spaces and punctuation ("Employee ID", "employee_id" and "EmployeeId"
 * are the same), and applies explicit `field=Column` mappings on top.
 */
import { CharterError } from '../errors';

/** The fields an HR import understands. */
export const HR_FIELDS = [
  'employeeId',
  'managerId',
  'name',
  'firstName',
  'lastName',
  'title',
  'email',
  'department',
] as const;
export type HrField = (typeof HR_FIELDS)[number];

/** Column index of each field found; absent fields are missing. */
export type ColumnMap = Partial<Record<HrField, number>>;

/** Lower case, letters and digits only. */
export const normalizeHeader = (header: string): string =>
  header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

const n = (names: string[]) => names.map(normalizeHeader);

/** Usual names of each field, best first. */
export const FIELD_NAMES: Record<HrField, string[]> = {
  employeeId: n([
    'employee id',
    'emp id',
    'employee number',
    'employee no',
    'employee #',
    'emp no',
    'worker id',
    'staff id',
    'staff number',
    'person id',
    'external id',
    'id',
  ]),
  managerId: n([
    'manager id',
    'manager employee id',
    'manager employee number',
    'supervisor id',
    'reports to',
    'reports to id',
    'parent id',
    'line manager id',
    'manager number',
  ]),
  name: n(['name', 'full name', 'employee name', 'display name', 'person name']),
  firstName: n(['first name', 'given name', 'forename', 'firstname']),
  lastName: n(['last name', 'surname', 'family name', 'lastname']),
  title: n(['title', 'job title', 'position', 'position title', 'role', 'job', 'role title']),
  email: n(['email', 'e-mail', 'work email', 'email address', 'mail']),
  department: n(['department', 'dept', 'function', 'division', 'org unit', 'organizational unit', 'team']),
};

/** How a person names a field in messages. */
export const FIELD_LABELS: Record<HrField, string> = {
  employeeId: 'employee id',
  managerId: 'manager id',
  name: 'name',
  firstName: 'first name',
  lastName: 'last name',
  title: 'title',
  email: 'email',
  department: 'department',
};

const FIELD_BY_NORMAL = new Map<string, HrField>(
  HR_FIELDS.flatMap((f) => [
    [normalizeHeader(f), f],
    [normalizeHeader(FIELD_LABELS[f]), f],
  ]),
);

/** `employeeId`, `employee id`, `Employee-ID` all name the same field. */
export function fieldByName(name: string): HrField | undefined {
  return FIELD_BY_NORMAL.get(normalizeHeader(name));
}

/**
 * Parses `field=Column` strings (the CLI's `--map`) into a mapping object;
 * `field=` (no column) means the field is not imported.
 */
export function parseMappingArgs(args: readonly string[]): Record<string, string> {
  const mapping: Record<string, string> = {};
  for (const arg of args) {
    const eq = arg.indexOf('=');
    if (eq <= 0)
      throw new CharterError(
        'invalid_input',
        `--map "${arg}" must look like field=Column, e.g. --map employeeId="Worker ID" (or field= to leave a field out).`,
      );
    mapping[arg.slice(0, eq).trim()] = arg.slice(eq + 1).trim();
  }
  return mapping;
}

const quoteList = (items: readonly string[]) =>
  items.length === 0 ? '(none)' : items.map((h) => `"${h}"`).join(', ');

/**
 * Finds each field's column. `mapping` (field name -> column header) wins
 * over detection; a column is used for one field only. A field mapped to
 * the empty string is not imported, even when a column would be detected
 * for it (an email column that holds login names, say).
 * @throws CharterError('invalid_input') for an unknown field or column in
 * `mapping`, or when employee id, name (or first and last name) or title
 * is missing; the message lists the columns the file has.
 */
export function detectColumns(
  headers: readonly string[],
  mapping: Readonly<Record<string, string>> = {},
): ColumnMap {
  const columns: ColumnMap = {};
  const used = new Set<number>();
  const notImported = new Set<HrField>();
  for (const [fieldName, header] of Object.entries(mapping)) {
    const field = fieldByName(fieldName);
    if (field === undefined)
      throw new CharterError(
        'invalid_input',
        `The mapping names an unknown field "${fieldName}". Fields: ${HR_FIELDS.join(', ')}.`,
      );
    if (header === '') {
      notImported.add(field);
      continue;
    }
    let index = headers.indexOf(header);
    if (index < 0) index = headers.findIndex((h) => h.trim().toLowerCase() === header.trim().toLowerCase());
    if (index < 0)
      throw new CharterError(
        'invalid_input',
        `The mapping ${field}="${header}" names a column the file does not have. Columns in the file: ${quoteList(headers)}.`,
      );
    columns[field] = index;
    used.add(index);
  }
  const normal = headers.map(normalizeHeader);
  for (const field of HR_FIELDS) {
    if (columns[field] !== undefined || notImported.has(field)) continue;
    for (const name of FIELD_NAMES[field]) {
      const index = normal.findIndex((h, i) => h === name && !used.has(i));
      if (index >= 0) {
        columns[field] = index;
        used.add(index);
        break;
      }
    }
  }
  const missing: string[] = [];
  if (columns.employeeId === undefined) missing.push('employee id');
  if (columns.name === undefined && (columns.firstName === undefined || columns.lastName === undefined))
    missing.push('name (or first name and last name)');
  if (columns.title === undefined) missing.push('title');
  if (missing.length > 0)
    throw new CharterError(
      'invalid_input',
      `The file has no ${missing.join(', no ')} column. Columns in the file: ${quoteList(headers)}. Rename a column, or map it: --map employeeId="Worker ID".`,
      { missing, headers: [...headers] },
    );
  return columns;
}
