import { createDemoPlan } from '../shared/plan/demo';
import { createDemoTenant } from '../shared/plan/demoTenant';
import type { MethodId } from '../shared/plan/methods';
import type { TenantUser } from '../shared/plan/tenant';
import { isRegistered } from '../shared/tenant/registration';

/**
 * The Contoso demo tenant as the files Entra ID and PowerShell export, in their real formats and
 * encodings, so the import can be tried (and is tested) on something that looks like the real
 * thing. `npm run demo-tenant` writes them to demo/contoso/; a test keeps them in step.
 */

export const DEMO_TENANT_DIR = 'demo/contoso';

const BOM = '\uFEFF';
const CRLF = '\r\n';

/** A CSV cell quoted only when it needs to be, as the admin center writes. */
const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const lines = (rows: string[][]) => rows.map((r) => r.map(cell).join(',')).join(CRLF) + CRLF;
/** Windows PowerShell's Export-Csv: a #TYPE line, then every value in quotes. */
const exportCsv = (rows: string[][]) =>
  `#TYPE System.Management.Automation.PSCustomObject${CRLF}${rows.map((r) => r.map((v) => `"${v.replace(/"/g, '""')}"`).join(',')).join(CRLF)}${CRLF}`;

/** A stable GUID-shaped id from a name, so the files do not change between runs. */
function idOf(name: string): string {
  let h = 2166136261;
  const hex: string[] = [];
  for (let round = 0; round < 4; round++) {
    for (const ch of `${round}:${name}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
    hex.push(h.toString(16).padStart(8, '0'));
  }
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-4${s.slice(13, 16)}-a${s.slice(17, 20)}-${s.slice(20, 32)}`;
}

const GRAPH_METHOD: Record<MethodId, string> = {
  appNotification: 'microsoftAuthenticatorPush',
  appCode: 'softwareOneTimePasscode',
  email: 'email',
  mobilePhone: 'mobilePhone',
  officePhone: 'officePhone',
  securityQuestions: 'securityQuestion',
};

/** Methods as the registration report lists them: questions only once enough were answered. */
function reportedMethods(u: TenantUser, questionsToRegister: number): string[] {
  return (Object.keys(u.registered) as MethodId[])
    .filter((id) => id !== 'securityQuestions' || Number(u.registered[id]) >= questionsToRegister || u.registered[id] === true)
    .map((id) => GRAPH_METHOD[id]);
}

export function demoTenantFiles(): Record<string, Buffer> {
  const tenant = createDemoTenant();
  const { policy } = createDemoPlan('Contoso');
  const files: Record<string, Buffer> = {};

  const header = ['userPrincipalName', 'displayName', 'surname', 'mail', 'givenName', 'id', 'userType', 'jobTitle', 'department', 'accountEnabled', 'usageLocation', 'mobilePhone', 'alternateEmailAddress', 'directorySynced', 'createdDateTime'];
  const department = (u: TenantUser) => tenant.groups.find((g) => !g.name.startsWith('SSPR-') && !g.name.startsWith('LIC-') && g.members.includes(u.upn))?.name ?? '';
  const userRows = tenant.users.map((u, n) => {
    const names = u.displayName.replace(/ \(.*\)$/, '').split(' ');
    return [
      u.upn,
      u.displayName,
      names.slice(1).join(' '),
      u.upn,
      names[0],
      idOf(u.upn),
      'Member',
      '',
      department(u),
      'True',
      'US',
      '',
      '',
      u.synced ? 'True' : '',
      `${1 + (n % 12)}/${1 + (n % 28)}/2021 ${1 + (n % 12)}:${String(n % 60).padStart(2, '0')}:31 ${n % 2 ? 'PM' : 'AM'}`,
    ];
  });
  // Accounts a real export holds that SSPR does not serve: a guest and a disabled leaver.
  userRows.push(
    ['partner_fabrikam.com#EXT#@contoso.onmicrosoft.com', 'Pat Partner (Fabrikam)', 'Partner', 'pat@fabrikam.com', 'Pat', idOf('guest'), 'Guest', '', '', 'True', 'US', '', '', '', '3/2/2024 9:10:11 AM'],
    ['left.employee@contoso.com', 'Left Employee', 'Employee', 'left.employee@contoso.com', 'Left', idOf('leaver'), 'Member', '=HYPERLINK("http://x")', 'Sales', 'False', 'US', '', '', 'True', '6/30/2022 5:00:00 PM'],
  );
  files['users.csv'] = Buffer.from(BOM + lines([header, ...userRows]));

  for (const g of tenant.groups) {
    const rows = g.members.map((m) =>
      m.startsWith('group:')
        ? [idOf(m.slice(6)), '', m.slice(6), 'Group']
        : [idOf(m), m, tenant.users.find((u) => u.upn === m)?.displayName ?? m, 'User'],
    );
    files[`groups/${g.name}.csv`] = Buffer.from(BOM + lines([['Object ID', 'User principal name', 'Display name', 'Member type'], ...rows]));
  }

  files['licenses.csv'] = Buffer.from(
    exportCsv([['userPrincipalName', 'skuPartNumber'], ...tenant.users.filter((u) => u.licenses.length > 0).map((u) => [u.upn, u.licenses.join(';')])]),
  );

  const roleRows = tenant.users.flatMap((u) => [
    ...u.roles.map((r) => [u.upn, r]),
    ...(u.onPremAdmin ? [[u.upn, 'Domain Admins']] : []),
  ]);
  // Windows PowerShell's Export-Csv -Encoding Unicode writes UTF-16 little-endian with a BOM.
  files['roles.csv'] = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(exportCsv([['userPrincipalName', 'role'], ...roleRows]), 'utf16le')]);

  const registrationRows = tenant.users.map((u) => {
    const methods = reportedMethods(u, policy.questionsToRegister);
    const registered = isRegistered(u, policy);
    return [
      u.upn,
      u.displayName,
      'member',
      u.roles.length > 0 ? 'True' : 'False',
      registered ? 'True' : 'False',
      'True',
      registered ? 'True' : 'False',
      methods.length > 0 ? 'True' : 'False',
      methods.join(';'),
      methods.length > 0 && u.registeredOn ? `${u.registeredOn}T09:30:00Z` : '',
    ];
  });
  files['registration.csv'] = Buffer.from(
    lines([
      ['userPrincipalName', 'userDisplayName', 'userType', 'isAdmin', 'isSsprRegistered', 'isSsprEnabled', 'isSsprCapable', 'isMfaRegistered', 'methodsRegistered', 'lastUpdatedDateTime'],
      ...registrationRows,
    ]),
  );
  return files;
}
