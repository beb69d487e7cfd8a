import { BadInputError } from './domain-error';
import { ErrorReason } from './error-reason';
import { isInvalidText } from './invalid-text';

/**
 * Free text typed by a user, trimmed. Lengths count characters (code points), as PostgreSQL's varchar(n)
 * does, so a Thai title of 500 characters fits a varchar(500) whatever its UTF-16 length.
 */
export function normalizeText(value: string, field: string, maxLength: number): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text.length === 0) throw new BadInputError(field, ErrorReason.EMPTY_TEXT, 'must not be empty');
  // GraphQL and HTTP refuse these at the door; text read from files (the XLSX import) arrives another way.
  if (isInvalidText(text)) {
    throw new BadInputError(
      field,
      ErrorReason.INVALID_TEXT,
      'contains a NUL or an unpaired UTF-16 surrogate',
    );
  }
  const length = [...text].length;
  if (length > maxLength) {
    throw new BadInputError(
      field,
      ErrorReason.TEXT_TOO_LONG,
      `must be at most ${maxLength} characters (got ${length})`,
    );
  }
  return text;
}

/** Optional free text: null, undefined and blank all mean "none" (stored as null). */
export function normalizeOptionalText(
  value: string | null | undefined,
  field: string,
  maxLength: number,
): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  return normalizeText(value, field, maxLength);
}
