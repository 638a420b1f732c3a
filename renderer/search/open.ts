/** Opens the search palette from anywhere (the header's button) without threading a callback. */
const listeners = new Set<() => void>();

export function openSearch(): void {
  listeners.forEach((l) => l());
}

export function onOpenSearch(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Ctrl+K, or Cmd+K on a Mac. */
export function isSearchShortcut(e: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}) {
  return (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k';
}
