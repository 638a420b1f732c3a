/**
 * Installs the FAKE bridge as `window.charter` before the renderer starts:
 * bundled by the browser tests and added with page.addInitScript, never
 * part of the shipped renderer. The page may set `charterFakeDocument` (a
 * whole document) or `charterFakeTemplate` ('seed' unless set) first.
 */
import type { CharterDocument } from '../../app/document';
import { templateDocument, type TemplateName } from '../../app/templates';
import { createFakeBridge, type FakeBridge } from './fake-bridge';

const page = window as unknown as {
  charter?: FakeBridge;
  charterFakeTemplate?: TemplateName;
  charterFakeDocument?: CharterDocument;
};
const today = new Date().toISOString().slice(0, 10);
page.charter = createFakeBridge(
  page.charterFakeDocument ?? templateDocument(page.charterFakeTemplate ?? 'seed', today),
);
