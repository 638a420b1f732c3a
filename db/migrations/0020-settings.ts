/**
 * Model settings: one JSON value per key. The first key is `governance`,
 * the sparse governance settings of issue 5 (rules on or off, severities,
 * parameters). A key/value table rather than columns on `meta`, so later
 * settings need no migration of their own; `seq` lets the undo tracker
 * record changes to it like any other row.
 */
import type { Migration } from './types';

const SQL = `
CREATE TABLE settings (
  seq INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE CHECK (length(key) BETWEEN 1 AND 100),
  value TEXT NOT NULL CHECK (json_valid(value))
) STRICT;
`;

export const settings: Migration = {
  version: 20,
  name: 'settings',
  up(db) {
    db.exec(SQL);
  },
};
