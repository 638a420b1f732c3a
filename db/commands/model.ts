/**
 * Whole-model commands: rename, import a charter document, and write a new
 * model's template.
 */
import type { ParsedInputOf } from '../../app/contract';
import type { CharterDocument } from '../../app/document';
import { checkDocument, checkReviewDates } from '../../app/document';
import { patchSettings } from '../../app/governance/settings';
import { todayUtc } from '../../app/policy';
import type { MutationResult } from '../../app/views';
import type { Context } from '../context';
import { clearModel, documentCounts, modelName, refuseClashes, writeDocument } from '../document';
import { readGovernanceSettings, writeGovernanceSettings } from '../settings';
import { runCommand } from './run';

export function renameModel(ctx: Context, input: ParsedInputOf<'model.rename'>): MutationResult {
  return runCommand(ctx, 'model.rename', (t) => {
    const before = modelName(ctx.db);
    t.update('meta', 1, { name: input.name });
    return {
      entityType: 'model',
      entityId: null,
      summary: `Renamed the model from "${before}" to "${input.name}"`,
      before: { name: before },
      after: { name: input.name },
    };
  });
}

/**
 * Imports a document in one transaction. With `replace` the model is
 * emptied first and takes the document's name and governance settings;
 * without it the document is added, must not reuse any id the model has,
 * and the rule settings it carries are applied over the model's. Either
 * way no policy's last review may be later than `today` (default: today,
 * UTC) allows.
 */
export function importModel(
  ctx: Context,
  input: ParsedInputOf<'model.import'>,
  today: string = todayUtc(),
): MutationResult {
  const doc = input.document as CharterDocument;
  checkDocument(doc, 'The imported document');
  checkReviewDates(doc, today, 'The imported document');
  return runCommand(ctx, 'model.import', (t) => {
    if (input.replace) {
      clearModel(ctx.db, t);
      t.update('meta', 1, { name: doc.name });
      writeGovernanceSettings(ctx.db, t, doc.governance ?? {});
    } else {
      refuseClashes(ctx.db, doc);
      if (Object.keys(doc.governance?.rules ?? {}).length > 0)
        writeGovernanceSettings(
          ctx.db,
          t,
          patchSettings(readGovernanceSettings(ctx.db), doc.governance ?? {}),
        );
    }
    writeDocument(t, doc);
    const counts = documentCounts(doc);
    return {
      entityType: 'model',
      entityId: null,
      summary: `${input.replace ? 'Replaced the model with' : 'Imported'} "${doc.name}": ${counts.roles} roles, ${counts.people} people, ${counts.policies} policies, ${counts.assets} assets`,
      before: null,
      after: { replace: input.replace, name: doc.name, ...counts },
    };
  });
}

/** Writes a new model's name and template; logged, but not undoable. */
export function initializeModel(
  ctx: Context,
  name: string,
  template: string,
  doc: CharterDocument,
): MutationResult {
  checkDocument(doc, `The ${template} template`);
  return runCommand(
    ctx,
    'model.create',
    (t) => {
      t.insert('meta', { name, created_at: new Date().toISOString() });
      writeDocument(t, doc);
      writeGovernanceSettings(ctx.db, t, doc.governance ?? {});
      return {
        entityType: 'model',
        entityId: null,
        summary: `Created the model "${name}" from the ${template} template`,
        before: null,
        after: { name, template, ...documentCounts(doc) },
      };
    },
    { undoable: false },
  );
}
