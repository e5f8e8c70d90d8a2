/** The files chosen for a tenant import, before they are sent; no DOM or API use, so it is testable on its own. */

/** The single files of a tenant export: the users file and the optional ones beside it. */
export type SingleSlot = 'users' | 'licenses' | 'roles' | 'registration';

export interface MemberFile {
  key: string;
  file: File;
  group: string;
}

export interface TenantChoice {
  single: Record<SingleSlot, File | null>;
  members: MemberFile[];
}

export const EMPTY_CHOICE: TenantChoice = { single: { users: null, licenses: null, roles: null, registration: null }, members: [] };

/** "Finance.csv" → "Finance": Entra's member download does not say which group it lists, the file name usually does. */
export function groupFromFileName(name: string): string {
  return name.replace(/\.(csv|txt)$/i, '').trim();
}
