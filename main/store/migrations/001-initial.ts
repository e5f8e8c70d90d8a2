import type { Database } from 'better-sqlite3';

/**
 * Version 1: plan sections as JSON rows, the imported tenant as one row per user and group, and
 * test-run evidence files as blobs (the runs in the testing section refer to them by id).
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE meta (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;
    CREATE TABLE sections (
      name TEXT PRIMARY KEY,
      data TEXT NOT NULL CHECK (json_valid(data)),
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE TABLE tenant_users (
      upn TEXT PRIMARY KEY COLLATE NOCASE,
      data TEXT NOT NULL CHECK (json_valid(data))
    ) STRICT;
    CREATE TABLE tenant_groups (
      name TEXT PRIMARY KEY,
      data TEXT NOT NULL CHECK (json_valid(data))
    ) STRICT;
    CREATE TABLE evidence (
      id TEXT PRIMARY KEY,
      data BLOB NOT NULL
    ) STRICT;
  `);
}
