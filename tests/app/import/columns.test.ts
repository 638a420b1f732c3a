import { describe, expect, it } from 'vitest';
import { CharterError } from '../../../app/errors';
import { detectColumns, normalizeHeader, parseMappingArgs } from '../../../app/import/columns';

describe('finding HR columns', () => {
  it('ignores case, spaces and punctuation in headers', () => {
    expect(normalizeHeader(' E-mail ')).toBe('email');
    expect(normalizeHeader('Employee_ID')).toBe('employeeid');
    const columns = detectColumns(['EMPLOYEE_ID', 'Reports-To', 'Full Name', 'Job Title', 'E-Mail', 'Dept.']);
    expect(columns).toEqual({ employeeId: 0, managerId: 1, name: 2, title: 3, email: 4, department: 5 });
  });

  it('recognizes the common names of each field', () => {
    expect(detectColumns(['Worker ID', 'Supervisor ID', 'Display Name', 'Position'])).toMatchObject({
      employeeId: 0,
      managerId: 1,
      name: 2,
      title: 3,
    });
    expect(detectColumns(['Staff ID', 'Line Manager ID', 'Employee Name', 'Role', 'Division'])).toMatchObject(
      {
        department: 4,
      },
    );
    expect(detectColumns(['id', 'parent id', 'name', 'title'])).toMatchObject({
      employeeId: 0,
      managerId: 1,
    });
  });

  it('accepts first and last name instead of a name', () => {
    expect(detectColumns(['Employee Number', 'Given Name', 'Surname', 'Job'])).toEqual({
      employeeId: 0,
      firstName: 1,
      lastName: 2,
      title: 3,
    });
  });

  it('prefers the more specific name when several columns could match', () => {
    const columns = detectColumns(['ID', 'Employee ID', 'Manager ID', 'Name', 'Title']);
    expect(columns.employeeId).toBe(1);
    expect(columns.managerId).toBe(2);
  });

  it('lets an explicit mapping override detection', () => {
    const columns = detectColumns(['Badge', 'Boss', 'Who', 'What', 'Employee ID'], {
      employeeId: 'Badge',
      'manager id': 'boss',
      name: 'Who',
      title: 'What',
    });
    expect(columns).toEqual({ employeeId: 0, managerId: 1, name: 2, title: 3 });
  });

  it('leaves out a field mapped to nothing, even when a column would be detected for it', () => {
    const headers = ['Employee ID', 'Name', 'Title', 'Email', 'Department'];
    expect(detectColumns(headers, { email: '' })).toEqual({
      employeeId: 0,
      name: 1,
      title: 2,
      department: 4,
    });
    expect(() => detectColumns(headers, { title: '' })).toThrow(/no title column/);
  });

  it('refuses a mapping to an unknown field or column', () => {
    expect(() => detectColumns(['a'], { salary: 'a' })).toThrow(/unknown field "salary"/);
    expect(() => detectColumns(['a', 'b'], { employeeId: 'c' })).toThrow(
      /employeeId="c" names a column the file does not have. Columns in the file: "a", "b"/,
    );
  });

  it('lists every missing required column and the columns found', () => {
    try {
      detectColumns(['Name', 'Department']);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CharterError);
      expect((error as CharterError).message).toBe(
        'The file has no employee id, no title column. Columns in the file: "Name", "Department". Rename a column, or map it: --map employeeId="Worker ID".',
      );
    }
    expect(() => detectColumns(['id', 'first name', 'title'])).toThrow(
      /no name \(or first name and last name\)/,
    );
  });

  it('parses --map arguments', () => {
    expect(parseMappingArgs(['employeeId=Worker ID', 'title = Job '])).toEqual({
      employeeId: 'Worker ID',
      title: 'Job',
    });
    expect(() => parseMappingArgs(['employeeId'])).toThrow(/must look like field=Column/);
    expect(() => parseMappingArgs(['=x'])).toThrow(/must look like field=Column/);
  });

  it('reads field= as "do not import this field", as the app\'s mapping does', () => {
    expect(parseMappingArgs(['email='])).toEqual({ email: '' });
    const columns = detectColumns(['Employee ID', 'Name', 'Title', 'Email'], parseMappingArgs(['email=']));
    expect(columns.email).toBeUndefined();
    expect(columns.employeeId).toBe(0);
  });
});
