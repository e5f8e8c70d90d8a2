// Seeded generator of a large Entra ID tenant export (users, group members, registration details)
// in the real CSV formats, for the tenant import benchmark. The same options give byte-identical files.
import { closeSync, mkdirSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '../shared/simulator/rollout';

export interface GeneratedTenant {
  dir: string;
  users: string;
  groupMembers: { group: string; file: string }[];
  registration: string;
  userCount: number;
  membershipCount: number;
  groupCount: number;
  bytes: number;
}

const USERS_HEADER =
  'userPrincipalName,displayName,surname,mail,givenName,id,userType,jobTitle,department,accountEnabled,usageLocation,city,country,officeLocation,mobilePhone,alternateEmailAddress,directorySynced,createdDateTime,assignedLicenses';
const MEMBERS_HEADER = 'Object ID,User principal name,Display name,Member type';
const REGISTRATION_HEADER =
  'userPrincipalName,userDisplayName,userType,isAdmin,isSsprRegistered,isSsprEnabled,isSsprCapable,isMfaRegistered,methodsRegistered,lastUpdatedDateTime';

const MAX_GROUPS = 1000;
/** Average rows per group while the tenant has fewer than MAX_GROUPS groups. */
const ROWS_PER_GROUP = 50;
/** Skew of group sizes: the group of rank r gets a share proportional to 1 / r^s. */
const GROUP_SIZE_SKEW = 1.1;
/** Largest share of all users one group holds, unless the membership total needs more. */
const MAX_GROUP_SHARE = 0.5;

const FIRST_NAMES = [
  'Ann', 'Ben', 'Carla', 'David', 'Emma', 'Felix', 'Grace', 'Hannah', 'Ivan', 'Julia', 'Karim', 'Laura', 'Marco', 'Nina', 'Oliver',
  'Paula', 'Quentin', 'Rosa', 'Samuel', 'Tara', 'Umar', 'Vera', 'William', 'Xenia', 'Yusuf', 'Zoe', 'Aiko', 'Björn', 'Chloé', 'Dmitri',
  'Elif', 'François', 'Giulia', 'Håkon', 'Inès', 'Jürgen', 'Kenji', 'Lucía', 'Mateo', 'Noémie', 'Olga', 'Priya', 'Raj', 'Søren', 'Thu',
  'Wei', 'Zoë', 'Adam', 'Maria', 'John', 'Sarah', 'Michael', 'Linda', 'James', 'Fatima', 'Chen', 'Amara', 'Lars', 'Ingrid', 'Pedro',
];
const LAST_NAMES = [
  'Smith', 'Johnson', 'Müller', 'Schmidt', 'García', 'Martínez', 'Rossi', 'Bianchi', 'Dubois', 'Lefèvre', 'Kowalski', 'Nowak', 'Novák',
  'Jensen', 'Hansen', 'Andersson', 'Virtanen', 'Silva', 'Santos', 'Tanaka', 'Suzuki', 'Kim', 'Lee', 'Wang', 'Li', 'Nguyen', 'Patel',
  'Singh', 'Khan', 'Ahmed', 'Yılmaz', 'Kaya', 'Ivanova', 'Petrov', 'Brown', 'Taylor', 'Wilson', 'Davies', 'Evans', 'Thomas', 'Roberts',
  "O'Brien", 'Murphy', 'Walsh', 'Van Dijk', 'De Vries', 'Bakker', 'Fischer', 'Weber', 'Wagner', 'Becker', 'Hoffmann', 'Schulz', 'Koch',
  'Richter', 'Klein', 'Wolf', 'Neumann', 'Zimmermann', 'Krüger',
];
const DEPARTMENTS = [
  'Sales', 'Marketing', 'Finance', 'HR', 'IT', 'Engineering', 'Legal', 'Operations', 'Support', 'Procurement', 'Logistics',
  'Manufacturing', 'Research', 'Quality', 'Facilities', 'Security', 'Communications', 'Strategy', 'Training', 'Risk',
];
const SITES = [
  { city: 'Berlin', country: 'Germany', usage: 'DE', phone: '+49 30' },
  { city: 'Munich', country: 'Germany', usage: 'DE', phone: '+49 89' },
  { city: 'London', country: 'United Kingdom', usage: 'GB', phone: '+44 20' },
  { city: 'Dublin', country: 'Ireland', usage: 'IE', phone: '+353 1' },
  { city: 'Paris', country: 'France', usage: 'FR', phone: '+33 1' },
  { city: 'Madrid', country: 'Spain', usage: 'ES', phone: '+34 91' },
  { city: 'Amsterdam', country: 'Netherlands', usage: 'NL', phone: '+31 20' },
  { city: 'Zurich', country: 'Switzerland', usage: 'CH', phone: '+41 44' },
  { city: 'Vienna', country: 'Austria', usage: 'AT', phone: '+43 1' },
  { city: 'Warsaw', country: 'Poland', usage: 'PL', phone: '+48 22' },
  { city: 'Prague', country: 'Czechia', usage: 'CZ', phone: '+420 2' },
  { city: 'Stockholm', country: 'Sweden', usage: 'SE', phone: '+46 8' },
  { city: 'Oslo', country: 'Norway', usage: 'NO', phone: '+47 2' },
  { city: 'Seattle', country: 'United States', usage: 'US', phone: '+1 206' },
  { city: 'Chicago', country: 'United States', usage: 'US', phone: '+1 312' },
  { city: 'Austin', country: 'United States', usage: 'US', phone: '+1 512' },
  { city: 'Toronto', country: 'Canada', usage: 'CA', phone: '+1 416' },
  { city: 'Sydney', country: 'Australia', usage: 'AU', phone: '+61 2' },
  { city: 'Tokyo', country: 'Japan', usage: 'JP', phone: '+81 3' },
  { city: 'Singapore', country: 'Singapore', usage: 'SG', phone: '+65' },
];
const OFFICE_KINDS = ['HQ', 'Campus', 'Office'];
const JOB_TITLES = [
  'Account Manager', 'Analyst', 'Senior Analyst', 'Consultant', 'Developer', 'Senior Developer', 'Engineer', 'Team Lead', 'Manager',
  'Director', 'Specialist', 'Coordinator', 'Administrator', 'Technician', 'Assistant', 'Architect', 'Head of Department', 'Intern',
];
/** Values a spreadsheet would read as formulas; the importer must keep them as text. */
const FORMULA_TITLES = ['=1+1', '+SUM(A1)', '-2+3', '@SUM(A1,A2)', '=HYPERLINK("http://example.com","x")'];
const GUEST_DOMAINS = ['fabrikam.com', 'northwindtraders.com', 'adatum.com', 'tailspintoys.com', 'wingtiptoys.com'];
const LICENSE_SETS = [
  'SPE_E3', 'SPE_E3', 'SPE_E3', 'SPE_E3;AAD_PREMIUM_P2', 'SPE_E3;AAD_PREMIUM_P2', 'O365_BUSINESS_PREMIUM;AAD_PREMIUM',
  'O365_BUSINESS_PREMIUM;EMS', 'O365_BUSINESS_PREMIUM', 'AAD_PREMIUM', 'AAD_PREMIUM_P2', 'SPE_E3;EMS;AAD_PREMIUM_P2',
];
/** Graph `methodsRegistered` names with the chance a registered user has each. */
const METHODS: { name: string; chance: number; mfa: boolean; sspr: boolean }[] = [
  { name: 'microsoftAuthenticatorPush', chance: 0.7, mfa: true, sspr: true },
  { name: 'softwareOneTimePasscode', chance: 0.4, mfa: true, sspr: true },
  { name: 'mobilePhone', chance: 0.55, mfa: true, sspr: true },
  { name: 'email', chance: 0.3, mfa: false, sspr: true },
  { name: 'officePhone', chance: 0.05, mfa: true, sspr: true },
  { name: 'securityQuestion', chance: 0.05, mfa: false, sspr: true },
  { name: 'windowsHelloForBusiness', chance: 0.15, mfa: true, sspr: false },
];

const CREATED_FROM = Date.UTC(2016, 0, 1);
const CREATED_TO = Date.UTC(2026, 8, 30);
const REGISTERED_FROM = Date.UTC(2024, 0, 1);
const REGISTERED_TO = Date.UTC(2026, 9, 4, 23, 59, 59);

type Rng = () => number;

/** One independent stream per file, so changing how one file draws numbers leaves the others as they were. */
function stream(seed: number, salt: number): Rng {
  let h = Math.imul((seed >>> 0) ^ Math.imul(salt, 0x9e3779b9), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return mulberry32(h ^ (h >>> 16));
}

const int = (rng: Rng, n: number) => Math.floor(rng() * n);
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[int(rng, xs.length)];

function guid(rng: Rng): string {
  const hex = (n: number) => Math.floor(rng() * 2 ** (4 * n)).toString(16).padStart(n, '0');
  const variant = (8 + int(rng, 4)).toString(16);
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(6)}${hex(6)}`;
}

/** Quotes a field only when CSV requires it (comma, quote or line break). */
function csv(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The admin center's en-US format, e.g. `8/19/2021 1:25:31 PM`; UTC so the time zone does not change the bytes. */
function localeDateTime(ms: number): string {
  const d = new Date(ms);
  const h = d.getUTCHours();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${h % 12 || 12}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
}

const flag = (b: boolean) => (b ? 'True' : 'False');
const isoDateTime = (ms: number) => `${new Date(ms).toISOString().slice(0, 19)}Z`;
const randomTime = (rng: Rng, from: number, to: number) => from + Math.floor(rng() * ((to - from) / 1000)) * 1000;
const asciiName = (name: string) => name.normalize('NFD').toLowerCase().replace(/[^a-z]/g, '');

/** A CSV file written as UTF-8 with BOM and CRLF through one fixed buffer, so large exports never sit in memory whole. */
class CsvWriter {
  private readonly fd: number;
  private readonly buffer = Buffer.allocUnsafe(1 << 20);
  private used = 0;
  bytes = 0;

  constructor(file: string, header: string) {
    this.fd = openSync(file, 'w');
    this.row(`\uFEFF${header}`);
  }

  row(line: string): void {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8, so this always leaves room for the line.
    const most = line.length * 3 + 2;
    if (this.buffer.length - this.used < most) this.flush();
    if (most > this.buffer.length) {
      this.put(Buffer.from(`${line}\r\n`, 'utf8'));
      return;
    }
    this.used += this.buffer.write(line, this.used, 'utf8');
    this.buffer[this.used++] = 0x0d;
    this.buffer[this.used++] = 0x0a;
  }

  /** A line already encoded, CRLF included. */
  encodedRow(bytes: Buffer): void {
    if (this.buffer.length - this.used < bytes.length) this.flush();
    if (bytes.length > this.buffer.length) this.put(bytes);
    else this.used += bytes.copy(this.buffer, this.used);
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }

  private flush(): void {
    this.put(this.buffer.subarray(0, this.used));
    this.used = 0;
  }

  private put(bytes: Buffer): void {
    for (let done = 0; done < bytes.length; ) done += writeSync(this.fd, bytes, done);
    this.bytes += bytes.length;
  }
}

/** `count` distinct indices in [0, n), drawn up front so rare oddities land at seeded places. */
function sampleIndices(rng: Rng, n: number, count: number): Set<number> {
  const out = new Set<number>();
  while (out.size < Math.min(count, n)) out.add(int(rng, n));
  return out;
}

/**
 * Splits `total` over groups in proportion to `weights`, no group above `cap`: groups whose share
 * would pass the cap are fixed at it and the rest is shared again; largest remainders round to integers.
 */
function allocate(total: number, weights: readonly number[], cap: number): number[] {
  if (total > cap * weights.length) {
    throw new RangeError(`${total} user memberships do not fit in ${weights.length} groups of at most ${cap} users.`);
  }
  const sizes = new Array<number>(weights.length).fill(0);
  let active = weights.map((_, i) => i);
  let remaining = total;
  for (;;) {
    const sum = active.reduce((s, i) => s + weights[i], 0);
    const over = active.filter((i) => (remaining * weights[i]) / sum > cap);
    if (over.length === 0) break;
    for (const i of over) sizes[i] = cap;
    remaining -= cap * over.length;
    active = active.filter((i) => sizes[i] === 0);
  }
  const sum = active.reduce((s, i) => s + weights[i], 0);
  const fractions: { i: number; rest: number }[] = [];
  for (const i of active) {
    const share = (remaining * weights[i]) / sum;
    sizes[i] = Math.floor(share);
    fractions.push({ i, rest: share - sizes[i] });
  }
  let left = total - sizes.reduce((s, n) => s + n, 0);
  fractions.sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of fractions) {
    if (left === 0) break;
    sizes[i]++;
    left--;
  }
  return sizes;
}

interface Group {
  name: string;
  id: string;
  nested: Group[];
  userRows: number;
}

function writeUsers(dir: string, count: number, seed: number) {
  const rng = stream(seed, 1);
  const reg = stream(seed, 2);
  // Each user's group-member line, encoded once: groups hold 5x as many rows as there are users.
  const memberRows: Buffer[] = new Array(count);
  const quotedOffices = sampleIndices(rng, count, Math.max(1, Math.min(10, Math.ceil(count / 10000))));
  const multilineOffices = sampleIndices(rng, count, 2);
  const users = new CsvWriter(path.join(dir, 'users.csv'), USERS_HEADER);
  const registration = new CsvWriter(path.join(dir, 'registration.csv'), REGISTRATION_HEADER);

  for (let i = 0; i < count; i++) {
    const given = pick(rng, FIRST_NAMES);
    const surname = pick(rng, LAST_NAMES);
    const guest = rng() < 0.01;
    const local = `${asciiName(given)}.${asciiName(surname)}.${i + 1}`;
    const home = pick(rng, GUEST_DOMAINS);
    const upn = guest ? `${local}_${home}#EXT#@contoso.onmicrosoft.com` : `${local}@contoso.com`;
    const roll = rng();
    const displayName =
      roll < 0.004 ? `${surname}, Jr., ${given}` : roll < 0.008 ? `${surname}, ${given}` : roll < 0.01 ? `${given} ${surname}, PhD` : `${given} ${surname}`;
    const id = guid(rng);
    const site = pick(rng, SITES);
    const jobTitle = rng() < 0.001 ? pick(rng, FORMULA_TITLES) : guest ? '' : pick(rng, JOB_TITLES);
    const department = guest || rng() < 0.03 ? '' : pick(rng, DEPARTMENTS);
    const enabled = rng() >= 0.02;
    let office = guest ? '' : `${site.city} ${pick(rng, OFFICE_KINDS)}, Floor ${1 + int(rng, 12)}`;
    if (quotedOffices.has(i)) office = `${site.city} "Tower" Building`;
    if (multilineOffices.has(i)) office = `${site.city} Campus\nBuilding ${1 + int(rng, 9)}, Room ${100 + int(rng, 400)}`;
    const mobile = guest || rng() < 0.4 ? '' : `${site.phone} ${1000000 + int(rng, 9000000)}`;
    const alternate = rng() < 0.1 ? `${local}@outlook.com` : '';
    const synced = !guest && rng() < 0.7;
    const created = localeDateTime(randomTime(rng, CREATED_FROM, CREATED_TO));
    const licenses = rng() < (guest ? 0.9 : 0.05) ? '' : pick(rng, LICENSE_SETS);

    const name = csv(displayName);
    memberRows[i] = Buffer.from(`${id},${upn},${name},User\r\n`, 'utf8');
    users.row(
      [
        upn, name, csv(surname), guest ? `${local}@${home}` : upn, csv(given), id, guest ? 'Guest' : 'Member', csv(jobTitle), department,
        flag(enabled), site.usage, site.city, site.country, csv(office), mobile, alternate, synced ? 'True' : '', created, licenses,
      ].join(','),
    );

    const registered = reg() >= 0.4;
    const methods = registered ? METHODS.filter((m) => reg() < m.chance) : [];
    if (registered && methods.length === 0) methods.push(METHODS[0]);
    const ssprRegistered = methods.some((m) => m.sspr);
    const ssprEnabled = !guest && reg() < 0.65;
    registration.row(
      [
        upn, name, guest ? 'guest' : 'member', flag(reg() < 0.005), flag(ssprRegistered), flag(ssprEnabled), flag(ssprRegistered && ssprEnabled),
        flag(methods.some((m) => m.mfa)), methods.map((m) => m.name).join(';'),
        registered ? isoDateTime(randomTime(reg, REGISTERED_FROM, REGISTERED_TO)) : '',
      ].join(','),
    );
  }
  users.close();
  registration.close();
  return { memberRows, bytes: users.bytes + registration.bytes };
}

