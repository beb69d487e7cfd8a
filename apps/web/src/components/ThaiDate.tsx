import { formatDate } from '../lib/format';

/** A calendar date as `10 ก.พ. 2566` (Thai) or `10 Feb 2023` (English), machine-readable in `dateTime`. */
export function ThaiDate({ value }: { value: string }) {
  return <time dateTime={value}>{formatDate(value)}</time>;
}
