import path from 'node:path';
import type { ImportProgress, WaveRegistrationView } from '../../shared/api';
import { ApiError } from '../../shared/errors';
import type { Plan } from '../../shared/plan/schema';
import type { Tenant } from '../../shared/plan/tenant';
import { tenantChanges, type TenantImportSummary } from '../../shared/tenant/importSummary';
import { registrationByWave } from '../../shared/tenant/registration';
import type { PlanStore } from '../store/plan-store';
import { readTenantFiles, type TenantFiles } from './import';
import type { SourceFile } from './text-source';

/** The part of an open plan an import reads and replaces. */
export interface ImportTarget {
  store: PlanStore;
  plan: Plan;
  tenant: Tenant;
}

export const sourceOnDisk = (file: string): SourceFile => ({ path: path.resolve(file), label: path.basename(file) });

/** The files of one import, each named by a reference (a path, or an upload id) that `source` turns into a file. */
export interface TenantFileRefs<R> {
  users: R;
  groupMembers: { group: string; ref: R }[];
  licenses?: R;
  roles?: R;
  registration?: R;
}

export function tenantFiles<R>(refs: TenantFileRefs<R>, source: (ref: R) => SourceFile): TenantFiles {
  const optional = (ref: R | undefined) => (ref === undefined ? undefined : source(ref));
  return {
    users: source(refs.users),
    groupMembers: refs.groupMembers.map((m) => ({ group: m.group, file: source(m.ref) })),
    licenses: optional(refs.licenses),
    roles: optional(refs.roles),
    registration: optional(refs.registration),
  };
}

/**
 * Runs tenant imports one at a time and reports how far the running one has read. The import
 * reads every file before it writes, then replaces the snapshot in one transaction.
 */
export class TenantImporter {
  private running: ImportProgress | null = null;

  get progress(): ImportProgress | null {
    return this.running;
  }

  async run(target: ImportTarget, files: TenantFiles, stillOpen: () => boolean): Promise<TenantImportSummary> {
    if (this.running) throw new ApiError('IMPORT_BUSY', `An import is already reading ${this.running.file}; wait for it to finish.`);
    this.running = { file: files.users.label, bytesDone: 0, bytesTotal: 0 };
    try {
      const read = await readTenantFiles(files, target.plan.licensing.skus, (p) => {
        this.running = p;
      });
      if (!stillOpen()) throw new ApiError('NO_PLAN_OPEN', 'The plan was closed while the import was reading; nothing was written.');
      const summary: TenantImportSummary = {
        importedAt: new Date().toISOString(),
        files: read.files,
        counts: read.counts,
        leftOut: read.leftOut,
        warnings: read.warnings,
        changes: target.tenant.users.length === 0 ? null : tenantChanges(target.tenant, read.tenant, target.plan),
      };
      target.store.replaceTenant(read.tenant, summary);
      target.tenant = read.tenant;
      return summary;
    } finally {
      this.running = null;
    }
  }
}

/** Per-wave registration with the first few names of who has not registered. */
export function registrationView(plan: Plan, tenant: Tenant): WaveRegistrationView[] {
  return registrationByWave(plan, tenant).map((w) => ({
    wave: w.wave,
    users: w.users,
    registered: w.registered,
    notRegistered: w.notRegistered.length,
    firstNotRegistered: w.notRegistered.slice(0, 20).map((u) => u.upn),
  }));
}
