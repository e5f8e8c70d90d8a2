import type { MethodId } from '../../shared/plan/methods';

/**
 * Graph's `methodsRegistered` values and the portal report's wording, keyed without case or spaces,
 * mapped to the SSPR methods they give (sspr-domain.md §11). Methods SSPR does not use
 * (Windows Hello, FIDO2 keys, passkeys, Temporary Access Pass) map to nothing.
 */
const METHOD_NAMES: Record<string, MethodId> = {
  microsoftauthenticatorpush: 'appNotification',
  microsoftauthenticatornotification: 'appNotification',
  microsoftauthenticatorapp: 'appNotification',
  microsoftauthenticator: 'appNotification',
  mobileappnotification: 'appNotification',
  softwareonetimepasscode: 'appCode',
  softwareoathtoken: 'appCode',
  mobileappcode: 'appCode',
  mobilephone: 'mobilePhone',
  alternatemobilephone: 'mobilePhone',
  sms: 'mobilePhone',
  phone: 'mobilePhone',
  officephone: 'officePhone',
  email: 'email',
  emailotp: 'email',
  securityquestion: 'securityQuestions',
  securityquestions: 'securityQuestions',
};

export function registeredMethods(values: readonly string[]): Partial<Record<MethodId, true>> {
  const out: Partial<Record<MethodId, true>> = {};
  for (const value of values) {
    const id = METHOD_NAMES[value.toLowerCase().replace(/[^a-z0-9]/g, '')];
    if (id) out[id] = true;
  }
  return out;
}
