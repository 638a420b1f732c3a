/**
 * Pure export writers: each turns a document (already cut to a subtree with
 * {@link subsetDocument} when asked) into text. Node-only writers (PNG, PDF,
 * XLSX, files on disk) live in main/export.
 */
import type { CharterDocument } from '../document';

export { subsetDocument, restrictDocument, solidReports } from './subset';
export { buildChart, BOX, FRAME } from './chart';
export type { Chart, ChartBox, ChartEdge } from './chart';
export { renderSvg, chartToSvg, CHART_FONT_FAMILY } from './svg';
export type { SvgOptions } from './svg';
export { renderMermaid } from './mermaid';
export { renderGraphml } from './graphml';
export { renderDrawio } from './drawio';
export { renderCsvFiles, tableToCsv, neutraliseFormula } from './csv';
export { renderOwnershipHtml } from './html';
export type { HtmlOptions } from './html';
export { buildRegisters } from './registers';
export type { FindingLike, Table } from './registers';
export { escapeXml, cleanText } from './escape';

/** The model's own JSON format, as `import` reads it back. */
export function renderJson(doc: CharterDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
