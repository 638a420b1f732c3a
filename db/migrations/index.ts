/**
 * Every migration, in the order it runs. Versions go up in steps of 10 so
 * that a fix can slot in between two released steps.
 */
import { initial } from './0010-initial';
import { settings } from './0020-settings';
import { historyReferences } from './0030-history-references';
import type { Migration } from './types';

export type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [initial, settings, historyReferences];

/** The schema version this build writes. */
export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
