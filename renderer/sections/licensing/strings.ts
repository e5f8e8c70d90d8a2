/** "4,650 users": a count in the user's number format. */
const amount = (n: number, singular: string) => `${n.toLocaleString()} ${n === 1 ? singular : `${singular}s`}`;

/**
 * Every user-visible string of the Licensing section. Facts follow sspr-domain.md §3 and §4; the
 * wording is ours.
 */
export const licensingStrings = {
  intro:
    'The licenses that allow self-service password reset, how many seats the organization owns, and which groups hand those licenses out. Microsoft lets unlicensed users reach the reset portal, so this plan has to check coverage itself. Every change is saved at once.',
  generalFindingsHeading: 'Findings about licensing as a whole',
  generalFindingsLabel: 'Licensing findings not tied to one field',

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
      'This plan holds no users from the tenant yet, so coverage is checked by group only: every group enabled for SSPR should appear under "Groups with licenses assigned".',
    users: (n: number) => `The plan's tenant snapshot holds ${amount(n, 'user')}.`,
    allCovered: 'Every user enabled for SSPR in the snapshot holds a license that covers their case.',
    uncovered: 'Some users enabled for SSPR are not covered:',
    later: 'Importing users and their licenses from tenant exports in the app arrives in a later version.',
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
