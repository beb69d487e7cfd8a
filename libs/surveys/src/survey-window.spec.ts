import { surveyWindowState } from './survey-window';

// FY2570's window as the demo seeds it: 1 March – 30 June 2027 (2570 BE).
const WINDOW = { opensOn: '2027-03-01', closesOn: '2027-06-30' };

describe('where today stands in a survey window', () => {
  it.each([
    ['long before', '2026-12-06', { phase: 'NOT_OPEN', daysUntilOpen: 85, daysLeft: null }],
    ['the day before it opens', '2027-02-28', { phase: 'NOT_OPEN', daysUntilOpen: 1, daysLeft: null }],
    [
      'the day it opens: every day left, today counted',
      '2027-03-01',
      { phase: 'OPEN', daysUntilOpen: null, daysLeft: 122 },
    ],
    ['in the middle', '2027-06-01', { phase: 'OPEN', daysUntilOpen: null, daysLeft: 30 }],
    ['the last day', '2027-06-30', { phase: 'OPEN', daysUntilOpen: null, daysLeft: 1 }],
    ['the day after it closed', '2027-07-01', { phase: 'CLOSED', daysUntilOpen: null, daysLeft: null }],
  ])('%s (%s)', (_name, today, state) => {
    expect(surveyWindowState(WINDOW, today)).toEqual(state);
  });

  it('a one-day window is open that day only', () => {
    const day = { opensOn: '2027-05-15', closesOn: '2027-05-15' };
    expect(surveyWindowState(day, '2027-05-14').phase).toBe('NOT_OPEN');
    expect(surveyWindowState(day, '2027-05-15')).toEqual({ phase: 'OPEN', daysUntilOpen: null, daysLeft: 1 });
    expect(surveyWindowState(day, '2027-05-16').phase).toBe('CLOSED');
  });

  it('counts across a leap day (2028-02-29)', () => {
    expect(surveyWindowState({ opensOn: '2028-02-01', closesOn: '2028-03-01' }, '2028-02-28').daysLeft).toBe(
      3,
    );
  });
});
