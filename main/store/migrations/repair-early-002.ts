import type { Database } from 'better-sqlite3';

/**
 * The first build of format 2 (commit 4a60f54) shipped a different layout under the same version
 * number: memberships keyed by group name, and the users' UPN as their primary key. Format 2 as it
 * stands keys memberships by the group's rowid and checks UPNs with a unique index (see 002). This
 * rewrites such a file into that layout in one transaction, keeping member order; any other file is
 * left alone. Returns whether it rewrote the file.
 */
export function repairEarlyFormat2(db: Database): boolean {
  const columns = db.prepare("SELECT name FROM pragma_table_info('tenant_members')").pluck().all() as string[];
  if (!columns.includes('group_name')) return false;
  db.transaction(() => {
    db.exec(`
      CREATE TABLE tenant_users_v2 (
        upn TEXT NOT NULL,
        data TEXT NOT NULL
      ) STRICT;
      INSERT INTO tenant_users_v2 (upn, data) SELECT upn, data FROM tenant_users ORDER BY rowid;
      DROP TABLE tenant_users;
      ALTER TABLE tenant_users_v2 RENAME TO tenant_users;
      CREATE UNIQUE INDEX tenant_users_by_upn ON tenant_users (upn COLLATE NOCASE);
      CREATE TABLE tenant_members_v2 (
        group_id INTEGER NOT NULL,
        member TEXT NOT NULL
      ) STRICT;
      INSERT INTO tenant_members_v2 (group_id, member)
        SELECT g.rowid, m.member FROM tenant_members m JOIN tenant_groups g ON g.name = m.group_name ORDER BY m.rowid;
      DROP TABLE tenant_members;
      ALTER TABLE tenant_members_v2 RENAME TO tenant_members;
      CREATE INDEX tenant_members_by_group ON tenant_members (group_id);
    `);
  })();
  return true;
}
