import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is served from files (Electron) and from the loopback server
// under any path, so every asset URL is relative.
export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // No inline scripts or data: URLs, so a strict CSP holds.
    assetsInlineLimit: 0,
    // One local bundle (React, React Flow, the contract's zod schemas) loaded
    // from disk or loopback, never over a network: splitting it gains nothing.
    chunkSizeWarningLimit: 1024,
  },
});
