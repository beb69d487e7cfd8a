import { CombinedGraphQLErrors } from '@apollo/client';
import type { TFunction } from 'i18next';
import { problemMessage, type ApiProblem } from './error-messages';

export { fieldKey, problemMessage } from './error-messages';

// Apart from error-messages.ts so that the sign-in page, which maps /session refusals, does not bundle Apollo.
/** The problems inside whatever Apollo (or fetch) threw. */
export function problemsOf(error: unknown): ApiProblem[] {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.map((e) => {
      const ext = (e.extensions ?? {}) as Record<string, unknown>;
      return {
        code: typeof ext.code === 'string' ? ext.code : undefined,
        reason: typeof ext.reason === 'string' ? ext.reason : undefined,
        field: typeof ext.field === 'string' ? ext.field : undefined,
      };
    });
  }
  return [{ reason: 'NETWORK' }];
}

/** The first problem's sentence: for a message beside a button rather than a field. */
export function errorMessage(t: TFunction, error: unknown): string {
  return problemMessage(t, problemsOf(error)[0] ?? {});
}
