// First: asks for the model before the rest of the bundle is evaluated.
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
