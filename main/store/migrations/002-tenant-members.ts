import type { Database } from 'better-sqlite3';

/**
 * Version 2, for tenants of 100,000 users: group memberships move out of each group's JSON row into
 * a table of their own, one row per membership keyed by the group's rowid (member order = rowid
 * order). Users keep one row each, but their UPN is checked by a unique index instead of a primary
 * key, so an import can drop the indexes, insert in file order and build them once at the end.
 */
/** Users keyed by a unique UPN index instead of a primary key, in their file order. */
export const USERS_V2_SQL = `
  CREATE TABLE tenant_users_v2 (
    upn TEXT NOT NULL,
    data TEXT NOT NULL
  ) STRICT;
  INSERT INTO tenant_users_v2 (upn, data) SELECT upn, data FROM tenant_users ORDER BY rowid;
  DROP TABLE tenant_users;
  ALTER TABLE tenant_users_v2 RENAME TO tenant_users;
  CREATE UNIQUE INDEX tenant_users_by_upn ON tenant_users (upn COLLATE NOCASE);
`;

/** One row per membership, keyed by the group's rowid. */
export const membersTableSql = (table: string) => `
  CREATE TABLE ${table} (
    group_id INTEGER NOT NULL,
    member TEXT NOT NULL
  ) STRICT;
`;

export const MEMBERS_INDEX_SQL = 'CREATE INDEX tenant_members_by_group ON tenant_members (group_id);';

export function up(db: Database): void {
  db.exec(USERS_V2_SQL + membersTableSql('tenant_members') + MEMBERS_INDEX_SQL);
  const groups = db.prepare('SELECT rowid AS id, data FROM tenant_groups ORDER BY rowid').all() as { id: number; data: string }[];
  const put = db.prepare('INSERT INTO tenant_members (group_id, member) VALUES (?, ?)');
  const strip = db.prepare('UPDATE tenant_groups SET data = ? WHERE rowid = ?');
  for (const g of groups) {
    const { members, ...rest } = JSON.parse(g.data) as { members?: string[] };
    for (const m of members ?? []) put.run(g.id, m);
    strip.run(JSON.stringify({ ...rest, members: [] }), g.id);
  }
}
