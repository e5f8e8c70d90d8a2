import type { MethodId } from './methods';
import type { Tenant, TenantGroup, TenantUser } from './tenant';

/**
 * A small, fixed Contoso directory (about 60 accounts) for the demo plan and tests.
 * Everything is generated from the tables below, so it is the same on every run.
 */

const DOMAIN = 'contoso.com';

/**
 * Registration state per user, one letter each, in the order of the department's names:
 * F app push + app code + mobile phone   P mobile phone + personal email
 * Q mobile phone + 5 security questions  E personal email + 5 security questions
 * H 3 security questions only (not enough to count)   M mobile phone only (one method)
 * - nothing registered
 */
type Profile = 'F' | 'P' | 'Q' | 'E' | 'H' | 'M' | '-';

interface Department {
  group: string;
  synced: boolean;
  licensed: boolean;
  names: string;
  registration: string;
}

const DEPARTMENTS: Department[] = [
  {
    group: 'IT-Staff',
    synced: true,
    licensed: true,
    names: 'Avery Lindqvist, Bruno Okafor, Chloe Marchetti, Dmitri Volkov, Elena Sato, Farid Haddad, Grace Nakamura, Hugo Brennan',
    registration: 'FFQFPFFP',
  },
  {
    group: 'Sales',
    synced: true,
    licensed: true,
    names:
      'Isabel Ferreira, Jonah Whitaker, Keiko Tanaka, Liam Fairbanks, Maya Kowalski, Nikhil Rao, Olivia Brandt, Pablo Ortega, Quinn Harlow, Rosa Delgado, Samir Aziz, Tessa Moreau',
    registration: 'PF-QM-F-HP--',
  },
  {
    group: 'Marketing',
    synced: false,
    licensed: true,
    names: 'Uma Patel, Victor Lemaire, Wendy Ashford, Xavier Dubois, Yara Nasser, Zoe Whitman, Adrian Cole, Bianca Rossi',
    registration: 'F-P--Q-M',
  },
  {
    group: 'Finance',
    synced: true,
    licensed: true,
    names: 'Caleb Morgan, Daria Novak, Ethan Brooks, Fatima Zahir, Gabriel Stone, Helena Berg, Ian McAllister, Julia Santos, Kofi Mensah',
    registration: 'QP--F--H-',
  },
  {
    group: 'Operations',
    synced: true,
    licensed: true,
    names:
      'Lars Eriksen, Mei Lin, Noah Fischer, Olga Ivanova, Peter Lang, Rania Saleh, Sofia Greco, Tobias Weber, Ursula Klein, Vikram Shah, Willa Grant, Yusuf Demir',
    registration: 'FM-----P--Q-',
  },
  { group: 'HR', synced: true, licensed: true, names: 'Amara Obi, Ben Carter, Clara Jensen, Diego Romero', registration: '-P--' },
  // External contractors: cloud-only guests of the business, never licensed.
  { group: 'Contractors', synced: false, licensed: false, names: 'Erin Walsh, Felix Hart, Gina Russo, Hamid Karimi', registration: 'M---' },
];

/** Entra roles held by everyday accounts (the help desk). */
const ROLES_BY_NAME: Record<string, string[]> = {
  'Farid Haddad': ['Password administrator'],
  'Grace Nakamura': ['Password administrator'],
  'Hugo Brennan': ['User administrator'],
};

/** Separate cloud-only admin accounts, licensed directly with Entra ID P2. */
const ADMIN_ACCOUNTS: { name: string; role: string }[] = [
  { name: 'Dmitri Volkov', role: 'Global administrator' },
  { name: 'Elena Sato', role: 'Privileged authentication administrator' },
];

/** Business volunteers who join the pilot next to IT. */
const PILOT_VOLUNTEERS = ['Isabel Ferreira', 'Caleb Morgan', 'Lars Eriksen'];

export const DEMO_TEST_ACCOUNT = `sspr.pilot.tester@${DOMAIN}`;
export const DEMO_ON_PREM_ADMIN = `da.hugo.brennan@${DOMAIN}`;

const REGISTRATION_DATES = [
  '2026-10-06',
  '2026-10-21',
  '2026-11-04',
  '2026-11-18',
  '2026-12-02',
  '2026-12-09',
  '2027-01-05',
  '2027-01-12',
  '2027-01-14',
  '2027-01-19',
];

