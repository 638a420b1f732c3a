/**
 * The page itself: React, React Flow and the app, loaded by main.tsx as a
 * second script once the model has been asked for.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { call, onMenu } from './transport';
import type { ModelView } from './view';

export function start(root: HTMLElement, firstView: Promise<ModelView>): void {
  createRoot(root).render(
    <StrictMode>
      <App call={call} onMenu={onMenu} firstView={firstView} />
    </StrictMode>,
  );
}
