import type { Plan } from '../schema';
import { hit, type Rule } from './types';
import { DOMAIN, HTTPS_URL } from '../formats';

function outOfOrder(plan: Plan): { field: string; message: string }[] {
  const { pilotStart, launch, fullRollout } = plan.overview;
  const pairs: [string, string | null, string, string | null][] = [
    ['pilot start', pilotStart, 'launch', launch],
    ['launch', launch, 'full rollout', fullRollout],
  ];
  return pairs
    .filter(([, a, , b]) => a !== null && b !== null && a > b)
    .map(([aName, a, bName, b]) => ({
      field: bName === 'launch' ? 'overview.launch' : 'overview.fullRollout',
      message: `The ${bName} (${b}) comes before the ${aName} (${a}).`,
    }));
}

export const overviewRules: Rule[] = [
  {
    code: 'SSPR-OVERVIEW-001',
    severity: 'error',
    section: 'overview',
    summary: 'The organization has no name.',
    check: ({ plan }) =>
      hit(plan.overview.organization.trim() === '', {
        field: 'overview.organization',
        message: 'Name the organization; emails, documents and the landing page use it.',
      }),
  },
  {
    code: 'SSPR-OVERVIEW-002',
    severity: 'warning',
    section: 'overview',
    summary: 'The tenant domain is missing or is not a domain name.',
    check: ({ plan }) =>
      hit(!DOMAIN.test(plan.overview.tenantDomain.trim()), {
        field: 'overview.tenantDomain',
        message:
          plan.overview.tenantDomain.trim() === ''
            ? 'Enter the tenant domain, for example contoso.com.'
            : `"${plan.overview.tenantDomain}" is not a domain name such as contoso.com.`,
      }),
  },
  {
    code: 'SSPR-OVERVIEW-003',
    severity: 'error',
    section: 'overview',
    summary: 'Key dates are out of order (pilot start, launch, full rollout).',
    check: ({ plan }) => outOfOrder(plan),
  },
  {
    code: 'SSPR-OVERVIEW-004',
    severity: 'warning',
    section: 'overview',
    summary: 'The landing page address is missing or not https.',
    check: ({ plan }) =>
      hit(!HTTPS_URL.test(plan.overview.landingPageUrl.trim()), {
        field: 'overview.landingPageUrl',
        message:
          plan.overview.landingPageUrl.trim() === ''
            ? 'Choose an easy-to-remember https address for the password landing page; every email links to it.'
            : `"${plan.overview.landingPageUrl}" is not an https:// address.`,
      }),
  },
  {
    code: 'SSPR-OVERVIEW-005',
    severity: 'warning',
    section: 'overview',
    summary: 'No help-desk contact is given.',
    check: ({ plan }) =>
      hit(plan.overview.helpdeskContact.trim() === '', {
        field: 'overview.helpdeskContact',
        message: 'Give the help-desk contact users should turn to when self-service does not work.',
      }),
  },
  {
    code: 'SSPR-OVERVIEW-006',
    severity: 'info',
    section: 'overview',
    summary: 'Other identity systems need the new password too.',
    check: ({ plan }) =>
      hit(plan.overview.otherIdentitySystems.length > 0, {
        field: 'overview.otherIdentitySystems',
        message: `A password reset in the cloud must also reach: ${plan.overview.otherIdentitySystems.join(', ')}. Plan a password change notification or sync for each.`,
      }),
  },
  {
    code: 'SSPR-BUSINESS-001',
    severity: 'info',
    section: 'overview',
    summary: 'The business-case baseline is missing.',
    check: ({ plan }) =>
      hit(plan.businessCase.passwordCallsPerMonth === 0 || plan.businessCase.costPerCall === 0, {
        field: 'businessCase.passwordCallsPerMonth',
        message: 'Enter the monthly password calls to the help desk and the cost of one call to estimate the savings.',
      }),
  },
];
