import { CombinedGraphQLErrors } from '@apollo/client';
import type { ErrorReason } from '@prongsai/common';
import type { TFunction } from 'i18next';

/** One refusal as the API reports it: `extensions.code`, `extensions.reason` and, for bad input, `field`. */
export interface ApiProblem {
  code?: string;
  reason?: string;
  field?: string;
}

/**
 * The field's name as the locale files key it: the server says `dueDate`, `input.title` or `steps.2`;
 * the sentence is the same for every step, so list indexes are dropped.
 */
export function fieldKey(field: string | undefined): string | undefined {
  if (!field) return undefined;
  return field
    .replace(/^input\./, '')
    .replace(/\.\d+(?=\.|$)/g, '')
    .replace(/\./g, '_');
}

/** A Thai (or English) sentence for a reason, specific to the field when the locale has one. */
export function problemMessage(t: TFunction, problem: ApiProblem): string {
  const reason = (problem.reason ?? 'INTERNAL') as ErrorReason | 'NETWORK';
  const field = fieldKey(problem.field);
  const keys = [
    ...(field ? [`errors.field.${field}.${reason}`] : []),
    `errors.reason.${reason}`,
    'errors.unknown',
  ];
  return t(keys);
}

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
