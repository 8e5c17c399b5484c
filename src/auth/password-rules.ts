import { COMMON_PASSWORDS } from './common-passwords';

/** NIST SP 800-63B style: length only, any Unicode, no composition rules, no common passwords. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** Length in characters as a person counts them (code points), not UTF-16 units. */
export const passwordLength = (password: string) => [...password.normalize('NFC')].length;

const LEET: Record<string, string> = { '@': 'a', '4': 'a', '0': 'o', '1': 'i', '!': 'i', '3': 'e', $: 's', '5': 's', '7': 't', '8': 'b', '9': 'g' };
const EDGE_NOISE = /^[\d\s!@#$%^&*?.,_+=~-]+|[\d\s!@#$%^&*?.,_+=~-]+$/g;

function candidates(password: string): string[] {
  const lower = password.normalize('NFC').toLowerCase();
  const squashed = lower.replace(/[\s._-]+/g, '');
  const core = squashed.replace(EDGE_NOISE, '');
  const unleet = [...core].map((ch) => LEET[ch] ?? ch).join('');
  const unleetCore = unleet.replace(EDGE_NOISE, '');
  return [lower, squashed, core, unleet, unleetCore].filter((c) => c.length >= 4);
}

/** True for a listed password, the same with digits or symbols around it, letter substitutions, or a repeated piece. */
export function isCommonPassword(password: string): boolean {
  const found = candidates(password);
  if (found.some((c) => COMMON_PASSWORDS.has(c))) return true;
  const squashed = password
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s._-]+/g, '');
  const repeated = /^(.+?)\1+$/.exec(squashed);
  return repeated !== null && (repeated[1]!.length <= 4 || COMMON_PASSWORDS.has(repeated[1]!));
}

export type PasswordProblem = 'passwordTooShort' | 'passwordTooLong' | 'passwordTooCommon' | 'passwordIsEmail';

/** The first rule a new password breaks, as a text key of the accounts feature; null when it is acceptable. */
export function passwordProblem(password: string, email?: string): PasswordProblem | null {
  const length = passwordLength(password);
  if (length < PASSWORD_MIN_LENGTH) return 'passwordTooShort';
  if (length > PASSWORD_MAX_LENGTH) return 'passwordTooLong';
  if (isCommonPassword(password)) return 'passwordTooCommon';
  if (email) {
    const lower = password.toLowerCase().trim();
    const address = email.toLowerCase().trim();
    if (lower === address || lower === address.split('@')[0]) return 'passwordIsEmail';
  }
  return null;
}
