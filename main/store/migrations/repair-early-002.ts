import type { Database } from 'better-sqlite3';
import { MEMBERS_INDEX_SQL, membersTableSql, USERS_V2_SQL } from './002-tenant-members';

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
      ${USERS_V2_SQL}
      ${membersTableSql('tenant_members_v2')}
      INSERT INTO tenant_members_v2 (group_id, member)
        SELECT g.rowid, m.member FROM tenant_members m JOIN tenant_groups g ON g.name = m.group_name ORDER BY m.rowid;
      DROP TABLE tenant_members;
      ALTER TABLE tenant_members_v2 RENAME TO tenant_members;
      ${MEMBERS_INDEX_SQL}
    `);
  })();
  return true;
}
