import { NotificationKind } from './notification-kind';
import { reminderOccurrence, weekStart } from './reminder-occurrence';

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
