// First: asks for the model (boot.ts needs only small modules, so the request
// leaves before React, React Flow and the app are evaluated).
import { firstView } from './boot';
import '@xyflow/react/dist/style.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { call, onMenu } from './transport';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App call={call} onMenu={onMenu} firstView={firstView} />
  </StrictMode>,
);
