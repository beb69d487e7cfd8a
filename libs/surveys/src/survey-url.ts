import { BadInputError, ErrorReason } from '@prongsai/common';
import { SurveyTool } from './survey-tool';

/** ITAS access codes as printed on the posters, e.g. `15596d`: six digits or lower-case letters. */
export const ACCESS_CODE_PATTERN = /^[0-9a-z]{6}$/;

const ITAS_BASE = 'https://itas.nacc.go.th/go';

/** Throws BAD_USER_INPUT on `accessCode` unless the code has the ITAS format; returns it trimmed. */
export function normalizeAccessCode(code: string): string {
  const trimmed = typeof code === 'string' ? code.trim() : '';
  if (!ACCESS_CODE_PATTERN.test(trimmed)) {
    throw new BadInputError(
      'accessCode',
      ErrorReason.INVALID_ACCESS_CODE,
      'must be exactly 6 characters, digits or lower-case letters (e.g. 15596d)',
    );
  }
  return trimmed;
}

/** The link LAOs print as a QR code: `https://itas.nacc.go.th/go/iit/<code>` or `/go/eit/<code>`. */
export function surveyUrl(tool: SurveyTool, accessCode: string | null): string | null {
  if (!accessCode) return null;
  return `${ITAS_BASE}/${tool.toLowerCase()}/${encodeURIComponent(accessCode)}`;
}
