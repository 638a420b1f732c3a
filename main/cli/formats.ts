/**
 * Exporting an open model: the document from `model.export`, the findings
 * under the model's own governance settings (for the registers that list
 * them), then the writer from main/export's `exporters` table. The CLI and
 * the app's File > Export (main/host-calls.ts) both come through here.
 */
import { CharterError } from '../../app/errors';
import type { FindingLike } from '../../app/export/registers';
import type { ExportFormat, ExportOptions } from '../export/index';
import { EXPORT_DESCRIPTIONS, EXPORT_FORMATS, exporters, isExportFormat } from '../export/index';
import type { Query } from './model';

export { EXPORT_DESCRIPTIONS, EXPORT_FORMATS, isExportFormat };
export type { ExportFormat };

/** Formats whose files list the model's governance findings. */
const WITH_FINDINGS: ReadonlySet<ExportFormat> = new Set(['xlsx', 'html', 'csv']);

/** What a caller chooses besides the format; the document and findings come from the model. */
export type ModelExportOptions = Omit<ExportOptions, 'findings'>;

/**
 * Writes `format` for the model behind `query`; resolves to the paths
 * written (several for a CSV folder or a tiled PNG).
 * @throws CharterError('not_found') naming the id when `root` is not a role of the model.
 */
export async function exportModel(
  query: Query,
  format: ExportFormat,
  options: ModelExportOptions,
): Promise<string[]> {
  const doc = query('model.export', {});
  if (options.root != null && !doc.roles.some((r) => r.id === options.root))
    throw new CharterError(
      'not_found',
      `There is no role with the id "${options.root}" in this model. Role ids are in the JSON export (charter export --format json).`,
    );
  const findings: readonly FindingLike[] | undefined = WITH_FINDINGS.has(format)
    ? query('governance.check', options.today === undefined ? {} : { today: options.today })
    : undefined;
  return exporters[format](doc, { ...options, ...(findings ? { findings } : {}) });
}
