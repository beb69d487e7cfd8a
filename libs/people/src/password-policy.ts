import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import { BadInputError, ErrorReason } from '@prongsai/common';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
/** zxcvbn's scale 0–4; 3 is "safely unguessable" against an online attack and slows an offline one. */
export const PASSWORD_MIN_SCORE = 3;

// The common-password list (zxcvbn-ts' language-common: the most used passwords of the breaches, keyboard
// patterns) and its adjacency graphs. Built once: the dictionaries take a moment to rank.
let checker: ZxcvbnFactory | undefined;
function zxcvbn(): ZxcvbnFactory {
  checker ??= new ZxcvbnFactory({ dictionary: common.dictionary, graphs: common.adjacencyGraphs });
  return checker;
}

/** Thai messages for the refusals (the reason is the machine-readable part). */
export const PASSWORD_MESSAGES = {
  [ErrorReason.PASSWORD_TOO_SHORT]: `รหัสผ่านต้องยาวอย่างน้อย ${PASSWORD_MIN_LENGTH} ตัวอักษร`,
  [ErrorReason.PASSWORD_TOO_LONG]: `รหัสผ่านยาวได้ไม่เกิน ${PASSWORD_MAX_LENGTH} ตัวอักษร`,
  [ErrorReason.PASSWORD_IS_EMAIL]: 'รหัสผ่านต้องไม่ใช่อีเมลของบัญชี',
  [ErrorReason.PASSWORD_TOO_COMMON]:
    'รหัสผ่านนี้เดาง่ายหรือเป็นรหัสผ่านที่ใช้กันทั่วไป กรุณาตั้งรหัสผ่านที่ยาวขึ้นหรือผสมคำที่ไม่เกี่ยวข้องกัน',
} as const;

/** Why a new password is refused, or null. Pure (no I/O). */
export function passwordProblem(password: string, email: string): keyof typeof PASSWORD_MESSAGES | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return ErrorReason.PASSWORD_TOO_SHORT;
  if (length > PASSWORD_MAX_LENGTH) return ErrorReason.PASSWORD_TOO_LONG;
  const lower = password.trim().toLowerCase();
  const address = email.trim().toLowerCase();
  if (lower === address || lower === address.split('@')[0]) return ErrorReason.PASSWORD_IS_EMAIL;
  // The email's parts count as known words: "lead.2140101-2567" is not strong for that lead.
  const { score } = zxcvbn().check(password, address.split(/[@.+_-]/).filter(Boolean));
  if (score < PASSWORD_MIN_SCORE) return ErrorReason.PASSWORD_TOO_COMMON;
  return null;
}

/** Throws BAD_USER_INPUT on `field` with the reason and a Thai message. */
export function assertPasswordAllowed(password: string, email: string, field: string): void {
  const problem = passwordProblem(password, email);
  if (problem) throw new BadInputError(field, problem, PASSWORD_MESSAGES[problem]);
}
