import type { ImportPreview } from '../../app/import/contract-types';

/** The preview's errors and warnings by row, in one scrollable table. */
export function IssueTable({ preview }: { preview: ImportPreview }) {
  const issues = [
    ...preview.errors.map((i) => ({ ...i, kind: 'Error' as const })),
    ...preview.warnings.map((i) => ({ ...i, kind: 'Warning' as const })),
  ].sort((a, b) => a.row - b.row || (a.kind === b.kind ? 0 : a.kind === 'Error' ? -1 : 1));
  if (issues.length === 0)
    return (
      <p className="io-note io-note--ok">No errors or warnings: every {preview.rowNoun} can be imported.</p>
    );
  const noun = preview.rowNoun === 'row' ? 'Row' : 'Record';
  const hidden = preview.errorCount + preview.warningCount - issues.length;
  return (
    <div className="io-issues">
      <p className="io-issues__counts">
        {preview.errorCount.toLocaleString('en-US')} {preview.errorCount === 1 ? 'error' : 'errors'},{' '}
        {preview.warningCount.toLocaleString('en-US')} {preview.warningCount === 1 ? 'warning' : 'warnings'}
        {hidden > 0 ? ` (the first ${issues.length.toLocaleString('en-US')} are listed)` : ''}
      </p>
      <div className="io-issues__scroll" tabIndex={0} role="region" aria-label="Errors and warnings by row">
        <table className="io-table">
          <thead>
            <tr>
              <th scope="col">{noun}</th>
              <th scope="col">Kind</th>
              <th scope="col">Column</th>
              <th scope="col">Message</th>
            </tr>
          </thead>
          <tbody>
            {issues.map((issue, i) => (
              <tr key={i} className={issue.kind === 'Error' ? 'io-row--error' : 'io-row--warning'}>
                <td className="io-table__num">{issue.row}</td>
                <td>
                  <span className={`io-kind io-kind--${issue.kind.toLowerCase()}`}>{issue.kind}</span>
                </td>
                <td>{issue.field}</td>
                <td>{issue.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