/**
 * Dept-, Site-, SSPR-Pilot and Project- groups hold users, sized by rank (Dept- biggest, Projects smallest);
 * each SSPR-Wave holds Dept-/Site- groups and SSPR-Pilot one Project group, which hold only users: no cycles.
 */
function planGroups(rng: Rng, memberships: number, users: number): Group[] {
  const group = (name: string): Group => ({ name, id: guid(rng), nested: [], userRows: 0 });
  const depts = DEPARTMENTS.map((d) => group(`Dept-${d}`));
  const sites = SITES.map((s) => group(`Site-${s.city}`));
  const pilot = group('SSPR-Pilot');
  const waves = [1, 2, 3, 4].map((n) => group(`SSPR-Wave-${n}`));
  const fixed = depts.length + sites.length + 1 + waves.length;
  // Fewer users than ROWS_PER_GROUP cap every group lower, so more groups are needed for the same rows.
  const wanted = Math.ceil(memberships / Math.min(ROWS_PER_GROUP, users)) + waves.length;
  const projectCount = Math.min(MAX_GROUPS, Math.max(fixed, wanted)) - fixed;
  const projects = Array.from({ length: projectCount }, (_, n) => group(`Project-${String(n + 1).padStart(4, '0')}`));

  const pool = [...depts, ...sites];
  for (let j = pool.length - 1; j > 0; j--) {
    const k = int(rng, j + 1);
    [pool[j], pool[k]] = [pool[k], pool[j]];
  }
  for (const wave of waves) wave.nested = pool.splice(0, 4 + int(rng, 3));
  pilot.nested = [projects[0] ?? depts[0]];

  // Nested rows come out of the membership budget first; a tiny budget keeps only the first few.
  let nestedRows = 0;
  for (const g of [pilot, ...waves]) {
    g.nested = g.nested.slice(0, Math.max(0, memberships - nestedRows));
    nestedRows += g.nested.length;
  }

  const holders = [...depts, ...sites, ...projects];
  holders.splice(Math.min(holders.length, 60), 0, pilot);
  const userRows = memberships - nestedRows;
  const cap = Math.min(users, Math.max(Math.ceil(users * MAX_GROUP_SHARE), Math.ceil(userRows / holders.length)));
  const sizes = allocate(userRows, holders.map((_, r) => 1 / (r + 1) ** GROUP_SIZE_SKEW), cap);
  holders.forEach((g, r) => (g.userRows = sizes[r]));
  return [...depts, ...sites, pilot, ...waves, ...projects];
}

