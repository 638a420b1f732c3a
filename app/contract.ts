/**
 * The API contract: every query and command by name, with the zod schema
 * that parses its input and the type of its result. `db/` implements it as
 * {@link Handlers}; each host (Electron IPC, loopback HTTP, CLI) exposes
 * the same handlers; the renderer calls them through a {@link Call}.
 */
import { z } from 'zod';
import type { CharterDocument } from './document';
import { documentSchema } from './document';
import { CharterError, toErrorPayload } from './errors';
import type { RuleInfo } from './governance/catalog';
import { governanceSettingsSchema } from './governance/settings';
import type { Finding } from './governance/types';
import type { ImportPreview, ImportResult } from './import/contract-types';
import { importApplyInput, importPreviewInput } from './import/contract-types';
import { LIMITS } from './limits';
import { parseWith } from './parse';
import type { Reply } from './reply';
import {
  areaFields,
  assetFields,
  idListSchema,
  idSchema,
  isoDateSchema,
  lineKindSchema,
  personFields,
  policyFields,
  raciLetterSchema,
  roleFields,
  subjectTypeSchema,
  text,
} from './schemas';
import type {
  AreaView,
  AssetView,
  AuditEntry,
  ChartModel,
  ModelInfo,
  ModelSummary,
  MutationResult,
  PersonView,
  PolicyView,
  RoleDetail,
  RollupItem,
} from './views';
import type { Assignment } from './model';

export interface Endpoint<S extends z.ZodType, R> {
  kind: 'query' | 'command';
  input: S;
  /** Phantom: carries the result type; never set at run time. */
  result?: R;
}

const query =
  <R>() =>
  <S extends z.ZodType>(input: S): Endpoint<S, R> => ({ kind: 'query', input });
const command = <S extends z.ZodType>(input: S): Endpoint<S, MutationResult> => ({
  kind: 'command',
  input,
});
/** A command whose result says more than {@link MutationResult}. */
const commandWith =
  <R extends MutationResult>() =>
  <S extends z.ZodType>(input: S): Endpoint<S, R> => ({ kind: 'command', input });

const none = z.strictObject({});
/** A chart's layout options; collapsed ids are only looked up, so any short text is accepted. */
const chartLayoutOptionsSchema = z.strictObject({
  direction: z.enum(['down', 'right']),
  compact: z.boolean(),
  collapsed: z.array(z.string().max(LIMITS.idLength)).max(LIMITS.listItems).readonly(),
});
const byId = z.strictObject({ id: idSchema });
const partial = <T extends z.ZodRawShape>(fields: T) =>
  z.strictObject({ id: idSchema, ...z.strictObject(fields).partial().shape });

