import { BANGKOK_TIME_ZONE } from './bangkok-time-zone';
import { dateParts } from './internal/date-parts';
import { requireValidDate } from './internal/require-valid-date';

/** An instant in Asia/Bangkok: '10 ก.พ. 2566 13:30 น.' (24-hour clock). Throws RangeError on an invalid Date. */
export function formatThaiDateTime(d: Date, opts: { digits?: 'arabic' | 'thai' } = {}): string {
  const locale = opts.digits === 'thai' ? 'th-TH-u-ca-buddhist-nu-thai' : 'th-TH-u-ca-buddhist';
  const parts = dateParts(
    locale,
    {
      timeZone: BANGKOK_TIME_ZONE,
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      // hourCycle rather than hour12: false, which some ICU versions render as "24:05" just after midnight.
      hourCycle: 'h23',
      hour: '2-digit',
      minute: '2-digit',
    },
    requireValidDate(d, 'formatThaiDateTime'),
  );
  return `${parts.day} ${parts.month} ${parts.year} ${parts.hour}:${parts.minute} น.`;
}
