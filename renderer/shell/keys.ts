/** Keyboard shortcuts as this platform writes them: ⌘ on a Mac, Ctrl elsewhere. */
const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export const KEYS = {
  undo: mac ? '⌘Z' : 'Ctrl+Z',
  redo: mac ? '⇧⌘Z' : 'Ctrl+Y',
  import: mac ? '⇧⌘I' : 'Ctrl+Shift+I',
  export: mac ? '⇧⌘E' : 'Ctrl+Shift+E',
  search: mac ? '⌘K' : 'Ctrl+K',
  views: mac ? '⌘1 – ⌘5' : 'Ctrl+1 – Ctrl+5',
} as const;
