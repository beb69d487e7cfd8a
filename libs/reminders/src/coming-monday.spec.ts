import { comingMonday } from './supervisor-digest-preview.service';

describe('the Monday the next digest goes out for', () => {
  it.each([
    ['a Monday is its own', '2026-12-07', '2026-12-07'],
    ['a Sunday: the next day', '2026-12-06', '2026-12-07'],
    ['a Tuesday: six days on', '2026-12-08', '2026-12-14'],
    ['across the year end', '2026-12-29', '2027-01-04'],
    ['across a leap day', '2028-02-29', '2028-03-06'],
  ])('%s (%s → %s)', (_name, date, monday) => {
    expect(comingMonday(date)).toBe(monday);
  });
});
