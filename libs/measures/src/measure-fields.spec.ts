import { ErrorReason as R } from '@prongsai/common';
import { loadBundledFrameworks } from '@prongsai/frameworks/data';
import { dueDateWindow, normalizeMeasureFields } from './measure-fields';

const fy2566 = loadBundledFrameworks().find((fw) => fw.fiscalYear === 2566)!;

describe('normalizeMeasureFields', () => {
  const valid = {
    title: '  ให้ความรู้เรื่องการประเมิน ITA  ',
    steps: [' จัดประชุม อปท. 158 แห่ง ', 'ติดตามผล'],
    responsible: 'จังหวัดพระนครศรีอยุธยา',
    dueDate: '2023-02-10',
    indicatorCodes: ['9', '10', '9'],
  };

  it('trims text and drops repeated indicator codes', () => {
    expect(normalizeMeasureFields(valid, fy2566)).toEqual({
      title: 'ให้ความรู้เรื่องการประเมิน ITA',
      steps: ['จัดประชุม อปท. 158 แห่ง', 'ติดตามผล'],
      responsible: 'จังหวัดพระนครศรีอยุธยา',
      dueDate: '2023-02-10',
      indicatorCodes: ['9', '10'],
    });
  });

  it('leaves absent and null fields out (partial updates)', () => {
    expect(normalizeMeasureFields({ title: 'x', steps: null }, fy2566)).toEqual({ title: 'x' });
  });

  it('allows FY2565 to FY2567 due dates for a FY2566 measure', () => {
    expect(dueDateWindow(2566)).toEqual({ from: '2021-10-01', to: '2024-09-30' });
  });

  it.each([
    ['blank title', { title: '   ' }, 'title', R.EMPTY_TEXT],
    ['title of 501 characters', { title: 'ก'.repeat(501) }, 'title', R.TEXT_TOO_LONG],
    ['blank second step', { steps: ['ok', ' '] }, 'steps.1', R.EMPTY_TEXT],
    ['step of 2001 characters', { steps: ['x'.repeat(2001)] }, 'steps.0', R.TEXT_TOO_LONG],
    ['51 steps', { steps: Array.from({ length: 51 }, () => 'x') }, 'steps', R.TOO_MANY_ITEMS],
    ['blank responsible', { responsible: '' }, 'responsible', R.EMPTY_TEXT],
    ['30 February', { dueDate: '2023-02-30' }, 'dueDate', R.INVALID_DATE],
    ['not a date', { dueDate: '10 ก.พ. 66' }, 'dueDate', R.INVALID_DATE],
    ['Buddhist year typed as Gregorian', { dueDate: '2566-02-10' }, 'dueDate', R.DUE_DATE_OUTSIDE_WINDOW],
    ['before the window', { dueDate: '2021-09-30' }, 'dueDate', R.DUE_DATE_OUTSIDE_WINDOW],
    ['after the window', { dueDate: '2024-10-01' }, 'dueDate', R.DUE_DATE_OUTSIDE_WINDOW],
    ['unknown indicator', { indicatorCodes: ['9', '11'] }, 'indicatorCodes.1', R.UNKNOWN_INDICATOR],
    ['an OIT item is not an indicator', { indicatorCodes: ['O42'] }, 'indicatorCodes.0', R.UNKNOWN_INDICATOR],
  ])('refuses %s', (_scenario, input, field, reason) => {
    expect(() => normalizeMeasureFields(input, fy2566)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', field, reason }),
    );
  });
});
