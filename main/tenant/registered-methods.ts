import type { MethodId } from '../../shared/plan/methods';
import { detached } from '../../shared/text';

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
  hardwareonetimepasscode: 'appCode',
  hardwareoathtoken: 'appCode',
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

/** The portal adds detail in brackets ("Microsoft Authenticator app (push notification)"); the name before it decides. */
function methodByName(value: string): MethodId | null {
  const key = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');
  return METHOD_NAMES[key(value)] ?? METHOD_NAMES[key(value.replace(/\(.*\)/, ''))] ?? null;
}

function registeredMethods(values: readonly string[]): Partial<Record<MethodId, true>> {
  const out: Partial<Record<MethodId, true>> = {};
  for (const value of values) {
    const id = methodByName(value);
    if (id) out[id] = true;
  }
  return out;
}

const cells = new Map<string, Partial<Record<MethodId, true>>>();

/** The methods of one report cell ("microsoftAuthenticatorPush;mobilePhone"); the few distinct cells are read once. */
export function registeredMethodsIn(cell: string): Partial<Record<MethodId, true>> {
  let methods = cells.get(cell);
  if (!methods) {
    methods = registeredMethods(cell.split(/[;,]/).map((v) => v.trim()));
    cells.set(detached(cell), methods);
  }
  return { ...methods };
}
