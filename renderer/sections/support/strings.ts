import { counted } from '../../../shared/text';

/**
 * Every user-visible string of the Support section. Facts follow sspr-domain.md §3, §8 and §13; the
 * wording is ours.
 */
export const supportStrings = {
  intro:
    'How the help desk handles the usual self-service reset problems, which Entra role each support tier holds, and from where users may reach the portals. The cheat sheet at the end is built from all of it for the first line. Every change is saved at once.',
  generalFindingsHeading: 'Findings about support as a whole',
  generalFindingsLabel: 'Support findings not tied to one field',

  scenarios: {
    title: 'Support scenarios',
    description:
      'The problems users bring to the help desk, why they usually happen and how to resolve them. Open a scenario to edit it; the order here is the order on the cheat sheet.',
    empty: 'No scenarios are written down yet.',
    header: (n: number, title: string) => `${n}. ${title}`,
    untitled: 'Untitled scenario',
    findingsCount: (n: number) => ` \u00b7 ${counted(n, 'finding')} to look at`,
    summary: (handledBy: string, steps: number) =>
      `${handledBy.trim() || 'Nobody assigned'} \u00b7 ${counted(steps, 'step')}`,
    fields: {
      title: 'Title',
      handledBy: 'Handled by',
      handledByHint: 'The support tier that owns it, as named in the roles below.',
      description: 'What the user experiences',
      causes: 'Likely causes',
      causesHint: 'One cause per line.',
      resolution: 'Resolution steps',
      resolutionHint: 'One step per line; the cheat sheet numbers them.',
    },
    titleRequired: 'Give the scenario a title.',
    moveUp: (title: string) => `Move up: ${title}`,
    moveDown: (title: string) => `Move down: ${title}`,
    remove: (title: string) => `Remove scenario: ${title}`,
    moveUpText: 'Move up',
    moveDownText: 'Move down',
    removeText: 'Remove',
    add: { label: 'New scenario title', placeholder: 'e.g. Reset works but Outlook keeps asking for the old password', button: 'Add scenario' },
  },

  roles: {
    title: 'Support roles',
    description:
      'The Entra role each support tier holds. The help-desk roles reset ordinary users; resetting an administrator\u2019s password takes a Global administrator or a Privileged authentication administrator.',
    tableLabel: 'Support roles',
    columns: { business: 'Business role', entra: 'Entra role', actions: 'Actions' },
    businessLabel: (n: number) => `Business role ${n}`,
    entraLabel: (role: string) => `Entra role of ${role}`,
    remove: (role: string) => `Remove ${role}`,
    unnamed: (n: number) => `role ${n}`,
    custom: (role: string) => `${role} (not in the usual list)`,
    empty: 'No support roles are listed yet.',
    nameRequired: 'Enter the business role, e.g. Level 1 help desk.',
    add: { business: 'Business role', businessPlaceholder: 'e.g. Service desk lead', entra: 'Entra role', button: 'Add role' },
  },

  network: {
    title: 'Network access',
    label: 'Network access policy',
    hint: 'From where users may reach the reset and registration portals: the corporate network, the internet, conditions such as a compliant device, and proxy or firewall exceptions. One point per line.',
    placeholder: 'e.g. The reset portal is open from the corporate network and from the internet.',
  },

  sheet: {
    title: 'Support cheat sheet',
    description: 'A live preview of the one-page sheet for the help desk, built from this plan.',
    download: 'Download cheat sheet (.docx)',
    downloadHint: 'A Word document of one or two pages to print and pin up, with what this preview shows.',
    regionLabel: 'Support cheat sheet preview',
    heading: (organization: string) => `${organization.trim() || 'Our organization'}: self-service password reset`,
    subheading: 'Help desk cheat sheet',
    who: 'Who can reset',
    methods: 'Methods users can prove themselves with',
    methodName: (current: string, legacy: string) => `${current} (formerly ${legacy})`,
    noMethods: 'No methods are switched on.',
    needed: 'Needed to reset',
    neededValue: (n: number) => `${counted(n, 'method')} for users; administrators always need two and never security questions.`,
    network: 'Network access',
    noNetwork: 'Not written down yet.',
    portals: 'Portals',
    helpdesk: 'Help desk',
    noHelpdesk: 'No help desk contact in the plan yet.',
    scenarios: 'Troubleshooting',
    noScenarios: 'No scenarios yet.',
    handledBy: (who: string) => `Handled by: ${who}`,
    noSteps: 'No resolution steps yet.',
    escalation: 'Escalation',
    noEscalation: 'No support roles yet.',
    escalationRow: (business: string, entra: string) => `${business}: ${entra}`,
  },
};
