import type { MethodId } from '../../../../shared/plan/methods';

/**
 * What the person walking the portal did on the simulated devices: codes typed, a push approved or
 * denied, a call answered, questions answered right or wrong.
 */
export interface Responses {
  codes: Partial<Record<MethodId, string>>;
  answers: Partial<Record<MethodId, boolean>>;
}

export const NO_RESPONSES: Responses = { codes: {}, answers: {} };

/** Methods answered with a code; the others are a yes or no on the device. */
export const CODE_METHODS: readonly MethodId[] = ['email', 'mobilePhone', 'appCode'];

/** The chosen methods the user got right: a matching code, or a yes; questions count as right unless marked wrong. */
export function verifiedMethods(methods: readonly MethodId[], sent: Partial<Record<MethodId, string>>, r: Responses): MethodId[] {
  return methods.filter((m) => {
    if (CODE_METHODS.includes(m)) return (r.codes[m] ?? '').replace(/\s/g, '') === sent[m];
    if (m === 'securityQuestions') return r.answers[m] !== false;
    return r.answers[m] === true;
  });
}
