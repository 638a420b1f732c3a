import { useId, useState, type FormEvent } from 'react';
import type { ExportFileFormat, HostCall } from '../../app/host-contract';
import type { ChartRole } from '../../app/views';
import { RolePicker } from '../shell/RolePicker';
import { asCharterError } from '../useCharter';
import { download } from './files';
import { IoDialog, Progress } from './IoDialog';

const FORMATS: readonly { id: ExportFileFormat; label: string; hint: string }[] = [
  { id: 'svg', label: 'SVG image', hint: 'The chart as a vector image, with a legend.' },
  { id: 'png', label: 'PNG image', hint: 'The chart as a picture; very large charts come as tiles.' },
  { id: 'pdf', label: 'PDF document', hint: 'The chart on one page, or one page per top-level subtree.' },
  {
    id: 'xlsx',
    label: 'Excel workbook',
    hint: 'Roles, people, policies, assets, areas, the RACI matrix and findings.',
  },
  {
    id: 'html',
    label: 'HTML report',
    hint: 'A printable ownership register: who owns what, reviews, findings.',
  },
  {
    id: 'csv',
    label: 'CSV files',
    hint: 'A folder (a .zip in the browser): one file per register, the RACI matrix, the findings.',
  },
  { id: 'json', label: 'Charter model (JSON)', hint: 'The model’s own format; Import reads it back.' },
  { id: 'mermaid', label: 'Mermaid flowchart', hint: 'The chart as Mermaid text, for Markdown and wikis.' },
  { id: 'graphml', label: 'GraphML', hint: 'The chart for yEd and other graph editors.' },
  { id: 'drawio', label: 'draw.io diagram', hint: 'The chart for draw.io (diagrams.net).' },
];

type PdfPage = 'A4' | 'Letter';
type PdfOrientation = 'landscape' | 'portrait';
type PdfMode = 'fit' | 'subtree';

export interface ExportDialogProps {
  host: HostCall;
  roles: readonly ChartRole[];
  /** The selected role, offered first as the subtree's root. */
  selectedId: string | null;
  onClose: () => void;
}

/** File > Export: a format, the whole chart or one subtree, and the PNG/PDF options. */
export function ExportDialog({ host, roles, selectedId, onClose }: ExportDialogProps) {
  const id = useId();
  const [format, setFormat] = useState<ExportFileFormat>('svg');
  const [scope, setScope] = useState<'all' | 'subtree'>('all');
  const [root, setRoot] = useState(
    () => selectedId ?? [...roles].sort((a, b) => a.title.localeCompare(b.title))[0]?.id ?? '',
  );
  const [scale, setScale] = useState(2);
  const [page, setPage] = useState<PdfPage>('A4');
  const [orientation, setOrientation] = useState<PdfOrientation>('landscape');
  const [mode, setMode] = useState<PdfMode>('fit');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const chosen = FORMATS.find((f) => f.id === format) ?? { id: format, label: format, hint: '' };

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      const options =
        format === 'png' ? { scale } : format === 'pdf' ? { pageSize: page, orientation, pdfMode: mode } : {};
      const result = await host('export.file', {
        format,
        root: scope === 'subtree' && root !== '' ? root : null,
        options,
      });
      if (result.kind === 'download') {
        download(result.files);
        setStatus(`Downloaded ${result.files.map((f) => f.fileName).join(', ')}.`);
      } else if (result.kind === 'saved') setStatus(`Saved ${result.paths.join(', ')}.`);
    } catch (err) {
      setError(asCharterError(err).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <IoDialog title="Export" busy={busy} onClose={onClose}>
      {() => (
        <form className="io-body" onSubmit={(e) => void submit(e)}>
          <div className="io-field">
            <label htmlFor={`${id}-format`}>Format</label>
            <select
              id={`${id}-format`}
              value={format}
              onChange={(e) => setFormat(e.target.value as ExportFileFormat)}
              aria-describedby={`${id}-format-hint`}
            >
              {FORMATS.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.label}
                </option>
              ))}
            </select>
            <p id={`${id}-format-hint`} className="muted">
              {chosen.hint}
            </p>
          </div>

          <fieldset className="io-group">
            <legend>What to export</legend>
            <div className="io-check">
              <input
                id={`${id}-all`}
                type="radio"
                name={`${id}-scope`}
                checked={scope === 'all'}
                onChange={() => setScope('all')}
              />
              <label htmlFor={`${id}-all`}>The whole model</label>
            </div>
            <div className="io-check">
              <input
                id={`${id}-subtree`}
                type="radio"
                name={`${id}-scope`}
                checked={scope === 'subtree'}
                onChange={() => setScope('subtree')}
                disabled={roles.length === 0}
              />
              <label htmlFor={`${id}-subtree`}>One role and the roles under it</label>
            </div>
            {scope === 'subtree' && (
              <RolePicker
                aria-label="The role at the top of the subtree"
                roles={roles}
                value={root === '' ? null : root}
                onChange={(next) => next !== null && setRoot(next)}
              />
            )}
          </fieldset>

          {format === 'png' && (
            <div className="io-field">
              <label htmlFor={`${id}-scale`}>Scale</label>
              <select id={`${id}-scale`} value={scale} onChange={(e) => setScale(Number(e.target.value))}>
                {[1, 2, 3, 4].map((s) => (
                  <option key={s} value={s}>
                    {s}× {s === 1 ? '(screen size)' : s === 2 ? '(sharp on high-density screens)' : ''}
                  </option>
                ))}
              </select>
            </div>
          )}

          {format === 'pdf' && (
            <>
              <div className="io-row">
                <div className="io-field">
                  <label htmlFor={`${id}-page`}>Page size</label>
                  <select id={`${id}-page`} value={page} onChange={(e) => setPage(e.target.value as PdfPage)}>
                    <option value="A4">A4</option>
                    <option value="Letter">Letter</option>
                  </select>
                </div>
                <div className="io-field">
                  <label htmlFor={`${id}-orientation`}>Orientation</label>
                  <select
                    id={`${id}-orientation`}
                    value={orientation}
                    onChange={(e) => setOrientation(e.target.value as PdfOrientation)}
                  >
                    <option value="landscape">Landscape</option>
                    <option value="portrait">Portrait</option>
                  </select>
                </div>
              </div>
              <div className="io-field">
                <label htmlFor={`${id}-mode`}>Pages</label>
                <select id={`${id}-mode`} value={mode} onChange={(e) => setMode(e.target.value as PdfMode)}>
                  <option value="fit">The whole chart on one page</option>
                  <option value="subtree">One page per top-level subtree</option>
                </select>
              </div>
            </>
          )}

          {busy && <Progress label={`Exporting as ${chosen.label}…`} />}
          {status && (
            <p className="io-note io-note--ok" role="status">
              {status}
            </p>
          )}
          <div role="alert" className="dialog__error">
            {error}
          </div>
          <div className="dialog__actions">
            <button type="button" className="button" onClick={onClose} disabled={busy}>
              {status ? 'Close' : 'Cancel'}
            </button>
            <button type="submit" className="button button--primary" disabled={busy}>
              Export
            </button>
          </div>
        </form>
      )}
    </IoDialog>
  );
}
