import { ErrorReason } from '@prongsai/common';
import { describe, expect, it } from 'vitest';
import en from '../locales/en.json';
import th from '../locales/th.json';
import { fieldKey, problemMessage } from './error-messages';
import i18n from './i18n';

const keysOf = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keysOf(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );

describe('error reason → sentence', () => {
  const th_ = i18n.getFixedT('th');
  const en_ = i18n.getFixedT('en');

  it('has the same keys in Thai and English', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(th).sort());
  });

  it.each(Object.values(ErrorReason))('%s has its own Thai and English sentence', (reason) => {
    const thai = problemMessage(th_, { reason });
    expect(thai).not.toBe(th.errors.unknown);
    expect(thai).toMatch(/[\u0e00-\u0e7f]/);
    expect(problemMessage(en_, { reason })).not.toBe(en.errors.unknown);
  });

  it.each([
    ['dueDate', ErrorReason.DUE_DATE_AFTER_MEASURE, 'กำหนดของขั้นตอนต้องไม่เกินกำหนดแล้วเสร็จของมาตรการ'],
    [
      'dueDate',
      ErrorReason.DUE_DATE_OUTSIDE_WINDOW,
      'กำหนดแล้วเสร็จต้องอยู่ในปีงบประมาณของมาตรการ หรือปีก่อนหน้า/ปีถัดไป',
    ],
    ['input.title', ErrorReason.EMPTY_TEXT, 'กรุณากรอกชื่อมาตรการ'],
    ['steps.2', ErrorReason.TEXT_TOO_LONG, 'แต่ละขั้นตอนยาวได้ไม่เกิน 2,000 ตัวอักษร'],
    ['indicatorCodes.0', ErrorReason.UNKNOWN_INDICATOR, 'มีตัวชี้วัดที่ไม่อยู่ในเกณฑ์ของปีงบประมาณนี้'],
    ['evidenceUrls.1', ErrorReason.INVALID_URL, 'ลิงก์หลักฐานทุกบรรทัดต้องขึ้นต้นด้วย http:// หรือ https://'],
    [
      'accessCode',
      ErrorReason.INVALID_ACCESS_CODE,
      'รหัสเข้าตอบแบบวัดต้องเป็นตัวเลขหรืออักษรภาษาอังกฤษตัวเล็ก 6 ตัว เช่น 15596d',
    ],
    // A field without a sentence of its own falls back to the reason's.
    ['somethingElse', ErrorReason.TEXT_TOO_LONG, 'ข้อความยาวเกินกำหนด กรุณาย่อให้สั้นลง'],
  ])('%s + %s → %s', (field, reason, sentence) => {
    expect(problemMessage(th_, { field, reason })).toBe(sentence);
  });

  it('says something sensible for a reason it does not know and for a lost connection', () => {
    expect(problemMessage(th_, { reason: 'SOMETHING_NEW' })).toBe(th.errors.unknown);
    expect(problemMessage(th_, { reason: 'NETWORK' })).toContain('เชื่อมต่อเซิร์ฟเวอร์ไม่ได้');
  });

  it('names fields without the input prefix and list indexes', () => {
    expect([fieldKey('input.dueDate'), fieldKey('steps.12'), fieldKey('title'), fieldKey(undefined)]).toEqual(
      ['dueDate', 'steps', 'title', undefined],
    );
  });
});
