import { longDate } from '../dates';
import type { MethodId } from '../plan/methods';
import type { Phase, Plan } from '../plan/schema';

/** The public Microsoft portals every email and the landing page link to (sspr-domain.md §1). */
export const PORTALS = {
  reset: 'https://aka.ms/sspr',
  registration: 'https://aka.ms/ssprsetup',
  /** The security info page, where a registered user reviews or changes methods. */
  securityInfo: 'https://aka.ms/mysecurityinfo',
  change: 'https://account.activedirectory.windowsazure.com/ChangePassword.aspx',
} as const;

export type PlaceholderKind = 'text' | 'link' | 'list';

export interface PlaceholderInfo {
  kind: PlaceholderKind;
  /** What it stands for, shown beside the template editor. */
  meaning: string;
  /** Where the value comes from, so an empty one can be fixed. */
  source: string;
}

export const PLACEHOLDERS = {
  organization: { kind: 'text', meaning: "The organization's name", source: 'Overview → Organization' },
  sender: { kind: 'text', meaning: 'Who the email comes from', source: 'Communications → Sender name' },
  senderEmail: { kind: 'text', meaning: "The sender's address", source: 'Communications → Sender address' },
  audience: { kind: 'text', meaning: 'Who this send is for, such as "Wave 1 users" or "everyone"', source: 'Rollout → the phase of the send' },
  launchDate: { kind: 'text', meaning: 'The day SSPR starts for this audience', source: "Rollout → the phase's start" },
  deadline: { kind: 'text', meaning: 'The day to be registered by', source: "Rollout → the phase's end (or Overview → Full rollout)" },
  landingPage: { kind: 'link', meaning: "The organization's password landing page", source: 'Overview → Landing page' },
  registrationLink: { kind: 'link', meaning: 'Where users register their security info', source: PORTALS.registration },
  resetLink: { kind: 'link', meaning: 'Where users reset a forgotten password', source: PORTALS.reset },
  changeLink: { kind: 'link', meaning: 'Where signed-in users change their password', source: PORTALS.change },
  helpdesk: { kind: 'text', meaning: 'How to reach the help desk', source: 'Overview → Help-desk contact' },
  methods: { kind: 'list', meaning: 'The verification methods the plan enables, in plain words', source: 'Configuration → Methods' },
  methodsToRegister: { kind: 'text', meaning: 'How many methods users must register, in words', source: 'Configuration → Methods to register' },
  methodsToReset: { kind: 'text', meaning: 'How many methods a reset asks for, in words', source: 'Configuration → Methods to reset' },
} as const satisfies Record<string, PlaceholderInfo>;

export type PlaceholderName = keyof typeof PLACEHOLDERS;

export function isPlaceholderName(name: string): name is PlaceholderName {
  return Object.prototype.hasOwnProperty.call(PLACEHOLDERS, name);
}

/** Each method as a user would recognise it. */
export const METHOD_WORDS: Record<MethodId, string> = {
  appNotification: 'approving a notification in the Microsoft Authenticator app',
  appCode: 'a code from the Microsoft Authenticator app or another authenticator app',
  email: 'a code sent to a personal email address (not your work address)',
  mobilePhone: 'a text message or call to your mobile phone',
  officePhone: 'a call to your office phone',
  securityQuestions: 'answers to security questions you pick',
};

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six'];

/** What every placeholder stands for in one send: '' where the plan does not say yet. */
export type PlaceholderValues = Record<Exclude<PlaceholderName, 'methods'>, string> & { methods: string[] };

function audienceOf(phase: Phase | null): string {
  if (!phase || phase.kind === 'all') return 'everyone';
  return phase.name.trim() === '' ? '' : `${phase.name.trim()} users`;
}

/** The values for a send to `phase` (null: the campaign as a whole, e.g. the landing page). */
export function placeholderValues(plan: Plan, phase: Phase | null): PlaceholderValues {
  const o = plan.overview;
  const deadline = phase?.end ?? o.fullRollout;
  const launch = phase ? phase.start : o.launch;
  return {
    organization: o.organization.trim(),
    sender: plan.communications.senderName.trim(),
    senderEmail: plan.communications.senderEmail.trim(),
    audience: audienceOf(phase),
    launchDate: launch ? longDate(launch) : '',
    deadline: deadline ? longDate(deadline) : '',
    landingPage: o.landingPageUrl.trim(),
    registrationLink: PORTALS.registration,
    resetLink: PORTALS.reset,
    changeLink: PORTALS.change,
    helpdesk: o.helpdeskContact.trim() || plan.policy.helpdeskLink.trim(),
    methods: plan.policy.methods.map((m) => METHOD_WORDS[m]),
    methodsToRegister: NUMBER_WORDS[plan.policy.methodsToRegister] ?? String(plan.policy.methodsToRegister),
    methodsToReset: NUMBER_WORDS[plan.policy.methodsToReset] ?? String(plan.policy.methodsToReset),
  };
}

/** A placeholder's value as running text; a list reads "a, b or c". */
export function valueAsText(values: PlaceholderValues, name: PlaceholderName): string {
  if (name !== 'methods') return values[name];
  const m = values.methods;
  return m.length <= 1 ? (m[0] ?? '') : `${m.slice(0, -1).join(', ')} or ${m[m.length - 1]}`;
}

// The same few addresses are checked for every email on every validation; URL parsing is the slow part.
const linkVerdicts = new Map<string, boolean>();

/** Links in emails and on the landing page: web pages and mail addresses only. */
export function isSafeLink(raw: string): boolean {
  let verdict = linkVerdicts.get(raw);
  if (verdict === undefined) {
    if (linkVerdicts.size >= 256) linkVerdicts.clear();
    verdict = checkLink(raw);
    linkVerdicts.set(raw, verdict);
  }
  return verdict;
}

function checkLink(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') return url.hostname !== '' && url.username === '' && url.password === '';
  return url.protocol === 'mailto:' && /^[^\s@/]+@[^\s@/]+$/.test(url.pathname);
}
