import { toThaiDigits } from './to-thai-digits';

describe('toThaiDigits', () => {
  it.each<[string, string | number, string]>([
    ['all ten digits', '0123456789', '๐๑๒๓๔๕๖๗๘๙'],
    ['a Buddhist year as a number', 2566, '๒๕๖๖'],
    ['a date leaves letters and punctuation', '10 ก.พ. 2566', '๑๐ ก.พ. ๒๕๖๖'],
    ['a decimal score', 88.98, '๘๘.๙๘'],
    ['no digits', 'ไม่มี', 'ไม่มี'],
    ['already Thai', '๒๕๖๖', '๒๕๖๖'],
    ['empty', '', ''],
  ])('%s', (_name, input, expected) => {
    expect(toThaiDigits(input)).toBe(expected);
  });
});
