import { BadInputError, ErrorReason } from '@prongsai/common';

export const EMAIL_MAX_LENGTH = 320;
// Deliberately plain: one @, no spaces, a dot in the domain. SMTP is the real test; this catches typos.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** Lower-cased and trimmed, or null if it is not an address. */
export function normalizeEmail(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const email = value.trim().toLowerCase();
  return email.length <= EMAIL_MAX_LENGTH && EMAIL.test(email) ? email : null;
}

export function requireEmail(value: unknown, field: string): string {
  const email = normalizeEmail(value);
  if (!email) throw new BadInputError(field, ErrorReason.INVALID_EMAIL, 'อีเมลไม่ถูกต้อง');
  return email;
}
