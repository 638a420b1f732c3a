/**
 * Opens File > Import and File > Export from anywhere (the header's
 * buttons, the shortcuts, the desktop menu) without threading callbacks.
 */
export type IoDialog = 'import' | 'export';

const listeners = new Set<(dialog: IoDialog) => void>();

export function openIoDialog(dialog: IoDialog): void {
  listeners.forEach((l) => l(dialog));
}

export function onOpenIoDialog(listener: (dialog: IoDialog) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Shift+Ctrl+I imports and Shift+Ctrl+E exports (Cmd on a Mac), as in the desktop menu. */
export function ioShortcut(e: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}): IoDialog | null {
  if (e.altKey || !e.shiftKey || !(e.ctrlKey || e.metaKey)) return null;
  const key = e.key.toLowerCase();
  return key === 'i' ? 'import' : key === 'e' ? 'export' : null;
}
