import type { Phase, RunResult, TestCase } from '../../../shared/plan/schema';
import { counted } from '../../../shared/text';
import { rolloutStrings } from '../rollout/strings';

type Network = TestCase['network'];

const results = { pass: 'Passed', fail: 'Failed', blocked: 'Blocked', notRun: 'Not run' } satisfies Record<RunResult, string>;
const networks = { inside: 'Inside the corporate network', outside: 'Outside the corporate network', any: 'Any network' } satisfies Record<Network, string>;

/** Every user-visible string of the Test matrix section (sspr-domain.md §7); the wording is ours. */
export const testingStrings = {
  intro:
    'The business cases the pilot and every wave must pass, and the runs testers record against them. Work through the cases one by one with Start testing, or open a case to read its steps, record a run and see its history. The latest run of a case is its status.',
  generalFindingsHeading: 'Findings about the test matrix',
  generalFindingsLabel: 'Test matrix findings',

  results,
  networks,
  networkShort: { inside: 'Inside network', outside: 'Outside network', any: 'Any network' } satisfies Record<Network, string>,
  phases: rolloutStrings.kinds satisfies Record<Phase['kind'], string>,
  untitled: 'Untitled case',
  when: (iso: string) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  },
  size: (bytes: number) =>
    bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`,

  toolbar: {
    label: 'Test matrix actions',
    start: 'Start testing',
    startHint: (n: number) => (n === 0 ? 'Every shown case has passed.' : `${counted(n, 'case')} not passed yet`),
    add: 'Add case',
    print: 'Print',
  },

  progress: {
    title: 'Progress',
    label: 'Cases passed',
    passed: (passed: number, total: number) => `${passed} of ${counted(total, 'case')} passed`,
    counts: (fail: number, blocked: number, notRun: number) => `${fail} failed · ${blocked} blocked · ${notRun} not run`,
    runs: (n: number, testers: number) => (n === 0 ? 'No runs recorded yet' : `${counted(n, 'run')} recorded by ${counted(testers, 'tester')}`),
    account: 'Test account',
    accountHint: 'A non-admin user account: admins get the stricter admin policy and cannot show what users see.',
    accountPlaceholder: 'e.g. sspr.pilot01@contoso.com',
  },

  chart: { loading: 'Loading the chart…' },

  filters: {
    label: 'Filter the cases',
    status: 'Status',
    anyStatus: 'Any status',
    phase: 'Phase',
    anyPhase: 'Any phase',
    tester: 'Tested by',
    anyTester: 'Anyone',
    network: 'Environment',
    anyNetwork: 'Any environment',
    search: 'Search',
    searchPlaceholder: 'Id, title or device',
    onlyOpen: 'Only cases not passed',
    shown: (shown: number, total: number) => (shown === total ? `All ${counted(total, 'case')} shown` : `${shown} of ${counted(total, 'case')} shown`),
    clear: 'Clear filters',
  },

  table: {
    title: 'Cases',
    description: 'Open a case to read its steps, record a run, see its history or edit it.',
    label: 'Test cases',
    id: 'Id',
    case: 'Case',
    phase: 'Phase',
    environment: 'Environment',
    status: 'Status',
    lastRun: 'Last run',
    runs: 'Runs',
    never: 'Never run',
    open: (id: string, title: string) => `Open ${id}: ${title}`,
    empty: 'No cases yet. Add the cases your pilot must pass, or import them from a CSV file.',
    noMatch: 'No case matches the filters.',
  },

  drawer: {
    closeLabel: 'Close the case',
    tabs: { runs: 'Runs', edit: 'Edit case' },
    tabsLabel: 'Case views',
    environment: 'Environment',
    phase: 'Phase',
    preconditions: 'Preconditions',
    steps: 'Steps',
    expected: 'Expected result',
    none: 'Not written down.',
  },

  fields: {
    title: 'Title',
    titleRequired: 'Give the case a title.',
    preconditions: 'Preconditions',
    preconditionsHint: 'Who and what the tester needs before starting.',
    steps: 'Steps',
    stepsHint: 'One step per line.',
    expected: 'Expected result',
    expectedHint: 'Where the organization decides, write its decision here.',
    network: 'Network',
    device: 'Device',
    devicePlaceholder: 'e.g. Windows 11 PC, Entra joined',
    phase: 'Phase',
    scenario: 'Simulator scenario',
    scenarioHint: 'The name of a simulator scenario that covers this case, if any.',
    moveUp: (id: string) => `Move ${id} up`,
    moveDown: (id: string) => `Move ${id} down`,
    remove: (id: string) => `Remove ${id}`,
    moveUpText: 'Move up',
    moveDownText: 'Move down',
    removeText: 'Remove case',
    confirmRemove: {
      title: (id: string) => `Remove ${id}?`,
      body: (runs: number) =>
        `The case has ${counted(runs, 'recorded run')}. The runs stay in the run history and its CSV export, but no case shows them any more. Undo brings the case back.`,
      remove: 'Remove',
      cancel: 'Cancel',
    },
  },

  record: {
    title: 'Record a run',
    result: 'Result',
    resultChoice: { pass: 'Pass', fail: 'Fail', blocked: 'Blocked', notRun: 'Not run' } satisfies Record<RunResult, string>,
    tester: 'Tester',
    testerHint: 'Remembered on this computer.',
    testerRequired: 'Type your name first: every run says who ran it.',
    notes: 'Notes',
    notesPlaceholder: 'What you saw, the time of the test, anything unusual',
    supportScenario: 'Related support scenario',
    supportScenarioHint: 'If the failure is one the help desk will meet, link its scenario.',
    noScenario: 'None',
    leadNote: 'Note for the project lead',
    leadNotePlaceholder: 'What the lead should decide or follow up',
    submit: 'Record run',
    saving: 'Recording…',
    recorded: (id: string, result: RunResult) => `Recorded: ${id} ${results[result].toLowerCase()}.`,
    failed: (message: string) => `The run was not recorded: ${message}`,
  },

  evidence: {
    label: 'Evidence',
    hint: (maxMb: number, maxFiles: number) => `Screenshots (PNG, JPEG, GIF, WebP), PDF or text files; up to ${maxMb} MB each, ${maxFiles} per run. Kept inside the plan file.`,
    attach: 'Attach files…',
    chooser: 'Choose evidence files',
    remove: (name: string) => `Remove ${name}`,
    tooBig: (name: string, size: string, maxMb: number) => `${name} is ${size}; an evidence file can be at most ${maxMb} MB. Crop the screenshot or save it as JPEG.`,
    badType: (name: string) => `${name} is not attached: only screenshots (PNG, JPEG, GIF, WebP), PDF and plain text files are kept.`,
    tooMany: (maxFiles: number) => `A run keeps at most ${maxFiles} evidence files.`,
    tooMuch: (name: string, limit: string) => `${name} is not attached: the files of one run can add up to ${limit}.`,
    unreadable: (name: string) => `${name} could not be read.`,
    loading: 'Loading…',
    download: (name: string) => `Download ${name}`,
    view: (name: string) => `View ${name}`,
    close: 'Close',
    notLoaded: 'The file could not be loaded.',
  },

  history: {
    title: 'Run history',
    label: (id: string) => `Runs of ${id}, newest first`,
    empty: 'No runs yet.',
    by: (tester: string, when: string) => `${tester} · ${when}`,
    latest: 'Latest',
    notes: 'Notes',
    scenario: 'Support scenario',
    goToScenario: (title: string) => `Open support scenario: ${title}`,
    unknownScenario: (id: string) => `${id} (no longer in the plan)`,
    leadNote: 'Note for the lead',
    evidence: 'Evidence',
  },

  focus: {
    heading: 'Testing',
    position: (n: number, total: number) => `Case ${n} of ${total} not passed when you started`,
    progressLabel: 'Position in the queue',
    environment: 'Environment',
    phase: 'Phase',
    status: 'Status now',
    lastRun: (tester: string, when: string) => `Last run by ${tester}, ${when}`,
    neverRun: 'Not run yet',
    ifFails: 'If it fails',
    keysLabel: 'Record the result',
    pass: 'Pass',
    fail: 'Fail',
    blocked: 'Blocked',
    skip: 'Skip',
    previous: 'Previous',
    leave: 'Leave',
    keysHelp: 'Keys: P pass · F fail · B blocked · N or → skip · ← previous · Esc leave. Keys do nothing while you type in a field; press Esc to leave the field.',
    finished: (n: number) => `Went through all ${counted(n, 'case')} in the queue`,
    done: {
      title: 'You reached the end of the queue',
      summary: (pass: number, fail: number, blocked: number, skipped: number) =>
        `This session: ${pass} passed, ${fail} failed, ${blocked} blocked, ${skipped} skipped.`,
      remaining: (n: number) => (n === 0 ? 'Every case in the queue has passed.' : `${counted(n, 'case')} still not passed.`),
      again: 'Go through the cases not passed',
      leave: 'Back to the matrix',
    },
  },

  csv: {
    importMenu: 'Import CSV',
    exportMenu: 'Export CSV',
    cases: 'Cases…',
    runs: 'Runs…',
    exportCases: 'Cases',
    exportRuns: 'Runs',
    chooseCases: 'Choose a test case CSV file to import',
    chooseRuns: 'Choose a test run CSV file to import',
    exported: (n: number, what: string, fileName: string) => `Exported ${counted(n, what)} to ${fileName}.`,
    refused: (fileName: string) => `${fileName} was not imported, and the plan is unchanged.`,
    imported: (n: number, what: string, fileName: string) => `Imported ${counted(n, what)} from ${fileName}. Undo puts the previous list back.`,
    confirm: {
      casesTitle: 'Replace the test cases?',
      runsTitle: 'Replace the run history?',
      body: (incoming: number, current: number, what: string, fileName: string) =>
        `The ${counted(incoming, what)} in ${fileName} will replace the ${current} now in the plan. Undo in this section puts the current list back.`,
      orphans: (n: number) =>
        `${counted(n, 'recorded run')} belong to cases that are not in the file; they stay in the run history but no case shows them.`,
      noEvidence: (n: number) => `${counted(n, 'run')} in the file ${n === 1 ? 'is' : 'are'} new to the plan and will have no evidence files.`,
    },
    case: 'test case',
    run: 'test run',
  },

  print: {
    title: (organization: string) => (organization.trim() ? `Test matrix: ${organization}` : 'Test matrix'),
    printed: (when: string) => `Printed ${when}`,
    summary: 'Summary',
    id: 'Id',
    case: 'Case',
    phase: 'Phase',
    environment: 'Environment',
    status: 'Status',
    lastRun: 'Last run',
    runs: 'Run history',
    result: 'Result',
    tester: 'Tester',
    when: 'When',
    notes: 'Notes',
    noRuns: 'No runs recorded.',
    account: (account: string) => `Test account: ${account.trim() || 'not named yet'}`,
  },
};