function writeGroups(dir: string, groups: Group[], memberRows: readonly Buffer[], seed: number) {
  const rng = stream(seed, 3);
  const folder = path.join(dir, 'groups');
  mkdirSync(folder, { recursive: true });
  // Files left by an earlier run with more groups would otherwise be read as part of this tenant.
  const names = new Set(groups.map((g) => `${g.name}.csv`));
  for (const name of readdirSync(folder)) if (name.endsWith('.csv') && !names.has(name)) rmSync(path.join(folder, name));
  // Partial Fisher-Yates over one shared permutation: each group takes distinct users in O(size).
  const order = Int32Array.from({ length: memberRows.length }, (_, i) => i);
  let bytes = 0;
  const files: { group: string; file: string }[] = [];
  for (const g of groups) {
    const file = path.join(folder, `${g.name}.csv`);
    const out = new CsvWriter(file, MEMBERS_HEADER);
    for (const nested of g.nested) out.row(`${nested.id},,${nested.name},Group`);
    for (let j = 0; j < g.userRows; j++) {
      const k = j + int(rng, order.length - j);
      const u = order[k];
      order[k] = order[j];
      order[j] = u;
      out.encodedRow(memberRows[u]);
    }
    out.close();
    bytes += out.bytes;
    files.push({ group: g.name, file });
  }
  return { files, bytes };
}

