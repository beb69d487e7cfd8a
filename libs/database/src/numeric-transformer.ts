import { ValueTransformer } from 'typeorm';

/**
 * node-postgres returns numeric columns as strings (to keep arbitrary precision). Scores are numeric(5,2),
 * well inside a double's exact range, so they are read back as numbers.
 */
export const numericTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
