import type { ApiOutputs, ImportProgress, TenantImportResult } from '../shared/api';
import { counted } from '../shared/text';
import type { LicenseReport } from '../shared/tenant/coverage';
import type { TenantChanges, UserSample } from '../shared/tenant/importSummary';
import { UNCOVERED_REASON_TEXT } from '../shared/tenant/tenantCsv';
import type { Api } from './api';

/** What `import-tenant` and `licenses` print; the work itself is the API's. */

const MB = 1 << 20;

/** "users.csv  12.0 / 48.5 MB  [#######.............]  25%" for a terminal's status line. */
export function progressLine(p: ImportProgress): string {
  const share = p.bytesTotal === 0 ? 0 : p.bytesDone / p.bytesTotal;
  const width = 24;
  const filled = Math.round(share * width);
  return `Reading ${p.file}  ${(p.bytesDone / MB).toFixed(1)} / ${(p.bytesTotal / MB).toFixed(1)} MB  [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.round(share * 100)}%`;
}

/** Runs the import while a progress line is redrawn every 100 ms (only when `progress` is given, i.e. on a terminal). */
export async function importWithProgress(
  api: Api,
  input: unknown,
  progress: ((line: string) => void) | undefined,
): Promise<TenantImportResult> {
  if (!progress) return api.invoke('tenant.importFiles', input);
  const timer = setInterval(() => {
    void api.invoke('tenant.importProgress', {}).then((p) => {
      if (p) progress(progressLine(p));
    });
  }, 100);
  try {
    return await api.invoke('tenant.importFiles', input);
  } finally {
    clearInterval(timer);
    progress('');
  }
}

const some = (s: UserSample) => (s.count === 0 ? '' : `: ${s.first.slice(0, 5).join(', ')}${s.count > 5 ? ', …' : ''}`);

function describeChanges(c: TenantChanges): string[] {
  return [
    `  ${counted(c.added.count, 'user')} added${some(c.added)}`,
    `  ${counted(c.removed.count, 'user')} removed${some(c.removed)}`,
    `  ${counted(c.newlyLicensed.count, 'user')} newly covered by a license${some(c.newlyLicensed)}`,
    `  ${counted(c.newlyRegistered.count, 'user')} newly registered${some(c.newlyRegistered)}`,
  ];
}

export function describeImport({ summary, state }: TenantImportResult): string[] {
  const c = summary.counts;
  const lines = [
    `Imported ${counted(c.users, 'user')}, ${counted(c.groups, 'group')} and ${counted(c.memberships, 'membership')} into ${state.path}.`,
    `  ${counted(c.admins, 'admin')}, ${counted(c.licensed, 'user')} with a direct license, ${counted(c.withMethods, 'user')} with registered methods.`,
  ];
  for (const f of summary.files) lines.push(`  ${f.name}: ${counted(f.rows, 'row')}${f.group ? ` (members of ${f.group})` : ''}`);
  const { disabled, guests } = summary.leftOut;
  if (disabled + guests > 0) lines.push(`  Left out: ${counted(disabled, 'disabled account')}, ${counted(guests, 'guest')} (SSPR does not serve them).`);
  lines.push(summary.changes ? 'Changes since the last snapshot:' : 'First import into this plan.');
  if (summary.changes) lines.push(...describeChanges(summary.changes));
  for (const w of summary.warnings) lines.push(`Warning: ${w}`);
  return lines;
}

export function describeLicenses(path: string, r: LicenseReport): string[] {
  const uncovered = r.inScope - r.covered;
  const lines = [
    `${path}: ${counted(r.inScope, 'user')} the plan enables (${r.enabledToday} by the policy's scope today, admins included), ${r.covered} covered, ${uncovered} not covered.`,
    '',
    'SKU                        seats   holders  in scope',
  ];
  for (const s of r.skus) {
    lines.push(`${s.skuPartNumber.padEnd(26)} ${String(s.seatsOwned).padStart(6)} ${String(s.holders).padStart(9)} ${String(s.inScope).padStart(9)}${s.inScope > s.seatsOwned ? '  more users than seats' : ''}`);
  }
  for (const u of r.unknownSkus) lines.push(`${u.skuPartNumber.padEnd(26)}      ? ${String(u.holders).padStart(9)}   (not in the SKU table)`);
  lines.push('', 'Per wave (covered / not covered):');
  for (const w of r.byWave) lines.push(`  ${w.name}: ${w.covered} / ${w.uncovered}`);
  if (r.uncovered.length > 0) {
    lines.push('', 'Not covered:');
    for (const u of r.uncovered) lines.push(`  ${u.upn}  (${u.wave}) ${UNCOVERED_REASON_TEXT[u.reason]}${u.held.length ? `: ${u.held.join(', ')}` : ''}`);
  }
  return lines;
}

export type LicensesJson = ApiOutputs['tenant.licenses'] & { plan: string };
