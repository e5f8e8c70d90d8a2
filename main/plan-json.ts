import { z } from 'zod';
import { jsonPosition } from '../shared/text';
import { ApiError } from '../shared/errors';
import { PLAN_SCHEMA_VERSION, planSchema, type Plan } from '../shared/plan/schema';
import { tenantSchema, type Tenant } from '../shared/plan/tenant';
import type { EvidenceFile } from './store/plan-store';

/** The JSON export of a whole plan: its sections and its tenant snapshot. */
const exportSchema = z.object({
  format: z.literal('sspr-rollout-plan', { error: 'is not "sspr-rollout-plan"; this is not a plan export' }),
  schemaVersion: z.number().int(),
  exportedAt: z.string().optional(),
  plan: z.unknown(),
  tenant: tenantSchema,
  /** Test-run evidence files, base64; older exports have none. */
  evidence: z.array(z.object({ id: z.string().min(1).max(100), dataBase64: z.base64() })).default([]),
});

export interface PlanContents {
  plan: Plan;
  tenant: Tenant;
  evidence: EvidenceFile[];
}

export function planToJson({ plan, tenant, evidence }: PlanContents): string {
  return JSON.stringify(
    {
      format: 'sspr-rollout-plan',
      schemaVersion: PLAN_SCHEMA_VERSION,
      exportedAt: new Date().toISOString(),
      plan,
      tenant,
      evidence: evidence.map((e) => ({ id: e.id, dataBase64: e.data.toString('base64') })),
    },
    null,
    2,
  );
}

/** Line and column of a JSON.parse failure, when the engine reports a position. */

export function issuePath(prefix: string, issue: z.core.$ZodIssue | undefined): string {
  return [prefix, ...(issue?.path ?? []).map(String)].filter(Boolean).join('.');
}

/** Parses an export, naming the first wrong field; `source` is the file name or "the JSON". */
export function planFromJson(text: string, source: string): PlanContents {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const msg = (e as Error).message;
    throw new ApiError('JSON_INVALID', `${source} is not valid JSON${jsonPosition(text)}: ${msg}`);
  }
  const outer = exportSchema.safeParse(raw);
  if (!outer.success) {
    const issue = outer.error.issues[0];
    throw new ApiError('JSON_INVALID', `${source}: ${issuePath('', issue) || 'top level'} ${issue?.message ?? 'is invalid'}`);
  }
  // The plan file keeps one row per user (UPNs compare without case); a repeat would fail the write as if the disk had.
  const firstAt = new Map<string, number>();
  outer.data.tenant.users.forEach((u, i) => {
    const first = firstAt.get(u.upn.toLowerCase());
    if (first !== undefined) {
      throw new ApiError('JSON_INVALID', `${source}: tenant.users.${i}.upn: ${u.upn} appears again (first as tenant.users.${first}); each user may appear once.`);
    }
    firstAt.set(u.upn.toLowerCase(), i);
  });
  if (outer.data.schemaVersion > PLAN_SCHEMA_VERSION) {
    throw new ApiError(
      'PLAN_FROM_NEWER_VERSION',
      `${source} was exported by a newer version (plan format ${outer.data.schemaVersion}; this app reads up to ${PLAN_SCHEMA_VERSION}). Update the app to import it.`,
    );
  }
  // Version 2 changed only how a plan file stores memberships; an older export's sections read as they are.
  const sections = outer.data.plan;
  const upgraded = typeof sections === 'object' && sections !== null ? { ...sections, schemaVersion: PLAN_SCHEMA_VERSION } : sections;
  const plan = planSchema.safeParse(upgraded);
  if (!plan.success) {
    const issue = plan.error.issues[0];
    throw new ApiError('JSON_INVALID', `${source}: ${issuePath('plan', issue)}: ${issue?.message ?? 'invalid value'}`);
  }
  const evidence = outer.data.evidence.map((e) => ({ id: e.id, data: Buffer.from(e.dataBase64, 'base64') }));
  const referenced = new Set(plan.data.testing.runs.flatMap((r) => r.evidence.map((f) => f.id)));
  const missing = [...referenced].filter((id) => !evidence.some((e) => e.id === id));
  if (missing.length > 0) {
    throw new ApiError('JSON_INVALID', `${source}: the test runs refer to evidence files that are not in the export (${missing.slice(0, 3).join(', ')}).`);
  }
  return { plan: plan.data, tenant: outer.data.tenant, evidence };
}
