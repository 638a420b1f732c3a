/**
 * Installs the FAKE bridge as `window.charter` before the renderer starts:
 * bundled by the browser tests and added with page.addInitScript, never
 * part of the shipped renderer. `window.charterFakeTemplate` picks the
 * starting model ('seed' unless set).
 */
import { templateDocument, type TemplateName } from '../../app/templates';
import { createFakeBridge, type FakeBridge } from './fake-bridge';

const page = window as unknown as { charter?: FakeBridge; charterFakeTemplate?: TemplateName };
page.charter = createFakeBridge(
  templateDocument(page.charterFakeTemplate ?? 'seed', new Date().toISOString().slice(0, 10)),
);
