/**
 * The rule settings form as pure functions: which input each parameter
 * gets (read from the rule's JSON Schema), the draft the form edits, and
 * the change `governance.update` receives (only what the person changed).
 */
import type { InputOf } from '../../app/contract';
import type { RuleInfo } from '../../app/views';
import type { Severity } from './model';

export type ParamField =
  | { kind: 'number'; key: string; label: string; min?: number; max?: number; integer: boolean }
  | { kind: 'text'; key: string; label: string; maxLength?: number }
  | { kind: 'pairs'; key: string; label: string; maxLength?: number; maxItems?: number }
  | { kind: 'json'; key: string; label: string };

type Schema = Record<string, unknown>;

const asSchema = (v: unknown): Schema => (typeof v === 'object' && v !== null ? (v as Schema) : {});
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

/** A string pair: an array of two strings (JSON Schema `prefixItems`). */
function pairItem(items: Schema): Schema | null {
  const prefix = items.prefixItems;
  if (items.type !== 'array' || !Array.isArray(prefix) || prefix.length !== 2) return null;
  const [a, b] = prefix.map(asSchema);
  return a?.type === 'string' && b?.type === 'string' ? a : null;
}

/** One input per parameter, in the schema's order; what it cannot read becomes JSON text. */
export function paramFields(paramsSchema: Schema): ParamField[] {
  const properties = asSchema(paramsSchema.properties);
  return Object.entries(properties).map(([key, value]): ParamField => {
    const p = asSchema(value);
    const label = typeof p.description === 'string' ? p.description : key;
    if (p.type === 'integer' || p.type === 'number')
      return {
        kind: 'number',
        key,
        label,
        min: num(p.minimum),
        max: num(p.maximum),
        integer: p.type === 'integer',
      };
    if (p.type === 'string') return { kind: 'text', key, label, maxLength: num(p.maxLength) };
    if (p.type === 'array') {
      const item = pairItem(asSchema(p.items));
      if (item)
        return { kind: 'pairs', key, label, maxLength: num(item.maxLength), maxItems: num(p.maxItems) };
    }
    return { kind: 'json', key, label };
  });
}

/** One rule as the form edits it. Parameter values are what the inputs hold. */
export interface RuleDraft {
  enabled: boolean;
  severity: Severity;
  params: Record<string, unknown>;
}

export type Drafts = Record<string, RuleDraft>;

export function draftsOf(rules: readonly RuleInfo[]): Drafts {
  return Object.fromEntries(
    rules.map((r) => [r.id, { enabled: r.enabled, severity: r.severity, params: { ...r.params } }]),
  );
}

/** A number input's text as the value to send: a number when it reads as one, else the text (the model says why it is wrong). */
export function numberValue(text: string): number | string {
  const trimmed = text.trim();
  const n = Number(trimmed);
  return trimmed !== '' && Number.isFinite(n) ? n : text;
}

/** One rule's change; the model checks it against the rule's own schema. */
export interface RulePatch {
  enabled?: boolean;
  severity?: Severity;
  params?: Record<string, unknown>;
}
export type Patch = Record<string, RulePatch>;

/** The patch as `governance.update` takes it (its keys are the known rule ids). */
export const updateInput = (patch: Patch) => ({ rules: patch }) as InputOf<'governance.update'>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What changed between the rules as loaded and the drafts; null when nothing did. */
export function settingsPatch(rules: readonly RuleInfo[], drafts: Drafts): Patch | null {
  const patch: Patch = {};
  for (const rule of rules) {
    const draft = drafts[rule.id];
    if (!draft) continue;
    const change: RulePatch = {};
    if (draft.enabled !== rule.enabled) change.enabled = draft.enabled;
    if (draft.severity !== rule.severity) change.severity = draft.severity;
    const params: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(draft.params))
      if (!same(value, rule.params[key])) params[key] = value;
    if (Object.keys(params).length > 0) change.params = params;
    if (Object.keys(change).length > 0) patch[rule.id] = change;
  }
  return Object.keys(patch).length > 0 ? patch : null;
}

const FIELD_PATH = /rules\.(.+?)\.(params\.([A-Za-z0-9_]+)|severity|enabled)(?:\[\d+\])*\s+(.*)$/s;

/**
 * The model's refusal, told with the rule's title and the field's label
 * instead of the field path (`rules.overload.accountable.params.max must be
 * at least 1` → `Role Accountable for too much: The most items … must be at
 * least 1`). A message it cannot read is returned as it is.
 */
export function explainRefusal(message: string, rules: readonly RuleInfo[]): string {
  const match = FIELD_PATH.exec(message);
  const rule = match && rules.find((r) => r.id === match[1]);
  if (!match || !rule) return message;
  const [, , field, param, rest] = match;
  const label =
    param !== undefined
      ? (paramFields(rule.paramsSchema).find((f) => f.key === param)?.label ?? param)
      : field === 'severity'
        ? 'Severity'
        : 'On';
  return `${rule.title}: ${label} ${rest ?? ''}`.trim();
}
