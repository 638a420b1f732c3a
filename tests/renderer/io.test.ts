import { describe, expect, it } from 'vitest';
import { choiceOf, withChoice } from '../../renderer/io/MappingEditor';
import { ioShortcut, onOpenIoDialog, openIoDialog } from '../../renderer/io/open';

const key = (
  k: string,
  mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }>,
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('the import and export shortcuts', () => {
  it('are Shift+Ctrl or Shift+Cmd with I and E, as in the desktop menu', () => {
    expect(ioShortcut(key('I', { ctrlKey: true, shiftKey: true }))).toBe('import');
    expect(ioShortcut(key('e', { metaKey: true, shiftKey: true }))).toBe('export');
  });

  it('leave other keys alone', () => {
    expect(ioShortcut(key('e', { ctrlKey: true }))).toBeNull();
    expect(ioShortcut(key('i', { shiftKey: true }))).toBeNull();
    expect(ioShortcut(key('e', { ctrlKey: true, shiftKey: true, altKey: true }))).toBeNull();
    expect(ioShortcut(key('z', { ctrlKey: true, shiftKey: true }))).toBeNull();
  });
});

describe('opening the dialogs from anywhere', () => {
  it('tells every listener which dialog to open, until it stops listening', () => {
    const seen: string[] = [];
    const stop = onOpenIoDialog((d) => seen.push(d));
    openIoDialog('export');
    stop();
    openIoDialog('import');
    expect(seen).toEqual(['export']);
  });
});

describe('the column mapping of the import dialog', () => {
  const headers = ['Employee ID', 'Email', 'Mail', 'Title'];
  const detected = { employeeId: 'Employee ID', email: 'Email', title: 'Title' };

  it('shows the detected column until the user picks another, or none', () => {
    expect(choiceOf('email', {}, detected, headers)).toBe('column:1');
    expect(choiceOf('email', { email: 'Mail' }, detected, headers)).toBe('column:2');
    expect(choiceOf('email', { email: '' }, detected, headers)).toBe('not-imported');
    expect(choiceOf('department', {}, detected, headers)).toBe('');
  });

  it('marks a detected column as not imported, and can go back to detecting it', () => {
    const none = withChoice({}, 'email', 'not-imported', headers);
    expect(none).toEqual({ email: '' });
    expect(withChoice(none, 'email', 'column:2', headers)).toEqual({ email: 'Mail' });
    expect(withChoice(none, 'email', '', headers)).toEqual({});
  });
});
