import i18n from 'i18next';
import { describe, expect, it } from 'vitest';
import th from '../../../locales/th.json';
import {
  definitionJson,
  describePath,
  problemCell,
  toDefinitionInput,
  toFormValues,
  type VersionFramework,
} from './framework-form';

const FRAMEWORK: VersionFramework = {
  fiscalYear: 2570,
  passThreshold: 85,
  assumptions: ['Copied from FY2567'],
  noticeTh: 'ยังไม่ยืนยันเกณฑ์ของปีนี้',
  tools: [
    { code: 'IIT', nameTh: 'ภายใน', weight: 0.3 },
    { code: 'EIT', nameTh: 'ภายนอก', weight: 0.3 },
    { code: 'OIT', nameTh: 'เปิดเผยข้อมูล', weight: 0.4 },
  ],
  indicators: [
    { code: '1', nameTh: 'การปฏิบัติหน้าที่', tool: 'IIT', weight: null },
    { code: '9', nameTh: 'การเปิดเผยข้อมูล', tool: 'OIT', weight: 0.55 },
    { code: '10', nameTh: 'การป้องกันการทุจริต', tool: 'OIT', weight: 0.45 },
  ],
  oitSubIndicators: [{ code: '9.1', nameTh: ' ข้อมูลพื้นฐาน ', indicatorCode: '9', weight: null }],
  oitItems: [{ code: ' O1 ', nameTh: 'โครงสร้าง', order: 1, subIndicatorCode: '9.1' }],
  gradeBands: [
    { grade: 'A', min: 85, max: 100 },
    { grade: 'F', min: 0, max: 84.99 },
  ],
};

describe('framework form values', () => {
  it('shows weights in percent and sends shares back, 0.55 → 55 → 0.55 with no float dust', () => {
    const values = toFormValues(FRAMEWORK);
    expect(values.tools.map((t) => t.weight)).toEqual([30, 30, 40]);
    expect(values.indicators.map((i) => i.weight)).toEqual([undefined, 55, 45]);
    const back = toDefinitionInput(values);
    expect(back.tools.map((t) => t.weight)).toEqual([0.3, 0.3, 0.4]);
    expect(back.indicators.map((i) => i.weight)).toEqual([undefined, 0.55, 0.45]);
  });

  it('drops the derived band maxima, trims codes and names, keeps assumptions and the year', () => {
    const back = toDefinitionInput(toFormValues(FRAMEWORK));
    expect(back.gradeBands).toEqual([
      { grade: 'A', min: 85 },
      { grade: 'F', min: 0 },
    ]);
    expect(back.oitItems[0].code).toBe('O1');
    expect(back.oitSubIndicators[0].nameTh).toBe('ข้อมูลพื้นฐาน');
    expect(back.assumptions).toEqual(['Copied from FY2567']);
    expect(back.fiscalYear).toBe(2570);
    expect(back.tools.every((t) => t.aggregation === 'MEAN_OF_INDICATORS')).toBe(true);
  });

  it('an emptied tool weight is sent as 0 (refused by the sum rule), an emptied indicator weight as none', () => {
    const values = toFormValues(FRAMEWORK);
    values.tools[0].weight = null as unknown as number;
    values.indicators[1].weight = null;
    const back = toDefinitionInput(values);
    expect(back.tools[0].weight).toBe(0);
    expect(back.indicators[1].weight).toBeUndefined();
    expect(JSON.parse(definitionJson(back)).indicators[1]).not.toHaveProperty('weight');
  });
});

describe('problem paths in the page’s words', () => {
  const t = i18n.createInstance();
  void t.init({ lng: 'th', resources: { th: { translation: th } } });

  it.each([
    ['indicators.3.weight', 'ตัวชี้วัด · แถวที่ 4 · น้ำหนัก (%)'],
    ['input.definition.oitItems.0.subIndicatorCode', 'ข้อ OIT · แถวที่ 1 · ตัวชี้วัดย่อย'],
    ['tools.1', 'เครื่องมือการประเมิน · แถวที่ 2'],
    ['gradeBands.6.min', 'ระดับผลการประเมิน · แถวที่ 7 · คะแนนต่ำสุด'],
    ['passThreshold', 'เกณฑ์ผ่าน (คะแนน)'],
    ['', 'ทั้งไฟล์'],
    ['somethingNew.2', 'somethingNew · 2'],
  ])('%s → %s', (path, words) => {
    expect(describePath(t.t, path)).toBe(words);
  });

  it('finds the cell a problem points at, and none for a path outside the tables', () => {
    expect(problemCell('input.definition.tools.2.weight')).toEqual({
      list: 'tools',
      row: 2,
      field: 'weight',
    });
    expect(problemCell('oitSubIndicators.0')).toEqual({ list: 'oitSubIndicators', row: 0, field: undefined });
    expect(problemCell('passThreshold')).toBeNull();
    expect(problemCell('assumptions.0')).toBeNull();
  });
});
