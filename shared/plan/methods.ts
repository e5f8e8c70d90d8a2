/** Verification methods, by the portable ids of the scenario format (design.md). */
export const METHOD_IDS = [
  'appNotification',
  'appCode',
  'email',
  'mobilePhone',
  'officePhone',
  'securityQuestions',
] as const;

export type MethodId = (typeof METHOD_IDS)[number];

export interface MethodInfo {
  id: MethodId;
  /** Name in the legacy SSPR policy blade. */
  legacyName: string;
  /** Where the method lives since methods moved to the Authentication methods policy. */
  currentName: string;
}

export const METHODS: Record<MethodId, MethodInfo> = {
  appNotification: {
    id: 'appNotification',
    legacyName: 'Mobile app notification',
    currentName: 'Microsoft Authenticator (push)',
  },
  appCode: {
    id: 'appCode',
    legacyName: 'Mobile app code',
    currentName: 'Microsoft Authenticator or software OATH code',
  },
  email: { id: 'email', legacyName: 'Email', currentName: 'Email OTP' },
  mobilePhone: { id: 'mobilePhone', legacyName: 'Mobile phone', currentName: 'SMS and voice call' },
  officePhone: { id: 'officePhone', legacyName: 'Office phone', currentName: 'Voice call' },
  securityQuestions: {
    id: 'securityQuestions',
    legacyName: 'Security questions',
    currentName: 'Security questions (SSPR policy)',
  },
};
