import { useEffect, useMemo, useState } from 'react';
import type { Call } from '../../app/contract';
import type { HolderView, PersonView } from '../../app/views';
import type { Run } from '../registers/run';
import { Picker, type PickerItem } from '../shell/RolePicker';

const PERSON_NOUN = { one: 'person', many: 'people' };

/** People as picker items: the name, and the email (or HR id) that tells namesakes apart. */
export function personItems(people: readonly PersonView[], exclude: ReadonlySet<string>): PickerItem[] {
  return people
    .filter((p) => !exclude.has(p.id))
    .map((p) => ({ id: p.id, label: p.name, detail: p.email !== '' ? p.email : p.externalId }));
}

export interface HoldersEditorProps {
  call: Call;
  run: Run;
  roleId: string;
  holders: HolderView[];
  revision: number | null;
  readOnly: boolean;
  onOpenPerson: (id: string) => void;
}

/** Who holds the role: assign a person (acting or not), flip acting, remove. */
export function HoldersEditor({
  call,
  run,
  roleId,
  holders,
  revision,
  readOnly,
  onOpenPerson,
}: HoldersEditorProps) {
  const [people, setPeople] = useState<PersonView[]>([]);
  const [personId, setPersonId] = useState<string | null>(null);
  const [acting, setActing] = useState(false);
  useEffect(() => {
    if (readOnly) return;
    let current = true;
    void call('people.list', {}).then(
      (list) => current && setPeople(list),
      () => undefined, // The list only feeds the picker; the shell reports lasting failures.
    );
    return () => {
      current = false;
    };
  }, [call, revision, readOnly]);
  const candidates = useMemo(
    () => personItems(people, new Set(holders.map((h) => h.personId))),
    [people, holders],
  );

  return (
    <>
      {holders.length === 0 ? (
        <p className="muted">Vacant: nobody holds this role.</p>
      ) : (
        <ul className="plain-list editor-list">
          {holders.map((h) => (
            <li key={h.personId}>
              <button type="button" className="link-button" onClick={() => onOpenPerson(h.personId)}>
                {h.name}
              </button>
              {readOnly ? (
                h.acting && <span className="badge badge--acting">acting</span>
              ) : (
                <span className="editor-list__actions">
                  <label className="check">
                    <input
                      type="checkbox"
                      aria-label={`${h.name} is acting (interim)`}
                      checked={h.acting}
                      onChange={(e) =>
                        void run('holder.set', { roleId, personId: h.personId, acting: e.target.checked })
                      }
                    />
                    acting
                  </label>
                  <button
                    type="button"
                    className="button button--quiet button--small"
                    aria-label={`Remove ${h.name} from this role`}
                    onClick={() => void run('holder.remove', { roleId, personId: h.personId })}
                  >
                    Remove
                  </button>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <form
          className="inline-form holders-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (personId === null) return;
            void run('holder.set', { roleId, personId, acting }).then((ok) => {
              if (ok) {
                setPersonId(null);
                setActing(false);
              }
            });
          }}
        >
          <Picker
            aria-label="Person to assign"
            items={candidates}
            noun={PERSON_NOUN}
            value={personId}
            onChange={setPersonId}
            placeholder="Assign a person…"
          />
          <label className="check">
            <input type="checkbox" checked={acting} onChange={(e) => setActing(e.target.checked)} />
            as acting (interim)
          </label>
          <button type="submit" className="button button--small" disabled={personId === null}>
            Assign
          </button>
        </form>
      )}
    </>
  );
}
