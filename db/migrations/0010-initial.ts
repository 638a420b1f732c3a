/**
 * The first schema: the whole model of DESIGN.md.
 *
 * Every table has `seq INTEGER PRIMARY KEY`: it keeps insertion order
 * (exports list things in the order they were added), survives VACUUM,
 * and is the key the undo tracker records. Domain ids are UNIQUE columns.
 * Foreign keys never cascade: commands delete dependents themselves so
 * that undo records every row they touch.
 */
import type { Migration } from './types';

const SQL = `
CREATE TABLE meta (
  seq INTEGER PRIMARY KEY CHECK (seq = 1),
  name TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE roles (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL CHECK (length(title) > 0),
  short_name TEXT NOT NULL DEFAULT '',
  function TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE people (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL CHECK (length(name) > 0),
  email TEXT NOT NULL DEFAULT '',
  external_id TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE role_holders (
  seq INTEGER PRIMARY KEY,
  role_id TEXT NOT NULL REFERENCES roles (id),
  person_id TEXT NOT NULL REFERENCES people (id),
  acting INTEGER NOT NULL DEFAULT 0 CHECK (acting IN (0, 1)),
  UNIQUE (role_id, person_id)
) STRICT;
CREATE INDEX role_holders_by_person ON role_holders (person_id);

CREATE TABLE reporting_lines (
  seq INTEGER PRIMARY KEY,
  role_id TEXT NOT NULL REFERENCES roles (id),
  manager_role_id TEXT NOT NULL REFERENCES roles (id),
  kind TEXT NOT NULL CHECK (kind IN ('solid', 'dotted')),
  CHECK (role_id <> manager_role_id),
  UNIQUE (role_id, manager_role_id, kind)
) STRICT;
CREATE UNIQUE INDEX reporting_lines_one_solid ON reporting_lines (role_id) WHERE kind = 'solid';
CREATE INDEX reporting_lines_by_manager ON reporting_lines (manager_role_id, kind);

CREATE TABLE responsibility_areas (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL CHECK (length(name) > 0),
  description TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE policies (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  code TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL CHECK (length(title) > 0),
  category TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'in_review', 'approved', 'retired')),
  version TEXT NOT NULL DEFAULT '1.0',
  approver_role_id TEXT REFERENCES roles (id),
  review_interval_months INTEGER CHECK (review_interval_months BETWEEN 1 AND 120),
  last_reviewed_on TEXT CHECK (last_reviewed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  document_url TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX policies_by_approver ON policies (approver_role_id);

CREATE TABLE assets (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL CHECK (length(name) > 0),
  type TEXT NOT NULL CHECK (length(type) BETWEEN 1 AND 60),
  criticality TEXT NOT NULL DEFAULT 'medium' CHECK (criticality IN ('low', 'medium', 'high', 'critical')),
  classification TEXT NOT NULL DEFAULT 'internal'
    CHECK (classification IN ('public', 'internal', 'confidential', 'restricted')),
  description TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE policy_assets (
  seq INTEGER PRIMARY KEY,
  policy_id TEXT NOT NULL REFERENCES policies (id),
  asset_id TEXT NOT NULL REFERENCES assets (id),
  UNIQUE (policy_id, asset_id)
) STRICT;
CREATE INDEX policy_assets_by_asset ON policy_assets (asset_id);

-- The subject is polymorphic (policy, asset or responsibility area), so
-- its existence is checked by the commands, not by a foreign key.
CREATE TABLE assignments (
  seq INTEGER PRIMARY KEY,
  subject_type TEXT NOT NULL CHECK (subject_type IN ('policy', 'asset', 'responsibility')),
  subject_id TEXT NOT NULL,
  role_id TEXT NOT NULL REFERENCES roles (id),
  letter TEXT NOT NULL CHECK (letter IN ('R', 'A', 'C', 'I')),
  UNIQUE (subject_type, subject_id, role_id)
) STRICT;
CREATE INDEX assignments_by_role ON assignments (role_id, letter);

CREATE TABLE audit_events (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  command TEXT NOT NULL,
  entity_type TEXT NOT NULL,
  entity_id TEXT,
  summary TEXT NOT NULL,
  before_json TEXT,
  after_json TEXT,
  reverts INTEGER REFERENCES audit_events (id),
  -- The row-level changes, as JSON, that undo and redo replay.
  changes_json TEXT NOT NULL DEFAULT '[]'
) STRICT;
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;

CREATE TABLE history_stack (
  seq INTEGER PRIMARY KEY,
  stack TEXT NOT NULL CHECK (stack IN ('undo', 'redo')),
  event_id INTEGER NOT NULL REFERENCES audit_events (id)
) STRICT;
CREATE INDEX history_stack_by_stack ON history_stack (stack, seq);
`;

export const initial: Migration = {
  version: 10,
  name: 'initial',
  up(db) {
    db.exec(SQL);
  },
};
