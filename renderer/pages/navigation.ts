/**
 * Which screen the shell shows: a view (chart, registers, RACI matrix) or
 * a page about one role or person on top of it. Ctrl/Cmd+1..3 and the
 * desktop menu's view.* actions switch views.
 */
import { useCallback, useEffect, useState } from 'react';
import type { PageMenuAction } from '../../app/bridge';
import type { RegisterKind } from '../registers/impact';
import type { KeyLike } from '../shell/shortcuts';
import type { MenuSubscribe } from '../transport';

export const VIEWS = [
  { id: 'chart', label: 'Chart', key: '1' },
  { id: 'registers', label: 'Registers', key: '2' },
  { id: 'raci', label: 'RACI matrix', key: '3' },
  { id: 'ownership', label: 'Ownership map', key: '4' },
] as const;
export type ViewId = (typeof VIEWS)[number]['id'];

export type Page = { kind: 'role'; id: string } | { kind: 'person'; id: string } | null;

/** Ctrl/Cmd+digit picks a view; anything else (or Shift/Alt) is not a view shortcut. */
export function viewShortcut(e: KeyLike): ViewId | null {
  if (e.altKey || e.shiftKey || !(e.ctrlKey || e.metaKey)) return null;
  return VIEWS.find((v) => v.key === e.key)?.id ?? null;
}

const MENU_VIEWS: Partial<Record<PageMenuAction, ViewId>> = {
  'view.chart': 'chart',
  'view.registers': 'registers',
  'view.raci': 'raci',
  'view.ownership': 'ownership',
};

export function useNavigation(onMenu: MenuSubscribe) {
  const [view, setViewState] = useState<ViewId>('chart');
  const [page, setPage] = useState<Page>(null);
  const [register, setRegister] = useState<RegisterKind>('policy');

  const setView = useCallback((next: ViewId) => {
    setViewState(next);
    setPage(null);
  }, []);
  const openRole = useCallback((id: string) => setPage({ kind: 'role', id }), []);
  const openPerson = useCallback((id: string) => setPage({ kind: 'person', id }), []);
  const closePage = useCallback(() => setPage(null), []);

  useEffect(
    () =>
      onMenu((action) => {
        const next = MENU_VIEWS[action];
        if (next) setView(next);
      }),
    [onMenu, setView],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const next = viewShortcut(e);
      if (next === null || document.querySelector('dialog[open]')) return;
      e.preventDefault();
      setView(next);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setView]);

  return { view, page, register, setView, setRegister, openRole, openPerson, closePage };
}

export type Navigation = ReturnType<typeof useNavigation>;
