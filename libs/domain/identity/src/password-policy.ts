/** Why a password is not acceptable; the UI and API translate these codes. */
export type PasswordProblem = 'too_short' | 'too_long' | 'too_common' | 'contains_email';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

// A short list of the passwords people pick first; length does most of the work.
const COMMON = new Set([
  'passwort123', 'password123', '1234567890', 'qwertzuiop', 'qwertyuiop', 'miteinander', 'ehrenamt123', 'hallo12345', 'passwort1234',
]);

/** Checks a new password. Pure: no I/O, so the web app can show the same result as you type. */
export function checkPassword(password: string, email?: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push('too_short');
  if (password.length > PASSWORD_MAX_LENGTH) problems.push('too_long');
  if (COMMON.has(password.toLowerCase())) problems.push('too_common');
  const localPart = email?.split('@')[0]?.toLowerCase();
  if (localPart && localPart.length >= 4 && password.toLowerCase().includes(localPart)) problems.push('contains_email');
  return problems;
}
