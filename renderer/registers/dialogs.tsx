import { useState } from 'react';
import type { AssetView, PolicyView } from '../../app/views';
import { Modal } from './Modal';

/** Asks before deleting, saying what else goes with the entries. */
export function DeleteDialog({
  title,
  impact,
  onConfirm,
  onClose,
}: {
  title: string;
  impact: string;
  onConfirm: () => Promise<boolean>;
  onClose: () => void;
}) {
  return (
    <Modal title={title} submitLabel="Delete" danger onSubmit={onConfirm} onClose={onClose}>
      <p className="register-dialog__impact">{impact}</p>
      <p className="muted">You can undo this with Undo in the header.</p>
    </Modal>
  );
}

/** Asks before a document link leaves Charter for the browser. */
export function LinkDialog({ url, onAnswer }: { url: URL; onAnswer: (open: boolean) => void }) {
  return (
    <Modal
      title="Open this link in your browser?"
      submitLabel="Open link"
      onSubmit={() => {
        onAnswer(true);
        return false;
      }}
      onClose={() => onAnswer(false)}
    >
      <p>The policy document will open outside Charter, at:</p>
      <p className="register-dialog__url">
        <strong>{url.host}</strong>
        <br />
        {url.href}
      </p>
    </Modal>
  );
}

/** Assets listed at once in the dialog: the filter narrows 10,000 down to these. */
const SHOWN_ASSETS = 500;

/** Chooses the assets one policy governs (policy.setAssets). */
export function AssetsDialog({
  policy,
  assets,
  onSave,
  onClose,
}: {
  policy: PolicyView;
  assets: readonly AssetView[];
  onSave: (ids: string[]) => Promise<boolean>;
  onClose: () => void;
}) {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set(policy.assetIds));
  const [query, setQuery] = useState('');
  const q = query.trim().toLowerCase();
  const matching = assets.filter((a) => q === '' || `${a.name} ${a.type}`.toLowerCase().includes(q));
  const shown = matching.slice(0, SHOWN_ASSETS);
  return (
    <Modal
      title={`Assets governed by ${policy.code !== '' ? policy.code : policy.title}`}
      submitLabel="Save"
      onSubmit={() => onSave(assets.filter((a) => chosen.has(a.id)).map((a) => a.id))}
      onClose={onClose}
    >
      <input
        type="search"
        aria-label="Filter assets"
        placeholder="Filter assets…"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {assets.length === 0 ? (
        <p className="muted">There are no assets yet: add them in the Assets register first.</p>
      ) : (
        <ul className="register-dialog__choices">
          {shown.map((a) => (
            <li key={a.id}>
              <label>
                <input
                  type="checkbox"
                  checked={chosen.has(a.id)}
                  onChange={() =>
                    setChosen((s) => {
                      const next = new Set(s);
                      if (next.has(a.id)) next.delete(a.id);
                      else next.add(a.id);
                      return next;
                    })
                  }
                />
                {a.name} <span className="muted">({a.type})</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {matching.length > shown.length && (
        <p className="muted">
          {(matching.length - shown.length).toLocaleString('en')} more not listed: type to narrow the list.
        </p>
      )}
      {assets.length > 0 && q !== '' && matching.length === 0 && (
        <p className="muted">No asset matches “{query.trim()}”.</p>
      )}
      <p className="muted">{chosen.size.toLocaleString('en')} chosen</p>
    </Modal>
  );
}

export interface FieldSpec {
  name: string;
  label: string;
  required?: boolean;
  /** Suggestions; the field still accepts any value (a combobox). */
  options?: readonly string[];
  choices?: readonly { value: string; label: string }[];
  initial?: string;
}

/** A small form for a new register entry: only the fields it needs to exist. */
export function CreateDialog({
  title,
  fields,
  onCreate,
  onClose,
}: {
  title: string;
  fields: readonly FieldSpec[];
  onCreate: (values: Record<string, string>) => Promise<boolean>;
  onClose: () => void;
}) {
  const [values, setValues] = useState<Record<string, string>>(
    Object.fromEntries(fields.map((f) => [f.name, f.initial ?? ''])),
  );
  const ready = fields.every((f) => !f.required || (values[f.name] ?? '').trim() !== '');
  return (
    <Modal
      title={title}
      submitLabel="Create"
      busy={!ready}
      onSubmit={() => onCreate(values)}
      onClose={onClose}
    >
      {fields.map((f) => {
        const id = `create-${f.name}`;
        const set = (v: string) => setValues((s) => ({ ...s, [f.name]: v }));
        return (
          <div key={f.name} className="register-dialog__field">
            <label htmlFor={id}>
              {f.label}
              {!f.required && <span className="optional"> (optional)</span>}
            </label>
            {f.choices ? (
              <select id={id} value={values[f.name]} onChange={(e) => set(e.target.value)}>
                {f.choices.map((c) => (
                  <option key={c.value} value={c.value}>
                    {c.label}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id={id}
                value={values[f.name]}
                required={f.required}
                list={f.options ? `${id}-list` : undefined}
                onChange={(e) => set(e.target.value)}
              />
            )}
            {f.options && (
              <datalist id={`${id}-list`}>
                {f.options.map((o) => (
                  <option key={o} value={o} />
                ))}
              </datalist>
            )}
          </div>
        );
      })}
    </Modal>
  );
}