export const contract = {
  // Queries
  'model.info': query<ModelInfo>()(none),
  'model.summary': query<ModelSummary>()(none),
  /** With `layout`, the chart comes laid out with those options (`layout` in the answer). */
  'model.chart': query<ChartModel>()(z.strictObject({ layout: chartLayoutOptionsSchema.optional() })),
  'model.export': query<CharterDocument>()(none),
  'role.detail': query<RoleDetail>()(byId),
  /** Everything the role's whole organization (the role and every role under it) is Accountable for. */
  'role.rollup': query<RollupItem[]>()(byId),
  'people.list': query<PersonView[]>()(none),
  'policies.list': query<PolicyView[]>()(none),
  'assets.list': query<AssetView[]>()(none),
  'areas.list': query<AreaView[]>()(none),
  'assignments.list': query<Assignment[]>()(none),
  'history.list': query<AuditEntry[]>()(
    z.strictObject({ limit: z.number().int().min(1).max(1000).default(100) }),
  ),
  /** The model's findings under its governance settings; `today` (default: today, UTC) dates reviews. */
  'governance.check': query<Finding[]>()(z.strictObject({ today: isoDateSchema.optional() })),
  /** Every governance rule with its defaults and the model's settings in force. */
  'governance.rules': query<RuleInfo[]>()(none),
  /** What an HR import of this table would do, row by row; writes nothing. */
  'import.preview': query<ImportPreview>()(importPreviewInput),

  // Commands
  'model.rename': command(z.strictObject({ name: text().refine((s) => s.length > 0, 'must not be empty') })),
  'model.import': command(z.strictObject({ document: documentSchema, replace: z.boolean().default(false) })),

  'role.create': command(
    z.strictObject({
      ...roleFields,
      shortName: roleFields.shortName.default(''),
      function: roleFields.function.default(''),
      description: roleFields.description.default(''),
      managerRoleId: idSchema.nullable().default(null),
    }),
  ),
  'role.update': command(partial(roleFields)),
  'role.delete': command(byId),
  'role.move': command(z.strictObject({ id: idSchema, managerRoleId: idSchema.nullable() })),

  'person.create': command(
    z.strictObject({
      ...personFields,
      email: personFields.email.default(''),
      externalId: personFields.externalId.default(''),
    }),
  ),
  'person.update': command(partial(personFields)),
  'person.delete': command(byId),

  'holder.set': command(
    z.strictObject({ roleId: idSchema, personId: idSchema, acting: z.boolean().default(false) }),
  ),
  'holder.remove': command(z.strictObject({ roleId: idSchema, personId: idSchema })),

  'line.add': command(
    z.strictObject({ roleId: idSchema, managerRoleId: idSchema, kind: lineKindSchema }),
  ),
  'line.remove': command(
    z.strictObject({ roleId: idSchema, managerRoleId: idSchema, kind: lineKindSchema }),
  ),

  'area.create': command(
    z.strictObject({ ...areaFields, description: areaFields.description.default('') }),
  ),
  'area.update': command(partial(areaFields)),
  'area.delete': command(byId),

  'policy.create': command(
    z.strictObject({
      ...policyFields,
      code: policyFields.code.default(''),
      category: policyFields.category.default(''),
      status: policyFields.status.default('draft'),
      version: policyFields.version.default('1.0'),
      approverRoleId: policyFields.approverRoleId.default(null),
      reviewIntervalMonths: policyFields.reviewIntervalMonths.default(12),
      lastReviewedOn: policyFields.lastReviewedOn.default(null),
      documentUrl: policyFields.documentUrl.default(''),
      assetIds: idListSchema.default([]),
    }),
  ),
  'policy.update': command(partial(policyFields)),
  'policy.delete': command(byId),
  'policy.setAssets': command(z.strictObject({ id: idSchema, assetIds: idListSchema })),

  'asset.create': command(
    z.strictObject({
      ...assetFields,
      criticality: assetFields.criticality.default('medium'),
      classification: assetFields.classification.default('internal'),
      description: assetFields.description.default(''),
    }),
  ),
  'asset.update': command(partial(assetFields)),
  'asset.delete': command(byId),

  'raci.set': command(
    z.strictObject({
      subjectType: subjectTypeSchema,
      subjectId: idSchema,
      roleId: idSchema,
      letter: raciLetterSchema.nullable(),
    }),
  ),

  /**
   * Changes some rules' settings, e.g. `{ rules: { 'overload.accountable':
   * { severity: 'error', params: { max: 5 } } } }`; fields left out keep
   * their current values. Unknown rules, fields and parameters are refused.
   */
  'governance.update': command(
    z.strictObject({ rules: governanceSettingsSchema.shape.rules.unwrap() }),
  ),

  /**
   * Deletes several entries of one register, with what hangs off each (as
   * the single delete commands do), as one audited, undoable step.
   */
  'registers.deleteMany': command(
    z.strictObject({
      kind: z.enum(['policy', 'asset', 'responsibility', 'person']),
      ids: idListSchema.min(1, 'must list at least one id'),
    }),
  ),

  'history.undo': command(none),
  'history.redo': command(none),

  /** Writes an HR import in one transaction (only the valid rows with `acceptValid`). */
  'import.apply': commandWith<ImportResult>()(importApplyInput),
} as const;

export type Contract = typeof contract;
export type Name = keyof Contract;
/** What a caller passes (defaults may be omitted). */
export type InputOf<N extends Name> = z.input<Contract[N]['input']>;
/** What a handler receives, after parsing. */
export type ParsedInputOf<N extends Name> = z.output<Contract[N]['input']>;
export type ResultOf<N extends Name> = Contract[N] extends Endpoint<z.ZodType, infer R> ? R : never;

/** The implementation of every endpoint, synchronous (better-sqlite3 is). */
export type Handlers = { [N in Name]: (input: ParsedInputOf<N>) => ResultOf<N> };

/** How the renderer and scripts reach a host. */
export type Call = <N extends Name>(name: N, input: InputOf<N>) => Promise<ResultOf<N>>;

export const NAMES = Object.keys(contract) as Name[];

export function isName(value: unknown): value is Name {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(contract, value);
}

export function isCommand(name: Name): boolean {
  return contract[name].kind === 'command';
}

/** Parses a raw input for `name`; throws a CharterError naming the bad field. */
export function parseInput<N extends Name>(name: N, value: unknown): ParsedInputOf<N> {
  if (!isName(name)) throw new CharterError('invalid_input', `There is no operation called "${String(name)}".`);
  return parseWith(contract[name].input, value ?? {}, `The input of ${name}`) as ParsedInputOf<N>;
}

export { unwrap, type Reply } from './reply';

/**
 * Runs one call against `handlers`: checks the name, parses the raw input
 * with the contract's schema, runs the handler, and wraps the outcome.
 * Every host funnels through here, so no handler ever sees unparsed input.
 */
export function invoke(handlers: Handlers, name: unknown, rawInput: unknown): Reply {
  try {
    if (!isName(name)) throw new CharterError('invalid_input', `There is no operation called "${String(name)}".`);
    const input = parseInput(name, rawInput);
    const handler = handlers[name] as (input: unknown) => unknown;
    return { ok: true, result: handler(input) };
  } catch (error) {
    return { ok: false, error: toErrorPayload(error) };
  }
}
