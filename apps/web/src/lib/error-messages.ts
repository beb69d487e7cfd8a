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
