import { z } from 'zod';
import { methodIdSchema } from './schema';

/** The organization's users and groups, in the field names of the scenario format (design.md). */
export const tenantUserSchema = z.object({
  upn: z.string().min(3).max(320),
  displayName: z.string().max(300),
  groups: z.array(z.string().max(300)).max(5000),
  roles: z.array(z.string().max(200)).max(100),
  licenses: z.array(z.string().max(100)).max(100),
  synced: z.boolean(),
  onPremAdmin: z.boolean(),
  registered: z.partialRecord(methodIdSchema, z.union([z.string().max(320), z.boolean(), z.number().int().min(0).max(5)])),
  registeredOn: z.iso.date().nullable(),
});

export const tenantGroupSchema = z.object({
  name: z.string().min(1).max(300),
  /** A user's UPN, or `group:NAME` for a nested group. */
  members: z.array(z.string().max(320)).max(1_000_000),
  /** SKU part numbers assigned to the group (group-based licensing), from an imported license file. */
  licenses: z.array(z.string().max(100)).max(100).optional(),
});

export const tenantSchema = z.object({
  users: z.array(tenantUserSchema),
  groups: z.array(tenantGroupSchema),
});

export type TenantUser = z.infer<typeof tenantUserSchema>;
export type TenantGroup = z.infer<typeof tenantGroupSchema>;
export type Tenant = z.infer<typeof tenantSchema>;

export const EMPTY_TENANT: Tenant = { users: [], groups: [] };