function slug(name: string): string {
  return name
    .toLowerCase()
    .split(' ')
    .map((part) => part.replace(/[^a-z]/g, ''))
    .join('.');
}

const upnOf = (name: string) => `${slug(name)}@${DOMAIN}`;

/** Registered methods for a profile; `n` numbers the user so every phone and address differs. */
function registration(profile: Profile, name: string, n: number): Pick<TenantUser, 'registered' | 'registeredOn'> {
  const phone = `+1 425 555 ${String(100 + n).padStart(4, '0')}`;
  const email = `${slug(name)}@example.net`;
  const table: Record<Profile, Partial<Record<MethodId, string | boolean | number>>> = {
    F: { appNotification: true, appCode: true, mobilePhone: phone },
    P: { mobilePhone: phone, email },
    Q: { mobilePhone: phone, securityQuestions: 5 },
    E: { email, securityQuestions: 5 },
    H: { securityQuestions: 3 },
    M: { mobilePhone: phone },
    '-': {},
  };
  return {
    registered: { ...table[profile] },
    registeredOn: profile === '-' ? null : REGISTRATION_DATES[n % REGISTRATION_DATES.length],
  };
}

interface UserSeed {
  name: string;
  displayName: string;
  upn: string;
  roles: string[];
  licenses: string[];
  synced: boolean;
  onPremAdmin: boolean;
  profile: Profile;
}

function userSeeds(): UserSeed[] {
  const seeds: UserSeed[] = DEPARTMENTS.flatMap((d) =>
    d.names.split(', ').map((name, i) => ({
      name,
      displayName: name,
      upn: upnOf(name),
      roles: ROLES_BY_NAME[name] ?? [],
      licenses: d.licensed ? ['SPE_E3'] : [],
      synced: d.synced,
      onPremAdmin: false,
      profile: (d.registration[i] ?? '-') as Profile,
    })),
  );
  for (const a of ADMIN_ACCOUNTS) {
    seeds.push({
      name: a.name,
      displayName: `${a.name} (admin)`,
      upn: `adm.${upnOf(a.name)}`,
      roles: [a.role],
      licenses: ['AAD_PREMIUM_P2'],
      synced: false,
      onPremAdmin: false,
      profile: 'F',
    });
  }
  seeds.push(
    {
      name: 'SSPR Pilot Tester',
      displayName: 'SSPR Pilot Tester',
      upn: DEMO_TEST_ACCOUNT,
      roles: [],
      licenses: ['SPE_E3'],
      synced: true,
      onPremAdmin: false,
      profile: '-',
    },
    // A domain admin account that should never have been synced.
    {
      name: 'Hugo Brennan',
      displayName: 'Hugo Brennan (domain admin)',
      upn: DEMO_ON_PREM_ADMIN,
      roles: [],
      licenses: [],
      synced: true,
      onPremAdmin: true,
      profile: '-',
    },
  );
  return seeds;
}

function groups(): TenantGroup[] {
  const departments = DEPARTMENTS.map((d) => ({ name: d.group, members: d.names.split(', ').map(upnOf) }));
  return [
    ...departments,
    { name: 'SSPR-Pilot', members: ['group:IT-Staff', ...PILOT_VOLUNTEERS.map(upnOf), DEMO_TEST_ACCOUNT] },
    { name: 'SSPR-Wave-1', members: ['group:Sales', 'group:Marketing'] },
    { name: 'SSPR-Wave-2', members: ['group:Finance', 'group:Operations'] },
    {
      name: 'LIC-M365-E3',
      members: [...DEPARTMENTS.filter((d) => d.licensed).map((d) => `group:${d.group}`), DEMO_TEST_ACCOUNT],
    },
    { name: 'LIC-Entra-P2-Admins', members: ADMIN_ACCOUNTS.map((a) => `adm.${upnOf(a.name)}`) },
  ];
}

/** The demo directory: users carry their direct groups, and groups list their direct members. */
export function createDemoTenant(): Tenant {
  const allGroups = groups();
  const users: TenantUser[] = userSeeds().map((s, n) => ({
    upn: s.upn,
    displayName: s.displayName,
    groups: allGroups.filter((g) => g.members.includes(s.upn)).map((g) => g.name),
    roles: [...s.roles],
    licenses: [...s.licenses],
    synced: s.synced,
    onPremAdmin: s.onPremAdmin,
    ...registration(s.profile, s.name, n),
  }));
  return { users, groups: allGroups };
}
