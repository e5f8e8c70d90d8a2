import Database from 'better-sqlite3';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { ApiError } from '../../shared/errors';
import { PLAN_SCHEMA_VERSION, PLAN_SECTION_KEYS, planSchema, type Plan, type PlanSectionKey } from '../../shared/plan/schema';
import { tenantGroupSchema, tenantUserSchema, type Tenant, type TenantGroup } from '../../shared/plan/tenant';
import type { TenantImportSummary } from '../../shared/tenant/importSummary';
import { checkPlanFile, PLAN_APPLICATION_ID } from './file-check';
import { LATEST_VERSION, migrate } from './migrations';
import { repairEarlyFormat2 } from './migrations/repair-early-002';

/** A test-run evidence file kept inside the plan. */
export interface EvidenceFile {
  id: string;
  data: Buffer;
}

export interface StoreOptions {
  /** better-sqlite3 addon built for Electron's ABI, when running inside Electron. */
  nativeBinding?: string;
  /**
   * Tests only: caps the file at this many pages, so that a save fails with SQLITE_FULL exactly as
   * it does when the disk is full (SQLite reports ENOSPC with the same code).
   */
  maxPageCount?: number;
}

function describeZodError(error: z.ZodError, prefix: string): string {
  const first = error.issues[0];
  const where = [prefix, ...(first?.path ?? []).map(String)].filter(Boolean).join('.');
  return `${where}: ${first?.message ?? 'invalid value'}`;
}

