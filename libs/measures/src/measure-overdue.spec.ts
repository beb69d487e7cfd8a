import { bangkokToday } from '@prongsai/thai';
import { isMeasureOverdue } from './measure-overdue';
import { MeasureStatus } from './measure-status';

describe('isMeasureOverdue (Asia/Bangkok)', () => {
  // 2023-02-10T17:30Z is already 11 Feb in Bangkok (UTC+7): a measure due on the 10th is overdue there.
  const today = bangkokToday(new Date('2023-02-10T17:30:00Z'));

  it.each([
    ['due yesterday, planned', MeasureStatus.PLANNED, '2023-02-10', true],
    ['due yesterday, in progress', MeasureStatus.IN_PROGRESS, '2023-02-10', true],
    ['due today', MeasureStatus.PLANNED, '2023-02-11', false],
    ['due tomorrow', MeasureStatus.IN_PROGRESS, '2023-02-12', false],
    ['completed late is not overdue', MeasureStatus.COMPLETED, '2022-12-27', false],
    ['cancelled is not overdue', MeasureStatus.CANCELLED, '2022-12-27', false],
  ])('%s → %p', (_scenario, status, dueDate, overdue) => {
    expect(today).toBe('2023-02-11');
    expect(isMeasureOverdue({ status, dueDate }, today)).toBe(overdue);
  });
});
