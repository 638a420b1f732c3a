import { useCallback, useId, useState } from 'react';
import type { Call, InputOf } from '../../app/contract';
import type { HostCall, ReadFileResult } from '../../app/host-contract';
import type { ImportPreview, ImportResult } from '../../app/import/contract-types';
import { asCharterError } from '../useCharter';
import { readAsBase64 } from './files';
import { IoDialog, Progress } from './IoDialog';
import { DocumentStep } from './DocumentStep';
import { MappingEditor, type Mapping } from './MappingEditor';
import { IssueTable } from './IssueTable';

type Table = Extract<ReadFileResult, { kind: 'table' }>;
type Doc = Extract<ReadFileResult, { kind: 'document' }>;

type Step =
  | { kind: 'pick' }
  | { kind: 'table'; file: Table; preview: ImportPreview | null; dryRun: boolean }
  | { kind: 'document'; file: Doc }
  | { kind: 'done'; message: string };

export interface ImportDialogProps {
  call: Call;
  host: HostCall;
  readOnly: boolean;
  /** After a write or an undo: re-read the model. */
  onChanged: () => void;
  onClose: () => void;
}

const n = (value: number) => value.toLocaleString('en-US');
const rows = (value: number, noun: string) => `${n(value)} ${noun}${value === 1 ? '' : 's'}`;

/** File > Import: pick a file, check the preview and the column mapping, then import. */
export function ImportDialog({ call, host, readOnly, onChanged, onClose }: ImportDialogProps) {
  const id = useId();
  const [step, setStep] = useState<Step>({ kind: 'pick' });
  const [mapping, setMapping] = useState<Mapping>({});
  const [progress, setProgress] = useState<{ label: string; fraction?: number } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const preview = useCallback(
    async (file: Table, next: Mapping) => {
      setProgress({ label: `Checking ${rows(file.table.rows.length, file.table.rowNoun)}…` });
      try {
        const result = await call('import.preview', {
          source: file.source,
          table: file.table,
          mapping: next,
        });
        setStep({ kind: 'table', file, preview: result, dryRun: false });
        setError(null);
      } catch (e) {
        setStep({ kind: 'table', file, preview: null, dryRun: false });
        setError(asCharterError(e).message);
      } finally {
        setProgress(null);
      }
    },
    [call],
  );

  async function pick(file: File | undefined) {
    if (!file) return;
    setError(null);
    try {
      setProgress({ label: `Reading ${file.name}…`, fraction: 0 });
      const base64 = await readAsBase64(file, (fraction) =>
        setProgress({ label: `Reading ${file.name}…`, fraction }),
      );
      setProgress({ label: `Reading the rows of ${file.name}…` });
      const read = await host('import.readFile', { fileName: file.name, base64 });
      setMapping({});
      if (read.kind === 'document') setStep({ kind: 'document', file: read });
      else await preview(read, {});
    } catch (e) {
      setError(asCharterError(e).message);
    } finally {
      setProgress(null);
    }
  }

  async function apply(file: Table, acceptValid: boolean) {
    setProgress({ label: `Writing ${rows(file.table.rows.length, file.table.rowNoun)}…` });
    try {
      const result: ImportResult = await call('import.apply', {
        source: file.source,
        table: file.table,
        mapping,
        acceptValid,
      });
      const skipped = result.invalidRows > 0 ? `; ${rows(result.invalidRows, result.rowNoun)} skipped` : '';
      setStep({
        kind: 'done',
        message: `Imported ${file.source}: ${n(result.creates)} people added, ${n(result.updates)} updated${skipped}.`,
      });
      setError(null);
      onChanged();
    } catch (e) {
      setError(asCharterError(e).message);
    } finally {
      setProgress(null);
    }
  }

  async function importDocument(file: Doc, replace: boolean) {
    setProgress({ label: `Importing ${file.source}…` });
    try {
      // The host checked only that this is a Charter model; model.import parses it in full.
      await call('model.import', { document: file.document as InputOf<'model.import'>['document'], replace });
      setStep({
        kind: 'done',
        message: `${replace ? 'Replaced the model with' : 'Imported'} ${file.source}.`,
      });
      setError(null);
      onChanged();
    } catch (e) {
      setError(asCharterError(e).message);
    } finally {
      setProgress(null);
    }
  }

  async function undo() {
    setProgress({ label: 'Undoing the import…' });
    try {
      await call('history.undo', {});
      setStep({ kind: 'done', message: 'The import was undone.' });
      onChanged();
    } catch (e) {
      setError(asCharterError(e).message);
    } finally {
      setProgress(null);
    }
  }

  const busy = progress !== null;
  const fileInput = (
    <div className="io-field">
      <label htmlFor={`${id}-file`}>File</label>
      <input
        id={`${id}-file`}
        type="file"
        accept=".csv,.tsv,.txt,.xlsx,.json,text/csv,application/json"
        disabled={busy || readOnly}
        aria-describedby={`${id}-file-help`}
        onChange={(e) => void pick(e.target.files?.[0])}
      />
      <p id={`${id}-file-help`} className="muted">
        HR records as CSV, XLSX or JSON: one row per person, with an employee id, a manager id, a name and a
        title. A Charter model saved as JSON is imported as a whole.
      </p>
    </div>
  );

  return (
    <IoDialog title="Import" busy={busy} onClose={onClose}>
      {() => (
        <div className="io-body">
          {readOnly && (
            <p className="io-note">This model is open read-only, so nothing can be imported into it.</p>
          )}
          {step.kind !== 'done' && fileInput}
          {step.kind === 'table' && (
            <TableStep
              step={step}
              mapping={mapping}
              busy={busy}
              onMap={(next) => {
                setMapping(next);
                void preview(step.file, next);
              }}
              onDryRun={() => setStep({ ...step, dryRun: true })}
              onApply={(acceptValid) => void apply(step.file, acceptValid)}
              onClose={onClose}
            />
          )}
          {step.kind === 'document' && (
            <DocumentStep
              source={step.file.source}
              busy={busy}
              onImport={(replace) => void importDocument(step.file, replace)}
              onClose={onClose}
            />
          )}
          {step.kind === 'done' && (
            <>
              <p className="io-done" role="status">
                {step.message}
              </p>
              <div className="dialog__actions">
                {!step.message.startsWith('The import was undone') && (
                  <button type="button" className="button" disabled={busy} onClick={() => void undo()}>
                    Undo the import
                  </button>
                )}
                <button type="button" className="button button--primary" onClick={onClose} autoFocus>
                  Close
                </button>
              </div>
            </>
          )}
          {progress && <Progress label={progress.label} fraction={progress.fraction} />}
          <div role="alert" className="dialog__error">
            {error}
          </div>
          {step.kind === 'pick' && (
            <div className="dialog__actions">
              <button type="button" className="button" onClick={onClose}>
                Cancel
              </button>
            </div>
          )}
        </div>
      )}
    </IoDialog>
  );
}

