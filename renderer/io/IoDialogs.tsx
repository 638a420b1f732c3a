import './io.css';
import { useEffect, useMemo, useState } from 'react';
import type { Call } from '../../app/contract';
import type { ChartRole, ModelInfo } from '../../app/views';
import type { MenuSubscribe } from '../transport';
import { ExportDialog } from './ExportDialog';
import { pageHost } from './host';
import { ImportDialog } from './ImportDialog';
import type { IoDialog } from './open';
import { ioShortcut, onOpenIoDialog } from './open';

export interface IoDialogsProps {
  call: Call;
  onMenu: MenuSubscribe;
  info: ModelInfo | null;
  roles: readonly ChartRole[];
  selectedId: string | null;
  /** Re-reads the model after an import or its undo. */
  onChanged: () => void;
}

/**
 * File > Import and File > Export: opened by the desktop menu, by the
 * header's buttons (openIoDialog) or by Shift+Ctrl/Cmd+I and +E.
 */
export function IoDialogs({ call, onMenu, info, roles, selectedId, onChanged }: IoDialogsProps) {
  const [open, setOpen] = useState<IoDialog | null>(null);
  const host = useMemo(() => pageHost(), []);

  useEffect(() => onOpenIoDialog(setOpen), []);
  useEffect(
    () =>
      onMenu((action) => {
        if (action === 'file.import') setOpen('import');
        if (action === 'file.export') setOpen('export');
      }),
    [onMenu],
  );
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const dialog = ioShortcut(e);
      if (dialog === null || document.querySelector('dialog[open]')) return;
      e.preventDefault();
      setOpen(dialog);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (info === null || open === null) return null;
  const close = () => setOpen(null);
  return open === 'import' ? (
    <ImportDialog call={call} host={host} readOnly={info.readOnly} onChanged={onChanged} onClose={close} />
  ) : (
    <ExportDialog host={host} roles={roles} selectedId={selectedId} onClose={close} />
  );
}
