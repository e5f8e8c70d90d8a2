// One import of a generated tenant in a process of its own, so its peak memory is the import's.
// Prints one JSON line: import time, peak RSS, reopen time and a cold license report.
import { createApi } from '../main/api';
import { PlanStore } from '../main/store/plan-store';
import { licenseReport } from '../shared/tenant/coverage';
import type { GeneratedTenant } from './tenant-data';

const [dataDir, planPath, filesJson] = process.argv.slice(2);
const files = JSON.parse(filesJson) as GeneratedTenant;

const api = createApi({ mode: 'cli', dataDir });
await api.invoke('plan.create', { path: planPath, demo: true });
const start = performance.now();
const result = await api.invoke('tenant.importFiles', {
  users: files.users,
  groupMembers: files.groupMembers,
  registration: files.registration,
});
const importMs = performance.now() - start;
const peakRssMb = process.resourceUsage().maxRSS / 1024;
// Every edit re-runs the rules against the whole tenant; figures kept per snapshot keep that cheap.
const edits: number[] = [];
for (let i = 0; i < 50; i++) {
  const t = performance.now();
  await api.invoke('plan.update', { changes: [{ path: 'businessCase.passwordCallsPerMonth', value: 500 + i }] });
  edits.push(performance.now() - t);
}
const editMs = edits.sort((a, b) => a - b)[25];
api.close();

const reopen = performance.now();
const store = PlanStore.open(planPath);
const { plan, tenant } = store.read();
const readMs = performance.now() - reopen;
store.close();
// A snapshot just read has no cached figures, so this is the report's full cost.
const reportStart = performance.now();
const report = licenseReport(plan, tenant);
const reportMs = performance.now() - reportStart;

console.log(JSON.stringify({ importMs, peakRssMb, editMs, readMs, reportMs, users: result.summary.counts.users, memberships: result.summary.counts.memberships, inScope: report.inScope }));