export function generateTenantFiles(dir: string, options: { users: number; memberships: number; seed: number }): GeneratedTenant {
  const { users, memberships, seed } = options;
  if (!Number.isSafeInteger(users) || users < 1) throw new RangeError(`users must be a whole number of at least 1, not ${users}.`);
  if (!Number.isSafeInteger(memberships) || memberships < 0) throw new RangeError(`memberships must be a whole number, not ${memberships}.`);
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a whole number, not ${seed}.`);
  const root = path.resolve(dir);
  mkdirSync(root, { recursive: true });
  const groups = planGroups(stream(seed, 4), memberships, users);
  const written = writeUsers(root, users, seed);
  const members = writeGroups(root, groups, written.memberRows, seed);
  return {
    dir: root,
    users: path.join(root, 'users.csv'),
    groupMembers: members.files,
    registration: path.join(root, 'registration.csv'),
    userCount: users,
    membershipCount: groups.reduce((n, g) => n + g.nested.length + g.userRows, 0),
    groupCount: groups.length,
    bytes: written.bytes + members.bytes,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [out, users = '100000', memberships = '500000', seed = '1'] = process.argv.slice(2);
  if (!out) {
    console.error('usage: npx tsx bench/tenant-data.ts OUTDIR [users] [memberships] [seed]');
    process.exit(2);
  }
  const started = performance.now();
  const result = generateTenantFiles(out, { users: Number(users), memberships: Number(memberships), seed: Number(seed) });
  const { groupMembers, ...summary } = result;
  console.log(JSON.stringify({ ...summary, groupFiles: groupMembers.length, ms: Math.round(performance.now() - started) }, null, 2));
}
