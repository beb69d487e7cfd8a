import { NotificationKind } from './notification-kind';
import { addDays } from '@prongsai/thai';
import { overdueDueDates, reminderOccurrence, weekStart } from './reminder-occurrence';

const DUE = '2023-02-10';

describe('reminderOccurrence (a measure due 10 Feb 2023)', () => {
  it.each<[string, string, NotificationKind | null, string | null]>([
    ['more than 7 days ahead: nothing yet', '2023-02-02', null, null],
    ['exactly 7 days ahead', '2023-02-03', NotificationKind.DUE_IN_7_DAYS, '2023-02-03'],
    ['the 7-day reminder caught up late', '2023-02-06', NotificationKind.DUE_IN_7_DAYS, '2023-02-03'],
    ['2 days ahead is still the 7-day window', '2023-02-08', NotificationKind.DUE_IN_7_DAYS, '2023-02-03'],
    ['the day before', '2023-02-09', NotificationKind.DUE_TOMORROW, '2023-02-09'],
    [
      'the due day catches up the day-before reminder',
      '2023-02-10',
      NotificationKind.DUE_TOMORROW,
      '2023-02-09',
    ],
    ['the day after: first overdue reminder', '2023-02-11', NotificationKind.OVERDUE, '2023-02-11'],
    ['6 days later is still the first', '2023-02-17', NotificationKind.OVERDUE, '2023-02-11'],
    ['a week after the first', '2023-02-18', NotificationKind.OVERDUE, '2023-02-18'],
    ['across a month end', '2023-03-04', NotificationKind.OVERDUE, '2023-03-04'],
  ])('%s (as of %s)', (_name, asOf, kind, remindOn) => {
    expect(reminderOccurrence(asOf, DUE)).toEqual(kind ? { kind, remindOn } : null);
  });

  it('a leap day due date', () => {
    expect(reminderOccurrence('2024-03-01', '2024-02-29')).toEqual({
      kind: NotificationKind.OVERDUE,
      remindOn: '2024-03-01',
    });
  });
});

describe('weekStart', () => {
  it.each([
    ['a Monday is its own week start', '2023-02-06', '2023-02-06'],
    ['a Friday', '2023-02-10', '2023-02-06'],
    ['a Sunday belongs to the week before', '2023-02-12', '2023-02-06'],
    ['across a year end', '2023-01-01', '2022-12-26'],
  ])('%s', (_name, date, expected) => {
    expect(weekStart(date)).toBe(expected);
  });
});

describe('overdueDueDates (the overdue due dates a scan reads, since the last scan)', () => {
  const AS_OF = '2027-03-10';
  it.each<[string, string | null, string | null, string[] | null]>([
    ['no scan before: every overdue measure', null, '2026-10-01', null],
    ['the last scan a week back: every overdue measure', '2027-03-03', '2026-10-01', null],
    ['the last scan longer ago: every overdue measure', '2026-12-31', '2026-10-01', null],
    ['nothing open and overdue', '2027-03-09', null, []],
    ['the earliest open due date is today', '2027-03-09', '2027-03-10', []],
    ['yesterday, earliest due yesterday: the first overdue day', '2027-03-09', '2027-03-09', ['2027-03-09']],
    [
      'yesterday: one due date a week, back to the earliest',
      '2027-03-09',
      '2027-02-15',
      ['2027-03-09', '2027-03-02', '2027-02-23', '2027-02-16'],
    ],
    [
      'two days ago (a missed day): two due dates a week',
      '2027-03-08',
      '2027-02-24',
      ['2027-03-09', '2027-03-08', '2027-03-02', '2027-03-01'],
    ],
    [
      'six days ago: six of every seven days',
      '2027-03-04',
      '2027-03-02',
      ['2027-03-09', '2027-03-08', '2027-03-07', '2027-03-06', '2027-03-05', '2027-03-04', '2027-03-02'],
    ],
  ])('%s (last scan %s, earliest %s)', (_name, lastScan, earliest, expected) => {
    expect(overdueDueDates(AS_OF, lastScan, earliest)).toEqual(expected);
  });

  it('refuses a last scan that is not before the day scanned', () => {
    expect(() => overdueDueDates(AS_OF, AS_OF, '2026-10-01')).toThrow(
      new RangeError('lastScan 2027-03-10 must be before asOf 2027-03-10'),
    );
    expect(() => overdueDueDates(AS_OF, '2027-03-11', '2026-10-01')).toThrow(RangeError);
  });

  // The set is exactly the overdue due dates whose reminder (reminderOccurrence) falls after the last scan:
  // every due date of a year, for every gap of 1 to 6 days, across a leap day.
  it.each([1, 2, 3, 4, 5, 6])('agrees with reminderOccurrence for a gap of %i days', (gap) => {
    for (const asOf of ['2027-03-10', '2028-03-01']) {
      const lastScan = addDays(asOf, -gap);
      const earliest = addDays(asOf, -400);
      const dates = new Set(overdueDueDates(asOf, lastScan, earliest));
      for (let back = 1; back <= 400; back++) {
        const due = addDays(asOf, -back);
        const occurrence = reminderOccurrence(asOf, due)!;
        expect(occurrence.kind).toBe(NotificationKind.OVERDUE);
        expect({ due, read: dates.has(due) }).toEqual({ due, read: occurrence.remindOn > lastScan });
      }
      expect(Math.min(...[...dates].map((d) => Date.parse(d)))).toBeGreaterThanOrEqual(Date.parse(earliest));
    }
  });
});
