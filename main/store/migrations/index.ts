import type { Database } from 'better-sqlite3';
import { up as initial } from './001-initial';
import { up as tenantMembers } from './002-tenant-members';

export interface Migration {
  version: number;
  up(db: Database): void;
}

/** Numbered migrations; a plan file's `PRAGMA user_version` is the last one applied. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, up: initial },
  { version: 2, up: tenantMembers },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

/** Applies every migration above the file's version, each in its own transaction with its version bump. */
export function migrate(db: Database, from: number): void {
  for (const m of MIGRATIONS.filter((x) => x.version > from)) {
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}
