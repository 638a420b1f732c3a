/**
 * Model settings, stored as JSON in the `settings` table (migration 0020).
 * The governance settings are kept sparse, exactly as submitted and
 * merged: a rule or field never set takes its default when checked.
 */
import type { Database } from 'better-sqlite3';
import { parseGovernanceSettings } from '../app/governance/settings';
import type { GovernanceSettingsInput } from '../app/governance/settings';
import type { SettingRow } from './rows';
import { get } from './statements';
import type { Tracker } from './tracker';

const GOVERNANCE = 'governance';

function settingRow(db: Database, key: string): SettingRow | undefined {
  return get<SettingRow>(db, 'SELECT * FROM settings WHERE key = ?', key);
}

/** The model's stored governance settings; `{}` (all defaults) when none were ever set. */
export function readGovernanceSettings(db: Database): GovernanceSettingsInput {
  const row = settingRow(db, GOVERNANCE);
  if (row === undefined) return {};
  return parseGovernanceSettings(JSON.parse(row.value), "The model's stored governance settings");
}

/**
 * Stores governance settings through the tracker, so undo restores the
 * previous ones. Writing `{}` to a model that never had settings adds no row.
 */
export function writeGovernanceSettings(db: Database, t: Tracker, settings: GovernanceSettingsInput): void {
  const value = JSON.stringify(settings);
  const row = settingRow(db, GOVERNANCE);
  if (row !== undefined) t.update('settings', row.seq, { value });
  else if (value !== '{}') t.insert('settings', { key: GOVERNANCE, value });
}
