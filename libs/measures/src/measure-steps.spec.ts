import { BadInputError, ErrorReason } from '@prongsai/common';
import { MeasureStatus } from './measure-status';
import { isStepOverdue, normalizeStepDueDate, planStepReplacement } from './measure-steps';

const steps = (...texts: string[]) => texts.map((description, i) => ({ id: `s${i + 1}`, description }));

describe('planStepReplacement', () => {
  it.each<[string, string[], string[], ReturnType<typeof planStepReplacement>]>([
    [
      'same list',
      ['ก', 'ข'],
      ['ก', 'ข'],
      {
        keep: [
          { id: 's1', position: 1 },
          { id: 's2', position: 2 },
        ],
        insert: [],
        remove: [],
      },
    ],
    [
      'reordered: rows follow their text',
      ['ก', 'ข'],
      ['ข', 'ก'],
      {
        keep: [
          { id: 's2', position: 1 },
          { id: 's1', position: 2 },
        ],
        insert: [],
        remove: [],
      },
    ],
    [
      'one rewritten',
      ['ก', 'ข'],
      ['ก', 'ค'],
      { keep: [{ id: 's1', position: 1 }], insert: [{ position: 2, description: 'ค' }], remove: ['s2'] },
    ],
    [
      'inserted at the front',
      ['ก'],
      ['ใหม่', 'ก'],
      { keep: [{ id: 's1', position: 2 }], insert: [{ position: 1, description: 'ใหม่' }], remove: [] },
    ],
    ['all removed', ['ก', 'ข'], [], { keep: [], insert: [], remove: ['s1', 's2'] }],
    ['from none', [], ['ก'], { keep: [], insert: [{ position: 1, description: 'ก' }], remove: [] }],
    [
      'duplicates stay two, first match first',
      ['ก', 'ก', 'ข'],
      ['ก', 'ข', 'ก'],
      {
        keep: [
          { id: 's1', position: 1 },
          { id: 's3', position: 2 },
          { id: 's2', position: 3 },
        ],
        insert: [],
        remove: [],
      },
    ],
    [
      'one of two duplicates dropped',
      ['ก', 'ก'],
      ['ก'],
      { keep: [{ id: 's1', position: 1 }], insert: [], remove: ['s2'] },
    ],
  ])('%s', (_case, before, after, plan) => {
    expect(planStepReplacement(steps(...before), after)).toEqual(plan);
  });
});

describe('normalizeStepDueDate', () => {
  const measure = { dueDate: '2023-03-31', fiscalYear: 2566 };

  it.each([
    ['2023-02-10', '2023-02-10'],
    ['2023-03-31', '2023-03-31'],
    ['2021-10-01', '2021-10-01'],
  ])('accepts %s', (value, expected) => {
    expect(normalizeStepDueDate(value, measure)).toBe(expected);
  });

  it.each([
    [
      '2023-04-01',
      ErrorReason.DUE_DATE_AFTER_MEASURE,
      "must be on or before the measure's due date (2023-03-31)",
    ],
    [
      '2021-09-30',
      ErrorReason.DUE_DATE_OUTSIDE_WINDOW,
      'must be on or after 2021-10-01 for a FY2566 measure',
    ],
    ['2023-02-30', ErrorReason.INVALID_DATE, ''],
    ['10/02/2566', ErrorReason.INVALID_DATE, ''],
  ])('refuses %s, naming dueDate', (value, reason, message) => {
    let error: unknown;
    try {
      normalizeStepDueDate(value, measure);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BadInputError);
    expect(error).toMatchObject({ field: 'dueDate', reason });
    if (message) expect((error as Error).message).toBe(message);
  });
});

describe('isStepOverdue (today = 2023-02-11, Bangkok)', () => {
  const today = '2023-02-11';
  const done = new Date('2023-02-09T03:00:00Z');
  it.each<[string, string | null, Date | null, MeasureStatus, boolean]>([
    ['due yesterday, to do', '2023-02-10', null, MeasureStatus.IN_PROGRESS, true],
    ['due today', '2023-02-11', null, MeasureStatus.PLANNED, false],
    ['due yesterday, done', '2023-02-10', done, MeasureStatus.IN_PROGRESS, false],
    ['no date of its own', null, null, MeasureStatus.PLANNED, false],
    ['measure completed', '2023-02-10', null, MeasureStatus.COMPLETED, false],
    ['measure cancelled', '2023-02-10', null, MeasureStatus.CANCELLED, false],
  ])('%s → %p', (_case, dueDate, completedAt, status, overdue) => {
    expect(isStepOverdue({ dueDate, completedAt }, status, today)).toBe(overdue);
  });
});
