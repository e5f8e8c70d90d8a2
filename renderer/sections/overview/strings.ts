/**
 * Every user-visible string of the Overview section (the plan's overview and business case).
 * Facts follow sspr-domain.md §1, §4 and §5; the wording is ours.
 */
export const overviewStrings = {
  intro:
    'Who the rollout is for, how their accounts are managed, when each step happens, where users turn for help, and what password calls cost today. Every change is saved to the plan at once.',
  generalFindingsHeading: 'Findings about the overview as a whole',
  generalFindingsLabel: 'Overview findings not tied to one field',

  cards: {
    organization: {
      title: 'Organization',
      description: 'The name used in emails, documents and on the landing page, and the tenant the policy is set in.',
    },
    environment: {
      title: 'Environment',
      description: 'Where user accounts and their passwords live, and which other systems must learn a new password.',
    },
    dates: {
      title: 'Key dates',
      description: 'The pilot starts first, users hear about the launch next, and everyone is enabled at full rollout.',
    },
    help: {
      title: 'Help and landing page',
      description: 'Where every campaign email sends users, and who they contact when self-service does not work.',
    },
    businessCase: {
      title: 'Business case',
      description: 'Today’s password help-desk load: the baseline that savings from self-service are measured against.',
    },
  },

  organization: { label: 'Organization name', placeholder: 'Contoso' },
  tenantDomain: { label: 'Tenant domain', placeholder: 'contoso.com', hint: 'The main domain users sign in with.' },

  environment: {
    label: 'Where accounts live',
    cloud: 'Cloud only',
    cloudExplain: 'Accounts and passwords live in Entra ID alone. A reset is complete as soon as the user sets the new password.',
    hybrid: 'Hybrid',
    hybridExplain:
      'Accounts are synced from on-premises Active Directory by Entra Connect, so the password users sign in to Windows and file shares with lives on-premises. A reset in the cloud only reaches it when password writeback is on, and each synced user needs P1-level licensing (Entra ID P1 or P2, Microsoft 365 E3 or E5, EMS E3 or E5, or Business Premium).',
    writebackOn: 'Password writeback is on in this plan’s configuration.',
    writebackOff: 'Password writeback is off in this plan’s configuration, so synced users cannot finish a reset.',
    goToWriteback: 'Go to writeback',
  },

  identitySystems: {
    label: 'Other identity systems that need the new password',
    hint: 'For example an HR directory or an application with its own accounts, kept in step by a password change notification or sync.',
    empty: 'None listed.',
    itemLabel: (n: number) => `Identity system ${n}`,
    remove: (name: string) => `Remove ${name}`,
    addLabel: 'Identity system to add',
    addPlaceholder: 'For example, the HR directory',
    add: 'Add',
  },

  dates: {
    pilotStart: { label: 'Pilot start', name: 'pilot start' },
    launch: { label: 'Launch', name: 'launch' },
    fullRollout: { label: 'Full rollout', name: 'full rollout' },
  },

  landingPage: {
    label: 'Password landing page',
    placeholder: 'https://passwords.contoso.com',
    hint: 'An easy-to-remember https address that links to registration, reset and local help.',
  },
  helpdesk: {
    label: 'Help-desk contact',
    placeholder: 'helpdesk@contoso.com or +1 555 0100',
    hint: 'An email address, phone number or page users can reach without signing in.',
  },

  businessCase: {
    calls: { label: 'Password calls per month', hint: 'Help-desk calls about forgotten passwords and lockouts.' },
    cost: { label: 'Cost per call', hint: 'Staff time and overhead of handling one call.' },
    currency: { label: 'Currency' },
    currencyOption: (code: string, name: string) => (name && name !== code ? `${code} — ${name}` : code),
    baseline: (monthly: string, yearly: string) => `Password calls cost about ${monthly} a month, or ${yearly} a year, before self-service.`,
    baselineEmpty: 'Enter the calls per month and the cost of one call to see what password calls cost today.',
  },
};
