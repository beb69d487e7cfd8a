import { BadInputError } from './domain-error';
import { ErrorReason } from './error-reason';

export const MAX_URL_LENGTH = 2000;

/**
 * Evidence links must open in a reviewer's browser: http(s) with a host only. Anything else (javascript:,
 * file:, mailto:, a bare domain) is refused rather than stored and rendered as a link later.
 */
export function normalizeHttpUrl(value: string, field: string): string {
  const url = typeof value === 'string' ? value.trim() : '';
  if (url.length === 0) throw new BadInputError(field, ErrorReason.EMPTY_TEXT, 'must not be empty');
  if (url.length > MAX_URL_LENGTH) {
    throw new BadInputError(field, ErrorReason.TEXT_TOO_LONG, `must be at most ${MAX_URL_LENGTH} characters`);
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new BadInputError(field, ErrorReason.INVALID_URL, 'must be an http:// or https:// URL');
  }
  if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.hostname === '') {
    throw new BadInputError(field, ErrorReason.INVALID_URL, 'must be an http:// or https:// URL');
  }
  return url;
}
