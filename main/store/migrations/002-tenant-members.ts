import type { Database } from 'better-sqlite3';

/**
 * Version 2: group memberships move out of each group's JSON row into a table of their own, one row
 * per membership, so a tenant with hundreds of thousands of memberships is stored and read as rows,
 * and "which groups hold this user" is an index lookup. The member order is the rowid order.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE tenant_members (
      group_name TEXT NOT NULL,
      member TEXT NOT NULL
    ) STRICT;
    CREATE INDEX tenant_members_by_group ON tenant_members (group_name);
    CREATE INDEX tenant_members_by_member ON tenant_members (member COLLATE NOCASE);
  `);
  const groups = db.prepare('SELECT name, data FROM tenant_groups ORDER BY rowid').all() as { name: string; data: string }[];
  const put = db.prepare('INSERT INTO tenant_members (group_name, member) VALUES (?, ?)');
  const strip = db.prepare('UPDATE tenant_groups SET data = ? WHERE name = ?');
  for (const g of groups) {
    const { members, ...rest } = JSON.parse(g.data) as { members?: string[] };
    for (const m of members ?? []) put.run(g.name, m);
    strip.run(JSON.stringify({ ...rest, members: [] }), g.name);
  }
}
