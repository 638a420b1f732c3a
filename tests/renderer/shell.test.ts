import { describe, expect, it } from 'vitest';
import type { AssignmentView } from '../../app/views';
import { ownershipLine } from '../../renderer/chart/RoleNode';
import { assignmentsFor } from '../../renderer/inspector/Inspector';
import { summaryParts } from '../../renderer/shell/StatusBar';
import { historyShortcut, type KeyLike } from '../../renderer/shell/shortcuts';
import { fakeSummary } from './fake-bridge';
import { seedDocument } from '../../app/templates';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('history shortcuts', () => {
  it('undo with Ctrl+Z or Cmd+Z', () => {
    expect(historyShortcut(key('z', { ctrlKey: true }))).toBe('undo');
    expect(historyShortcut(key('z', { metaKey: true }))).toBe('undo');
  });

  it('redo with Ctrl/Cmd+Shift+Z and Ctrl+Y', () => {
    expect(historyShortcut(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(historyShortcut(key('Z', { metaKey: true, shiftKey: true }))).toBe('redo');
    expect(historyShortcut(key('y', { ctrlKey: true }))).toBe('redo');
  });

  it('leaves other keys alone', () => {
    expect(historyShortcut(key('z'))).toBeNull();
    expect(historyShortcut(key('z', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(historyShortcut(key('y', { metaKey: true }))).toBeNull();
    expect(historyShortcut(key('k', { ctrlKey: true }))).toBeNull();
  });
});

describe('the status bar', () => {
  it("reads the seed organization's counts in words", () => {
    expect(summaryParts(fakeSummary(seedDocument('2026-01-15')))).toEqual([
      '7 roles (2 vacant)',
      '5 people',
      '6 solid lines',
      '1 dotted line',
      '7 responsibility areas',
      '6 policies',
      '5 assets',
      `${seedDocument('2026-01-15').assignments.length} RACI assignments`,
    ]);
  });
});

describe("a role node's ownership line", () => {
  it('counts policies and assets, and says when there are none', () => {
    expect(ownershipLine(4, 0)).toBe('Accountable: 4 policies');
    expect(ownershipLine(1, 1)).toBe('Accountable: 1 policy, 1 asset');
    expect(ownershipLine(0, 0)).toBe('Accountable for nothing yet');
  });
});

describe("the inspector's lists", () => {
  it('put policies first, then assets, then responsibility areas, each by name', () => {
    const items: AssignmentView[] = [
      { subjectType: 'responsibility', subjectId: 'a1', subjectName: 'Security awareness', letter: 'A' },
      { subjectType: 'asset', subjectId: 's2', subjectName: 'Customer database', letter: 'A' },
      { subjectType: 'policy', subjectId: 'p2', subjectName: 'Network Standard', letter: 'A' },
      { subjectType: 'policy', subjectId: 'p1', subjectName: 'Information Security Policy', letter: 'A' },
      { subjectType: 'policy', subjectId: 'p3', subjectName: 'Acceptable Use', letter: 'R' },
    ];
    expect(assignmentsFor(items, 'A').map((a) => a.subjectName)).toEqual([
      'Information Security Policy',
      'Network Standard',
      'Customer database',
      'Security awareness',
    ]);
    expect(assignmentsFor(items, 'R').map((a) => a.subjectId)).toEqual(['p3']);
    expect(assignmentsFor(items, 'C')).toEqual([]);
  });
});
