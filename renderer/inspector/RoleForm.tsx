import { useEffect, useId, useState, type FormEvent } from 'react';
import type { Role } from '../../app/model';
import type { Run } from '../registers/run';

type Fields = Pick<Role, 'title' | 'shortName' | 'function' | 'description'>;
const fieldsOf = (r: Role): Fields => ({
  title: r.title,
  shortName: r.shortName,
  function: r.function,
  description: r.description,
});

/** Edits a role's own fields; only the changed ones are sent, as one undoable step. */
export function RoleForm({ role, run, readOnly }: { role: Role; run: Run; readOnly: boolean }) {
  const id = useId();
  const [draft, setDraft] = useState<Fields>(() => fieldsOf(role));
  const saved = fieldsOf(role);
  const key = JSON.stringify(saved);
  // The role changed (another role selected, undo, an edit elsewhere): start from it again.
  useEffect(() => setDraft(JSON.parse(key) as Fields), [key]);

  const changed = (Object.keys(saved) as (keyof Fields)[]).filter((k) => draft[k] !== saved[k]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (changed.length === 0) return;
    const patch: Partial<Fields> = {};
    for (const k of changed) patch[k] = draft[k].trim() === '' && k === 'title' ? saved[k] : draft[k];
    void run('role.update', { id: role.id, ...patch });
  };
  const field = (
    name: keyof Fields,
    label: string,
    extra?: { multiline?: boolean; placeholder?: string },
  ) => (
    <div className="role-form__field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      {extra?.multiline ? (
        <textarea
          id={`${id}-${name}`}
          value={draft[name]}
          rows={3}
          readOnly={readOnly}
          onChange={(e) => setDraft({ ...draft, [name]: e.target.value })}
        />
      ) : (
        <input
          id={`${id}-${name}`}
          value={draft[name]}
          placeholder={extra?.placeholder}
          readOnly={readOnly}
          required={name === 'title'}
          onChange={(e) => setDraft({ ...draft, [name]: e.target.value })}
        />
      )}
    </div>
  );
  return (
    <form className="role-form" onSubmit={submit} aria-label="Edit role">
      {field('title', 'Title')}
      <div className="role-form__row">
        {field('shortName', 'Short name', { placeholder: 'e.g. CISO' })}
        {field('function', 'Function', { placeholder: 'e.g. Security' })}
      </div>
      {field('description', 'Description', { multiline: true })}
      {!readOnly && (
        <div className="role-form__actions">
          <button type="submit" className="button button--primary" disabled={changed.length === 0}>
            Save changes
          </button>
          <button
            type="button"
            className="button"
            disabled={changed.length === 0}
            onClick={() => setDraft(saved)}
          >
            Revert
          </button>
        </div>
      )}
    </form>
  );
}
