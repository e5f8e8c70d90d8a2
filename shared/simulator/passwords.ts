/**
 * Entra's cloud password rules as the simulator applies them: 8 to 256 characters, three of the four
 * kinds (lower case, upper case, digits, symbols), not containing the user name, and no word from a
 * short stand-in for the global banned list once common character swaps are undone.
 */

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 256;

const BANNED = ['password', 'passw0rd', 'welcome', 'letmein', 'qwerty', 'azerty', 'abc123', 'iloveyou', 'admin', 'monkey', 'dragon', 'sunshine', 'football', 'changeme'];

const SWAPS: Record<string, string> = { '0': 'o', '1': 'l', '!': 'i', '3': 'e', '4': 'a', '@': 'a', $: 's', '5': 's', '7': 't' };

export type PasswordProblem = 'tooShort' | 'tooLong' | 'tooSimple' | 'containsName' | 'banned';

/** Why the password is refused, or null when it is accepted. */
export function passwordProblem(password: string, upn: string): PasswordProblem | null {
  if (password.length < PASSWORD_MIN) return 'tooShort';
  if (password.length > PASSWORD_MAX) return 'tooLong';
  const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((re) => re.test(password)).length;
  if (kinds < 3) return 'tooSimple';
  const lower = password.toLowerCase();
  const name = upn.split('@')[0].toLowerCase();
  if (name.length >= 3 && lower.includes(name)) return 'containsName';
  const plain = [...lower].map((c) => SWAPS[c] ?? c).join('');
  if (BANNED.some((word) => lower.includes(word) || plain.includes(word))) return 'banned';
  return null;
}
