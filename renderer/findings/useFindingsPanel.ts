/**
 * Opening and closing the Findings panel: the desktop menu's View ›
 * Findings and Ctrl/Cmd+5 both toggle it. And "Show": where a finding's
 * subject is, in the views the shell has.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Navigation } from '../pages/navigation';
import { requestReveal } from '../registers/reveal';
import type { MenuSubscribe } from '../transport';
import { findingsShortcut, type Target } from './model';

export function useFindingsPanel(onMenu: MenuSubscribe) {
  const [open, setOpen] = useState(false);
  const toggle = useCallback(() => setOpen((o) => !o), []);
  const close = useCallback(() => setOpen(false), []);

  useEffect(() => onMenu((action) => action === 'view.findings' && toggle()), [onMenu, toggle]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!findingsShortcut(e) || document.querySelector('dialog[open]')) return;
      e.preventDefault();
      toggle();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toggle]);

  return { open, toggle, close };
}

/**
 * Takes the shell to a finding's subject: a role is selected on the chart,
 * a policy, asset or area opens its register scrolled to its row (highlighted
 * and focused), a person their page.
 */
export function showTarget(target: Target, nav: Navigation, showOnChart: (roleId: string) => void): void {
  if (target.kind === 'chart') {
    if (target.roleId !== null) showOnChart(target.roleId);
    else nav.setView('chart');
  } else if (target.kind === 'person') nav.openPerson(target.id);
  else {
    requestReveal(target.register, target.id);
    nav.setView('registers');
    nav.setRegister(target.register);
  }
}
