import { BadInputError, ErrorReason } from '@prongsai/common';

/** `measures-2566.docx`: the year in a path is four digits, Buddhist-era (the framework check comes after). */
export function fiscalYearParam(value: string): number {
  if (!/^\d{4}$/.test(value)) {
    throw new BadInputError('fiscalYear', ErrorReason.INVALID_VALUE, 'ปีงบประมาณต้องเป็นปีพุทธศักราชสี่หลัก เช่น 2566');
  }
  return Number(value);
}
