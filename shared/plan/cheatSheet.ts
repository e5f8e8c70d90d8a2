import { PORTALS } from '../comms/placeholders';
import { METHODS } from './methods';
import type { Plan } from './schema';

export interface CheatSheet {
  organization: string;
  /** Who can use SSPR, in words. */
  whoIsEnabled: string;
  methods: { legacyName: string; currentName: string }[];
  methodsToReset: number;
  networkAccess: string;
  portals: { label: string; url: string }[];
  helpdesk: string;
  scenarios: { title: string; handledBy: string; steps: string[] }[];
  escalation: { businessRole: string; entraRole: string }[];
}


/** Numbered or bulleted lines of a free-text field, without their markers. */
export function stepsOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/^\s*(\d+[.)]|[-*•])\s*/, '').trim())
    .filter((line) => line !== '');
}

/** The help desk's one-page summary, built from the plan; the UI previews it and exports print it. */
export function buildCheatSheet(plan: Plan): CheatSheet {
  const { policy } = plan;
  const whoIsEnabled =
    policy.scope === 'all'
      ? 'All users, and every administrator.'
      : policy.scope === 'selected'
        ? `Members of ${policy.group || '(no group named yet)'}, including nested groups, and every administrator.`
        : 'Administrators only: SSPR is switched off for users.';
  return {
    organization: plan.overview.organization,
    whoIsEnabled,
    methods: policy.methods.map((m) => ({ legacyName: METHODS[m].legacyName, currentName: METHODS[m].currentName })),
    methodsToReset: policy.methodsToReset,
    networkAccess: plan.support.networkAccess,
    portals: [
      { label: 'Reset a forgotten password', url: PORTALS.reset },
      { label: 'Register or update security info', url: PORTALS.securityInfo },
      ...(plan.overview.landingPageUrl ? [{ label: 'Our password help page', url: plan.overview.landingPageUrl }] : []),
    ],
    helpdesk: (policy.helpdesk && policy.helpdeskLink) || plan.overview.helpdeskContact,
    scenarios: plan.support.scenarios.map((s) => ({ title: s.title, handledBy: s.handledBy, steps: stepsOf(s.resolution) })),
    escalation: plan.support.roles.map((r) => ({ ...r })),
  };
}
