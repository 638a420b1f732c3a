/**
 * Governance settings: turn rules on or off, change their severity and
 * parameters. One tracked write of the `settings` row, so undo and redo
 * restore the settings like any other change.
 */
import type { ParsedInputOf } from '../../app/contract';
import { ruleById } from '../../app/governance/rules';
import { parseGovernanceSettings, patchSettings } from '../../app/governance/settings';
import type { GovernanceSettingsInput, RuleSettingInput } from '../../app/governance/settings';
import type { MutationResult } from '../../app/views';
import type { Context } from '../context';
import { readGovernanceSettings, writeGovernanceSettings } from '../settings';
import { runCommand } from './run';

/** `"Overloaded roles" (severity error, max)`: what the patch sets for one rule. */
function changeLabel(id: string, patch: RuleSettingInput): string {
  const fields = [
    ...(patch.enabled === undefined ? [] : [patch.enabled ? 'on' : 'off']),
    ...(patch.severity === undefined ? [] : [`severity ${patch.severity}`]),
    ...Object.keys(patch.params ?? {}),
  ];
  return `"${ruleById(id)?.title ?? id}"${fields.length === 0 ? '' : ` (${fields.join(', ')})`}`;
}

export function updateGovernance(ctx: Context, input: ParsedInputOf<'governance.update'>): MutationResult {
  const patch: GovernanceSettingsInput = { rules: input.rules };
  return runCommand(ctx, 'governance.update', (t) => {
    const before = readGovernanceSettings(ctx.db);
    // Checked again as a whole: what is stored must always read back.
    const after = parseGovernanceSettings(patchSettings(before, patch), 'The governance settings');
    writeGovernanceSettings(ctx.db, t, after);
    const changed = Object.entries(patch.rules ?? {}).flatMap(([id, rule]) =>
      rule === undefined ? [] : [changeLabel(id, rule)],
    );
    return {
      entityType: 'settings',
      entityId: null,
      summary:
        changed.length === 0
          ? 'Changed no governance settings'
          : `Changed the governance settings of ${changed.join(', ')}`,
      before,
      after,
    };
  });
}
