import type { Database } from 'better-sqlite3';

/** One numbered schema step. `version` becomes the file's `user_version`. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}