interface TableStepProps {
  step: Extract<Step, { kind: 'table' }>;
  mapping: Mapping;
  busy: boolean;
  onMap: (mapping: Mapping) => void;
  onDryRun: () => void;
  onApply: (acceptValid: boolean) => void;
  onClose: () => void;
}

function TableStep({ step, mapping, busy, onMap, onDryRun, onApply, onClose }: TableStepProps) {
  const { file, preview, dryRun } = step;
  const noun = file.table.rowNoun;
  const bad = preview?.invalidRows ?? 0;
  const valid = preview?.validRows ?? 0;
  return (
    <>
      <MappingEditor
        headers={file.table.headers}
        detected={preview?.columns ?? {}}
        mapping={mapping}
        disabled={busy}
        onChange={onMap}
      />
      {preview && (
        <>
          <p className="io-summary">
            <strong>{file.source}</strong> ({file.format.toUpperCase()}): {rows(preview.total, noun)} read ·{' '}
            <span className="io-count io-count--ok">{n(valid)} can be imported</span> ({n(preview.creates)}{' '}
            new people, {n(preview.updates)} updates) ·{' '}
            <span className={bad > 0 ? 'io-count io-count--bad' : 'io-count'}>{n(bad)} cannot</span>
          </p>
          <IssueTable preview={preview} />
          {dryRun && (
            <p className="io-note" role="status">
              Dry run: nothing was written.{' '}
              {bad > 0
                ? `Importing the valid ${noun}s only would add ${n(preview.creates)} people and update ${n(preview.updates)}.`
                : `Importing would add ${n(preview.creates)} people and update ${n(preview.updates)}.`}
            </p>
          )}
        </>
      )}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose} disabled={busy}>
          Cancel
        </button>
        <button type="button" className="button" onClick={onDryRun} disabled={busy || !preview}>
          Dry run
        </button>
        {bad > 0 && (
          <button
            type="button"
            className="button"
            onClick={() => onApply(true)}
            disabled={busy || valid === 0}
          >
            Import valid {noun}s only
          </button>
        )}
        <button
          type="button"
          className="button button--primary"
          onClick={() => onApply(false)}
          disabled={busy || !preview || bad > 0 || valid === 0}
          title={
            bad > 0 ? `Fix the ${noun}s with errors first, or import the valid ${noun}s only.` : undefined
          }
        >
          Import
        </button>
      </div>
    </>
  );
}
