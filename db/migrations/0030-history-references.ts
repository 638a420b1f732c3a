/**
 * No new table or column: this step marks files whose audit log may hold
 * bulk inserts recorded by reference (a seq range and a digest, see
 * RangeChange in db/tracker.ts) instead of by value. A build from before
 * this step cannot undo such an event, so raising `user_version` makes it
 * refuse the file as written by a newer version rather than fail on undo.
 */
import type { Migration } from './types';

export const historyReferences: Migration = {
  version: 30,
  name: 'history-references',
  up() {},
};