function folderIsWritable(file: string): boolean {
  try {
    accessSync(path.dirname(file), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function writeError(file: string, e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  const code = (e as { code?: string }).code ?? '';
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN')) {
    if (!folderIsWritable(file)) {
      return new ApiError('PLAN_READ_ONLY', `The folder of ${file} is read-only, so the change was not saved. Save a copy in a folder you can write to, or fix the folder's permissions.`);
    }
    return new ApiError('PLAN_READ_ONLY', `${file} is read-only, so the change was not saved. Save a copy elsewhere or fix the file's permissions.`);
  }
  if (code === 'SQLITE_FULL') {
    return new ApiError('PLAN_WRITE_FAILED', `The disk holding ${file} is full; the change was not saved and earlier changes are safe. Free some space, then make the change again.`);
  }
  if (code.startsWith('SQLITE_IOERR')) {
    return new ApiError('PLAN_WRITE_FAILED', `${file} could not be written (${(e as Error).message}: the disk may be full, removed or failing); the change was not saved and earlier changes are safe.`);
  }
  return new ApiError('PLAN_WRITE_FAILED', `The change could not be saved to ${file}: ${(e as Error).message}`);
}

/** Device and inode: which file a path names, so a plan deleted or replaced while open is noticed. */
function identity(file: string): string | null {
  try {
    const st = statSync(file);
    return `${st.dev}:${st.ino}`;
  } catch {
    return null;
  }
}

const BATCH = 100;
const batchStatements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** A prepared INSERT of `rows` rows at once into `target` ("table (col, col)"), kept per connection. */
function batchInsert(db: Database.Database, target: string, columns: number, rows: number): Database.Statement {
  let byKey = batchStatements.get(db);
  if (!byKey) batchStatements.set(db, (byKey = new Map()));
  const key = `${target}/${rows}`;
  let statement = byKey.get(key);
  if (!statement) {
    const row = `(${Array(columns).fill('?').join(', ')})`;
    statement = db.prepare(`INSERT INTO ${target} VALUES ${Array(rows).fill(row).join(', ')}`);
    byKey.set(key, statement);
  }
  return statement;
}

/**
 * Inserts many rows with one statement per hundred: a large tenant is hundreds of thousands of
 * rows, and per-statement overhead, not SQLite, would dominate the import otherwise.
 */
function insertMany<T>(db: Database.Database, target: string, columns: number, items: readonly T[], fill: (params: (string | number)[], at: number, item: T) => void): void {
  let i = 0;
  if (items.length >= BATCH) {
    const many = batchInsert(db, target, columns, BATCH);
    const params = new Array<string | number>(BATCH * columns);
    for (; i + BATCH <= items.length; i += BATCH) {
      for (let j = 0; j < BATCH; j++) fill(params, j * columns, items[i + j]);
      many.run(params);
    }
  }
  const one = batchInsert(db, target, columns, 1);
  const params = new Array<string | number>(columns);
  for (; i < items.length; i++) {
    fill(params, 0, items[i]);
    one.run(params);
  }
}

/** One plan = one SQLite file. Every write is one transaction, committed before the call returns. */
export class PlanStore {
  private readonly putSection: Database.Statement<[string, string, string]>;
  private readonly getRevision: Database.Statement<[], string | undefined>;
  private readonly putRevision: Database.Statement<[string]>;
  private savedAtValue: string;
  /** The file's revision when this connection last read or wrote it; another writer moves it on. */
  private revision = 0;
  /** The plan file and its write-ahead log as opened; commits go to these, whatever the paths name now. */
  private readonly files: { db: string | null; wal: string | null };

  private constructor(
    readonly path: string,
    private readonly db: Database.Database,
  ) {
    this.putSection = db.prepare(
      'INSERT INTO sections (name, data, updated_at) VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at',
    );
    this.getRevision = db.prepare<[], string | undefined>("SELECT value FROM meta WHERE key = 'revision'").pluck();
    this.putRevision = db.prepare("INSERT INTO meta (key, value) VALUES ('revision', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    const row = db.prepare('SELECT max(updated_at) AS t FROM sections').get() as { t: string | null };
    this.savedAtValue = row.t ?? new Date().toISOString();
    this.revision = this.fileRevision();
    this.files = { db: identity(path), wal: identity(`${path}-wal`) };
  }

  private fileRevision(): number {
    const value = this.getRevision.get();
    return value === undefined ? 0 : Number(value);
  }

  /**
   * Refuses a save that would be lost or would overwrite someone else's: the plan file (or its
   * write-ahead log) was deleted, moved or replaced while open, or another window or program saved
   * the plan after this one read it.
   */
  private checkStillOurs(): void {
    if (identity(this.path) !== this.files.db || (this.files.wal !== null && identity(`${this.path}-wal`) !== this.files.wal)) {
      throw new ApiError(
        'PLAN_WRITE_FAILED',
        `${this.path} was deleted, moved or replaced while it was open, so the change was not saved. Export the plan as JSON to keep what is open, or open the plan from where it is now.`,
      );
    }
    if (this.fileRevision() !== this.revision) {
      throw new ApiError(
        'PLAN_CHANGED_ELSEWHERE',
        `${this.path} was changed by another window or program after it was opened here, so this change was not saved. Reopen the plan to see those changes, then make the change again.`,
      );
    }
  }

  private static connect(path: string, options: StoreOptions): Database.Database {
    const db = new Database(path, { nativeBinding: options.nativeBinding });
    if (options.maxPageCount !== undefined) db.pragma(`max_page_count = ${options.maxPageCount}`);
    // WAL + NORMAL: a commit survives the process being killed; only the edit in flight can be lost.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 2000');
    return db;
  }

  /** Creates a new plan file; refuses to overwrite anything. */
  static create(path: string, plan: Plan, tenant: Tenant, options: StoreOptions = {}, evidence: EvidenceFile[] = []): PlanStore {
    if (existsSync(path)) throw new ApiError('PLAN_EXISTS', `${path} already exists; choose another name or open it instead.`);
    const parsed = planSchema.parse(plan);
    let db: Database.Database;
    try {
      db = PlanStore.connect(path, options);
      db.pragma(`application_id = ${PLAN_APPLICATION_ID}`);
      migrate(db, 0);
    } catch (e) {
      throw new ApiError('FILE_WRITE_FAILED', `Cannot create ${path}: ${(e as Error).message}`);
    }
    const store = new PlanStore(path, db);
    store.commit((now) => {
      store.db.prepare("INSERT INTO meta (key, value) VALUES ('createdAt', ?)").run(now);
      store.writeSections(parsed, PLAN_SECTION_KEYS, now);
      store.writeTenant(tenant);
      store.writeEvidence(evidence);
    });
    return store;
  }

  /** Opens an existing plan after checking it read-only; migrates older files forward. */
  static open(path: string, options: StoreOptions = {}): PlanStore {
    const { version } = checkPlanFile(path, options.nativeBinding);
    let db: Database.Database;
    try {
      db = PlanStore.connect(path, options);
      if (version < LATEST_VERSION) migrate(db, version);
      else repairEarlyFormat2(db);
    } catch (e) {
      throw writeError(path, e);
    }
    const store = new PlanStore(path, db);
    try {
      store.read();
    } catch (e) {
      db.close();
      throw e;
    }
    return store;
  }

  get savedAt(): string {
    return this.savedAtValue;
  }

  /** The whole plan and tenant, validated; a row that fails its schema marks the file damaged. */
  read(): { plan: Plan; tenant: Tenant } {
    // One read transaction: a consistent snapshot even while another connection saves.
    return this.db.transaction(() => {
      this.revision = this.fileRevision();
      return this.readSnapshot();
    })();
  }

  private readSnapshot(): { plan: Plan; tenant: Tenant } {
    const rows = this.db.prepare('SELECT name, data FROM sections').all() as { name: string; data: string }[];
    const raw: Record<string, unknown> = { schemaVersion: PLAN_SCHEMA_VERSION };
    for (const r of rows) raw[r.name] = JSON.parse(r.data);
    const result = planSchema.safeParse(raw);
    if (!result.success) {
      throw new ApiError('PLAN_DAMAGED', `${this.path} holds an invalid plan (${describeZodError(result.error, '')}).`);
    }
    return { plan: result.data, tenant: this.readTenant() };
  }

  private readTenant(): Tenant {
    const parseRows = <T>(sql: string, schema: z.ZodType<T>, what: string): T[] =>
      (this.db.prepare(sql).all() as { data: string }[]).map((r, i) => {
        const res = schema.safeParse(JSON.parse(r.data));
        if (!res.success) throw new ApiError('PLAN_DAMAGED', `${this.path} holds an invalid ${what} (row ${i + 1}: ${describeZodError(res.error, '')}).`);
        return res.data;
      });
    const groupRows = this.db.prepare('SELECT rowid AS id, data FROM tenant_groups ORDER BY rowid').all() as { id: number; data: string }[];
    const byId = new Map<number, TenantGroup>();
    const groups = groupRows.map((r, i) => {
      const res = tenantGroupSchema.safeParse(JSON.parse(r.data));
      if (!res.success) throw new ApiError('PLAN_DAMAGED', `${this.path} holds an invalid tenant group (row ${i + 1}: ${describeZodError(res.error, '')}).`);
      byId.set(r.id, res.data);
      return res.data;
    });
    const membersOf = this.db.prepare('SELECT member FROM tenant_members WHERE group_id = ? ORDER BY rowid').pluck();
    for (const [id, group] of byId) group.members = membersOf.all(id) as string[];
    const orphan = this.db.prepare('SELECT group_id FROM tenant_members WHERE group_id NOT IN (SELECT rowid FROM tenant_groups) LIMIT 1').pluck().get();
    if (orphan !== undefined) throw new ApiError('PLAN_DAMAGED', `${this.path} lists members of a group it does not hold (group ${String(orphan)}).`);
    return { users: parseRows('SELECT data FROM tenant_users ORDER BY rowid', tenantUserSchema, 'tenant user'), groups };
  }

  /** What the last tenant import read, or null when the tenant never came from an import. */
  readImportSummary(): TenantImportSummary | null {
    const row = this.db.prepare("SELECT value FROM meta WHERE key = 'tenantImport'").get() as { value: string } | undefined;
    return row ? (JSON.parse(row.value) as TenantImportSummary) : null;
  }

  /**
   * Runs `write` in one transaction, holding the write lock from its start so that the checks and
   * the write see the same file, and records the save time only once it committed.
   */
  private commit(write: (now: string) => void): void {
    const now = new Date().toISOString();
    const next = this.revision + 1;
    this.db
      .transaction(() => {
        this.checkStillOurs();
        write(now);
        this.putRevision.run(String(next));
      })
      .immediate();
    this.revision = next;
    this.savedAtValue = now;
  }

  private writeSections(plan: Plan, keys: readonly PlanSectionKey[], now: string): void {
    for (const key of keys) this.putSection.run(key, JSON.stringify(plan[key]), now);
  }

  private writeTenant(tenant: Tenant): void {
    // Building the indexes once after the rows are in is several times faster than keeping them up
    // row by row; a repeated UPN fails the unique index and rolls the whole write back.
    this.db.exec(`
      DROP INDEX tenant_users_by_upn; DROP INDEX tenant_members_by_group;
      DELETE FROM tenant_users; DELETE FROM tenant_groups; DELETE FROM tenant_members;`);
    const putGroup = this.db.prepare('INSERT INTO tenant_groups (name, data) VALUES (?, ?)');
    insertMany(this.db, 'tenant_users (upn, data)', 2, tenant.users, (params, at, u) => {
      params[at] = u.upn;
      params[at + 1] = JSON.stringify(u);
    });
    for (const { members, ...group } of tenant.groups) {
      const id = Number(putGroup.run(group.name, JSON.stringify({ ...group, members: [] })).lastInsertRowid);
      insertMany(this.db, 'tenant_members (group_id, member)', 2, members, (params, at, m) => {
        params[at] = id;
        params[at + 1] = m;
      });
    }
    this.db.exec(`
      CREATE UNIQUE INDEX tenant_users_by_upn ON tenant_users (upn COLLATE NOCASE);
      CREATE INDEX tenant_members_by_group ON tenant_members (group_id);`);
  }

  /** Replaces the tenant snapshot and records what the import read, in one transaction: all or nothing. */
  replaceTenant(tenant: Tenant, summary: TenantImportSummary): void {
    try {
      this.commit(() => {
        this.writeTenant(tenant);
        this.db.prepare("INSERT INTO meta (key, value) VALUES ('tenantImport', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(JSON.stringify(summary));
      });
    } catch (e) {
      throw writeError(this.path, e);
    }
  }

  /**
   * Saves the sections that differ between `before` and `after`, and any new evidence files, in one
   * transaction. The caller has validated `after`; nothing is written when the transaction fails.
   */
  saveSections(before: Plan, after: Plan, evidence: EvidenceFile[] = []): void {
    const changed = PLAN_SECTION_KEYS.filter((k) => before[k] !== after[k]);
    if (changed.length === 0 && evidence.length === 0) return;
    try {
      this.commit((now) => {
        this.writeSections(after, changed, now);
        this.writeEvidence(evidence);
      });
    } catch (e) {
      throw writeError(this.path, e);
    }
  }

  private writeEvidence(files: readonly EvidenceFile[]): void {
    const put = this.db.prepare('INSERT INTO evidence (id, data) VALUES (?, ?)');
    for (const f of files) put.run(f.id, f.data);
  }

  /** One evidence file's bytes, or null when the plan holds no file with that id. */
  readEvidence(id: string): Buffer | null {
    const row = this.db.prepare('SELECT data FROM evidence WHERE id = ?').get(id) as { data: Buffer } | undefined;
    return row?.data ?? null;
  }

  /** Every evidence file, for a whole-plan export. */
  allEvidence(): EvidenceFile[] {
    return this.db.prepare('SELECT id, data FROM evidence ORDER BY id').all() as EvidenceFile[];
  }

  /** Replaces the whole plan, tenant and evidence at once (JSON import). */
  replaceAll(plan: Plan, tenant: Tenant, evidence: EvidenceFile[]): void {
    try {
      this.commit((now) => {
        this.writeSections(plan, PLAN_SECTION_KEYS, now);
        this.writeTenant(tenant);
        this.db.exec("DELETE FROM evidence; DELETE FROM meta WHERE key = 'tenantImport'");
        this.writeEvidence(evidence);
      });
    } catch (e) {
      throw writeError(this.path, e);
    }
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
