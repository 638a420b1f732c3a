import { useId, useState } from 'react';
import { type ParamField, numberValue } from './settings';

type Pair = [string, string];

function asPairs(value: unknown): Pair[] {
  if (!Array.isArray(value)) return [];
  return value.map((p): Pair => (Array.isArray(p) ? [String(p[0] ?? ''), String(p[1] ?? '')] : ['', '']));
}

function PairsInput({
  field,
  value,
  onChange,
}: {
  field: Extract<ParamField, { kind: 'pairs' }>;
  value: unknown;
  onChange: (value: unknown) => void;
}) {
  const id = useId();
  const pairs = asPairs(value);
  const set = (i: number, side: 0 | 1, text: string) =>
    onChange(pairs.map((p, j): Pair => (j !== i ? p : side === 0 ? [text, p[1]] : [p[0], text])));
  return (
    <div className="param param--pairs" role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className="param__label">
        {field.label}
      </span>
      {pairs.length === 0 && <p className="muted">None.</p>}
      <ul className="param__pairs">
        {pairs.map((pair, i) => (
          <li key={i}>
            <input
              aria-label={`Pair ${i + 1}, first role`}
              value={pair[0]}
              maxLength={field.maxLength}
              onChange={(e) => set(i, 0, e.target.value)}
            />
            <span aria-hidden="true">and</span>
            <input
              aria-label={`Pair ${i + 1}, second role`}
              value={pair[1]}
              maxLength={field.maxLength}
              onChange={(e) => set(i, 1, e.target.value)}
            />
            <button
              type="button"
              className="button findings-button"
              aria-label={`Remove pair ${i + 1}`}
              onClick={() => onChange(pairs.filter((_, j) => j !== i))}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button findings-button param__add"
        disabled={field.maxItems !== undefined && pairs.length >= field.maxItems}
        onClick={() => onChange([...pairs, ['', '']])}
      >
        Add a pair
      </button>
    </div>
  );
}

/** JSON for a parameter the form has no input for: kept as text until it parses. */
function JsonInput({
  id,
  value,
  onChange,
}: {
  id: string;
  value: unknown;
  onChange: (value: unknown) => void;
}) {
  const [text, setText] = useState(() => JSON.stringify(value));
  return (
    <input
      id={id}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        try {
          onChange(JSON.parse(e.target.value));
        } catch {
          onChange(e.target.value);
        }
      }}
    />
  );
}

/** One rule parameter's input, chosen from its JSON Schema. */
export function ParamInput({
  field,
  value,
  onChange,
}: {
  field: ParamField;
  value: unknown;
  onChange: (value: unknown) => void;
}) {
  const id = useId();
  if (field.kind === 'pairs') return <PairsInput field={field} value={value} onChange={onChange} />;
  return (
    <div className="param">
      <label htmlFor={id} className="param__label">
        {field.label}
      </label>
      {field.kind === 'number' ? (
        <input
          id={id}
          type="number"
          inputMode="numeric"
          className="param__number"
          min={field.min}
          max={field.max}
          step={field.integer ? 1 : 'any'}
          value={typeof value === 'number' || typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(numberValue(e.target.value))}
        />
      ) : field.kind === 'text' ? (
        <input
          id={id}
          value={typeof value === 'string' ? value : ''}
          maxLength={field.maxLength}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : (
        <JsonInput id={id} value={value} onChange={onChange} />
      )}
    </div>
  );
}
