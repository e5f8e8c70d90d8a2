import type { TenantFileKind } from '../../../shared/tenant/importSummary';

/** "4,650 users": a count in the user's number format. */
const amount = (n: number, singular: string, plural = `${singular}s`) => `${n.toLocaleString()} ${n === 1 ? singular : plural}`;

/**
 * Every user-visible string of the Licensing section. Facts follow sspr-domain.md §3 and §4; the
 * wording is ours.
 */
export const licensingStrings = {
  intro:
    'The licenses that allow self-service password reset, how many seats the organization owns, and which groups hand those licenses out. Microsoft lets unlicensed users reach the reset portal, so this plan has to check coverage itself. Every change is saved at once.',
  generalFindingsHeading: 'Findings about licensing as a whole',
  generalFindingsLabel: 'Licensing findings not tied to one field',
  tabsLabel: 'Licensing views',
  tabs: { licenses: 'Licenses and seats', tenant: 'Tenant data', coverage: 'Coverage by user' },

  coverage: {
    title: 'Seats and users in scope',
    description: 'Compare what the organization owns with the number of people who will be able to reset their password.',
    populationLabel: 'Users in scope',
    populationHint: 'Everyone SSPR will be enabled for at full rollout, administrators included.',
    seatsCaption: 'Qualifying seats',
    environment: { cloud: 'for cloud-only users', hybrid: 'for hybrid users (reset with writeback)' },
    noPopulation: 'Enter the number of users in scope to compare it with the seats.',
    covered: (seats: number, population: number) =>
      `The ${amount(seats, 'seat')} cover the ${amount(population, 'user')} in scope.`,
    short: (missing: number) => `${amount(missing, 'seat')} short of the population in scope.`,
  },

  tenant: {
    title: 'Tenant data',
    empty:
      'This plan holds no users from the tenant yet, so coverage is checked by group only: every group enabled for SSPR should appear under "Groups with licenses assigned". Import the organization to check every person.',
    users: (n: number) => `The plan's tenant snapshot holds ${amount(n, 'user')}.`,
    allCovered: 'Every user enabled for SSPR in the snapshot holds a license that covers their case.',
    uncovered: 'Some users enabled for SSPR are not covered:',
    importButton: 'Import tenant data',
    reimportButton: 'Import again',
    coverageButton: 'See coverage by user',
  },

  tenantImport: {
    title: 'Import the organization',
    description:
      'Download the exports from the Microsoft Entra admin center (or with PowerShell) and choose them here. Every file is read before anything is saved, so a refused file leaves the plan as it was. The files stay on this computer.',
    files: {
      users: {
        label: 'Users',
        hint: 'Required. The "Download users" export of the organization.',
        input: 'Choose the users file',
      },
      licenses: {
        label: 'Licenses',
        hint: 'Optional. Only needed when the users file has no license column: userPrincipalName (or groupName) and skuPartNumber.',
        input: 'Choose the licenses file',
      },
      roles: {
        label: 'Roles',
        hint: 'Optional. Only needed when the users file has no role column: userPrincipalName and role.',
        input: 'Choose the roles file',
      },
      registration: {
        label: 'Registration details',
        hint: 'Optional. The "User registration details" report: which methods each person has registered.',
        input: 'Choose the registration details file',
      },
    },
    choose: 'Choose file…',
    change: 'Change…',
    notChosen: 'No file chosen',
    removeFile: (what: string) => `Remove the ${what} file`,
    members: {
      label: 'Group members',
      hint: 'Optional. One "Download members" export per group. The group\u2019s name is taken from the file name; correct it where it differs.',
      add: 'Add member files…',
      input: 'Choose group member files',
      listLabel: 'Group member files',
      columns: { group: 'Group', file: 'Member export' },
      groupLabel: (file: string) => `Group listed in ${file}`,
      remove: (file: string) => `Remove ${file}`,
      groupRequired: 'Name the group this file lists.',
      groupTaken: (group: string) => `${group} is named for more than one file; each group needs exactly one.`,
    },
    size: (text: string) => `(${text})`,
    importButton: 'Import',
    importing: 'Importing…',
    clear: 'Clear',
    progressLabel: 'Import progress',
    uploading: (file: string, amount: string) => `Sending ${file} to the planner: ${amount}`,
    reading: (file: string, amount: string) => `Reading ${file}: ${amount}`,
    failedTitle: 'Import refused: nothing was changed',
    failedNext: 'The plan keeps the tenant data it had. Correct the file the message names, choose it again and import.',
    doneTitle: 'Import finished',
    done: (users: number, groups: number, files: number) =>
      `The plan now holds ${amount(users, 'user')} and ${amount(groups, 'group')} from ${amount(files, 'file')}. Findings, coverage and registration were checked again.`,
    dismiss: 'Dismiss',
  },

  snapshot: {
    title: 'Tenant data in the plan',
    importedAt: (when: string) => `Last imported ${when}.`,
    none: 'No tenant data yet. Import the users file to check licenses and registration person by person.',
    builtIn:
      'This snapshot came with the plan itself (the demo, or a plan imported from JSON), so there is no record of the files it was read from. Import the organization to replace it.',
    loadFailed: (message: string) => `The tenant summary could not be loaded: ${message}`,
    countsLabel: 'Counts of the tenant snapshot',
    counts: {
      users: 'Users',
      groups: 'Groups',
      memberships: 'Memberships',
      admins: 'Administrators',
      licensed: 'Licensed directly',
      withMethods: 'With a method registered',
    },
    filesHeading: 'Files read',
    fileColumns: { kind: 'Export', file: 'File', rows: 'Rows' },
    kinds: {
      users: 'Users',
      groupMembers: 'Members of',
      licenses: 'Licenses',
      roles: 'Roles',
      registration: 'Registration details',
    } satisfies Record<TenantFileKind, string>,
    leftOutHeading: 'Left out',
    leftOut: (disabled: number, guests: number) =>
      `${amount(disabled, 'disabled account')} and ${amount(guests, 'guest')} were left out: self-service reset does not serve them.`,
    noneLeftOut: 'No accounts were left out.',
    warningsHeading: (n: number) => `Warnings (${n})`,
    changesHeading: 'What changed since the previous import',
    firstImport: 'This was the first import into the plan, so there is nothing to compare with.',
    changes: {
      added: 'Users added',
      removed: 'Users removed',
      newlyLicensed: 'Newly covered by a license',
      newlyRegistered: 'Newly registered',
    },
    andMore: (n: number) => `and ${n.toLocaleString()} more`,
  },

  report: {
    noTenant: 'Coverage person by person needs tenant data. Import the users file (and the licenses file when the users file has no license column) first.',
    importButton: 'Import tenant data',
    loading: 'Checking coverage…',
    loadFailed: (message: string) => `The coverage report could not be loaded: ${message}`,
    figuresLabel: 'Coverage in numbers',
    figures: { enabledToday: 'Enabled by the policy today', inScope: 'Users the plan enables', covered: 'Covered', uncovered: 'Not covered' },
    allCovered: 'Every user the plan enables holds a license that covers their case.',
    someUncovered: (n: number) =>
      `${amount(n, 'user is', 'users are')} enabled without a license that covers them. Microsoft does not stop them from resetting, so assign licenses before their wave starts.`,

    skusTitle: 'Licenses held',
    skusDescription:
      'Seats owned beside the imported users who hold each SKU, directly or through a group, and how many of those the plan enables.',
    skusTableLabel: 'Licenses held per SKU',
    skuColumns: { sku: 'SKU', seats: 'Seats owned', holders: 'Holders', inScope: 'In scope', qualifies: 'Qualifies for' },
    qualifies: {
      'cloud-hybrid': 'Cloud and hybrid users',
      'cloud-noHybrid': 'Cloud users only',
      'noCloud-hybrid': 'Hybrid users only',
      'noCloud-noHybrid': 'Neither',
    },
    overSeats: (n: number) => `${amount(n, 'holder')} more than seats`,

    unknownTitle: 'Licenses the SKU table does not list',
    unknownDescription:
      'Users hold these part numbers, but the plan does not know whether they allow a reset. Add the ones that do to the table and tick what they allow.',
    unknownLabel: 'Part numbers held but not in the SKU table',
    holders: (n: number) => amount(n, 'holder'),
    addSku: 'Add to the table',
    addSkuLabel: (part: string) => `Add ${part} to the SKU table`,

    chartsHeading: 'Covered and not covered',
    chartsLoading: 'Loading the charts…',

    uncoveredTitle: 'Users not covered',
    uncoveredDescription: 'Each person the plan enables without a license that covers them, with the reason and the licenses they hold.',
    uncoveredTableLabel: 'Users not covered',
    uncoveredColumns: { user: 'User', wave: 'Wave', reason: 'Why', held: 'Licenses held' },
    synced: 'synced from on-premises AD',
    noneHeld: 'none',
    count: (n: number) => `${amount(n, 'user')} not covered.`,
    showing: (shown: number, total: number) => `Showing ${shown.toLocaleString()} of ${total.toLocaleString()}. The CSV export holds them all.`,
    exportButton: (n: number) => `Export all ${n.toLocaleString()} as CSV`,
    exported: (n: number, file: string) => `Exported ${amount(n, 'user')} not covered to ${file}.`,
  },

  skus: {
    title: 'Qualifying licenses',
    description:
      'Which license counts depends on where the user\u2019s password lives. A cloud-only user can reset a forgotten password with Microsoft 365 Business Standard or any higher plan. A user synced from on-premises AD needs P1-level licensing (Entra ID P1 or P2, Microsoft 365 Business Premium, E3 or E5, EMS E3 or E5) because the new password is written back. Microsoft does not enforce any of this when SSPR is switched on. Add the SKUs your organization buys and remove those it does not.',
    tableLabel: 'Qualifying SKUs',
    columns: {
      part: 'Part number',
      name: 'Name',
      cloud: 'Cloud users can reset',
      hybrid: 'Hybrid users can reset with writeback',
      seats: 'Seats owned',
      actions: 'Actions',
    },
    partLabel: (name: string) => `${name}: part number`,
    nameLabel: (part: string) => `${part}: name`,
    cloudLabel: (part: string) => `${part}: cloud users can reset`,
    hybridLabel: (part: string) => `${part}: hybrid users can reset with writeback`,
    seatsLabel: (part: string) => `${part}: seats owned`,
    remove: (name: string) => `Remove ${name}`,
    empty: 'No SKUs are listed. Add the licenses your organization owns.',
    add: {
      heading: 'Add a SKU',
      part: 'Part number',
      partPlaceholder: 'e.g. SPE_F1',
      name: 'Name',
      namePlaceholder: 'e.g. Microsoft 365 F1',
      cloud: 'Cloud users can reset',
      hybrid: 'Hybrid users can reset with writeback',
      button: 'Add SKU',
    },
    partRequired: 'Enter the SKU part number, as the license export shows it.',
    partTaken: (part: string) => `${part} is already in the table.`,
  },

  groups: {
    title: 'Groups with licenses assigned',
    description:
      'Groups that hand out licenses through group-based licensing, and the SKUs each one assigns. Record every group enabled for SSPR, or the groups that license its members.',
    listLabel: 'Licensed groups',
    columns: { group: 'Group', skus: 'SKUs it assigns' },
    groupLabel: (index: number) => `Licensed group ${index + 1}`,
    skusLabel: (group: string) => `SKUs assigned by ${group}`,
    selectedLabel: (group: string) => `SKUs selected for ${group}`,
    noMoreSkus: 'Every SKU in the table is already selected.',
    noMatch: 'No SKU in the table matches.',
    skuPlaceholder: 'Choose SKUs',
    remove: (group: string) => `Remove ${group}`,
    unnamed: 'this group',
    empty: 'No licensed groups are recorded yet.',
    add: { label: 'Group name', placeholder: 'e.g. LIC-M365-E3', button: 'Add group' },
    nameRequired: 'Enter the group\u2019s name.',
    nameTaken: (group: string) => `${group} is already in the list.`,
  },
};
