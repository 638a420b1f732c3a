// First: asks for the model (boot.ts needs only small modules).
import { firstView } from './boot';
import '@xyflow/react/dist/style.css';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
// React, React Flow and the app are a second script: the browser parses and runs this small
// one, and the request for the model leaves, before it loads them.
import('./start').then(
  ({ start }) => start(root, firstView),
  (error: unknown) => {
    root.textContent = `Charter could not load its page script (${String(error)}). Reload the page to try again.`;
  },
);
