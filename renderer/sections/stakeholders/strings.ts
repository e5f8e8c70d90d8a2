import type { Stakeholder, WORKSTREAMS } from '../../../shared/plan/schema';

type Workstream = (typeof WORKSTREAMS)[number];
type SignOff = Stakeholder['signOff'];

/** Every user-visible string of the Stakeholders section. The wording is ours (sspr-domain.md §5). */
export const stakeholderStrings = {
  intro:
    'The people who sponsor, run, support and sign off the rollout: what each contributes and answers for, who is responsible or accountable for each workstream, and where their sign-off stands. Every change is saved at once and can be undone.',
  generalFindingsHeading: 'Findings about the stakeholders',
  generalFindingsLabel: 'Stakeholder findings',

  toolbarLabel: 'Stakeholder list actions',
  add: 'Add stakeholder',
  importCsv: 'Import CSV…',
  exportCsv: 'Export CSV',
  importLabel: 'Choose a stakeholder CSV file to import',
  exported: (n: number, fileName: string) => `Exported ${n} stakeholder${n === 1 ? '' : 's'} to ${fileName}.`,
  imported: (n: number, fileName: string) => `Imported ${n} stakeholder${n === 1 ? '' : 's'} from ${fileName}. Undo puts the previous list back.`,
  importRefused: (fileName: string) => `${fileName} was not imported, and the list is unchanged.`,
  dismiss: 'Dismiss',
  confirm: {
    title: 'Replace the stakeholder list?',
    body: (incoming: number, current: number, fileName: string) =>
      `The ${incoming} stakeholder${incoming === 1 ? '' : 's'} in ${fileName} will replace the ${current} now in the plan. Undo puts the current list back.`,
  },

  empty: 'No stakeholders yet. Add the people who sponsor, run, support and sign off the rollout, or import them from a CSV file.',
  unnamed: (n: number) => `Unnamed stakeholder ${n}`,

  people: {
    title: 'People and sign-off',
    description: 'Edit a person’s details with the pencil; set the sign-off here. Setting Signed fills in today’s date when none is given.',
    tableLabel: 'Stakeholders',
    findingsLabel: 'Sign-off findings',
    name: 'Name',
    role: 'Role',
    email: 'Email',
    signOff: 'Sign-off',
    signOffDate: 'Date',
    actions: 'Actions',
    noValue: '—',
  },

  signOffs: { pending: 'Pending', signed: 'Signed', declined: 'Declined' } satisfies Record<SignOff, string>,
  signOffLabel: (name: string) => `Sign-off for ${name}`,
  signOffDateLabel: (name: string) => `Sign-off date for ${name}`,

  actions: {
    edit: (name: string) => `Edit ${name}`,
    up: (name: string) => `Move ${name} up`,
    down: (name: string) => `Move ${name} down`,
    remove: (name: string) => `Remove ${name}`,
  },

  summary: {
    label: 'Sign-off summary',
    counts: (signed: number, total: number) => `${signed} of ${total} signed off`,
    badge: { pending: 'pending', signed: 'signed', declined: 'declined' } satisfies Record<SignOff, string>,
  },

  raci: {
    title: 'Responsibilities (RACI)',
    description: 'For each workstream: R does the work, A owns the result and signs it off (one person), C is consulted, I is kept informed.',
    tableLabel: 'Responsibilities per workstream',
    findingsLabel: 'Responsibility findings',
    person: 'Person',
    blank: '–',
    cellLabel: (name: string, workstream: string) => `RACI for ${name}, ${workstream}`,
    accountableRow: 'Accountable',
    nobody: 'Nobody',
    workstreams: {
      licensing: 'Licensing',
      configuration: 'Configuration',
      communications: 'Communications',
      testing: 'Testing',
      support: 'Support',
      reporting: 'Reporting',
    } satisfies Record<Workstream, string>,
  },

  details: {
    title: 'Stakeholder details',
    close: 'Done',
    closeLabel: 'Close the details',
    name: 'Name',
    title_: 'Job title',
    email: 'Email',
    role: 'Role in the rollout',
    rolePlaceholder: 'Executive sponsor, project lead, help-desk lead…',
    contributes: 'Contributes',
    contributesHint: 'What this person brings to the rollout.',
    accountableFor: 'Accountable for',
    accountableForHint: 'What this person answers for when it goes right or wrong.',
  },
};
