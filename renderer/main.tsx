import '@xyflow/react/dist/style.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { call, onMenu, startTransport } from './transport';
import { fetchView } from './useCharter';

startTransport();
// Asked before React mounts: the host reads the model while the page renders its shell.
const firstView = fetchView(call);
firstView.catch(() => {}); // useCharter reports the failure once it awaits the promise.

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App call={call} onMenu={onMenu} firstView={firstView} />
  </StrictMode>,
);
