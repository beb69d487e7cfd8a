import type { TFunction } from 'i18next';
import type { FrameworkDefinitionInput, FrameworkVersionQuery } from '../../../gql/graphql';

/** One problem as validateFrameworkFile lists it: where (a dotted path) and why (an ErrorReason). */
export interface FrameworkProblem {
  path: string;
  reason: string;
  message: string;
}

export type VersionFramework = FrameworkVersionQuery['frameworkVersion']['framework'];

/**
 * The form's values: the framework as the API reads it back, minus what is derived (each band's max, the
 * notice), with every weight in percent (officials think of IIT as 30 %, not 0.3) and left empty where a
 * level counts its members equally.
 */
export type FrameworkFormValues = Omit<FrameworkDefinitionInput, 'gradeBands'> & {
  gradeBands: { grade: string; min: number }[];
};

/** 0.3 → 30 (rounded, so 0.1 + 0.2 style floats do not show as 30.000000000000004). */
const toPercent = (w: number | null | undefined): number | undefined =>
  w == null ? undefined : Math.round(w * 1e6) / 1e4;
/** 30 → 0.3; an emptied field (null) → no weight: the level then counts equally. */
const fromPercent = (p: number | null | undefined): number | undefined =>
  p == null ? undefined : Math.round(p * 1e4) / 1e6;

/** What the API sent, as the form edits it. */
export function toFormValues(framework: VersionFramework): FrameworkFormValues {
  return {
    fiscalYear: framework.fiscalYear,
    passThreshold: framework.passThreshold,
    assumptions: [...framework.assumptions],
    tools: framework.tools.map((t) => ({ code: t.code, nameTh: t.nameTh, weight: toPercent(t.weight) ?? 0 })),
    indicators: framework.indicators.map((i) => ({
      code: i.code,
      nameTh: i.nameTh,
      tool: i.tool,
      weight: toPercent(i.weight),
    })),
    oitSubIndicators: framework.oitSubIndicators.map((s) => ({
      code: s.code,
      nameTh: s.nameTh,
      indicatorCode: s.indicatorCode,
      weight: toPercent(s.weight),
    })),
    oitItems: framework.oitItems.map((o) => ({
      code: o.code,
      nameTh: o.nameTh,
      order: o.order,
      subIndicatorCode: o.subIndicatorCode,
    })),
    // The upper bound follows from the next band; sending it back would only invite a stale one.
    gradeBands: framework.gradeBands.map((b) => ({ grade: b.grade, min: b.min })),
  };
}

const trimmed = (s: string | null | undefined) => (s ?? '').trim();

/**
 * The form's values as the definition updateFrameworkDraft and validateFrameworkFile take: codes and names
 * trimmed, percent back to shares, blank weights dropped. The server validates everything; this only tidies what a form produces.
 */
export function toDefinitionInput(values: FrameworkFormValues): FrameworkDefinitionInput {
  return {
    fiscalYear: values.fiscalYear,
    passThreshold: values.passThreshold,
    assumptions: values.assumptions.map(trimmed).filter((a) => a !== ''),
    tools: values.tools.map((t) => ({
      code: trimmed(t.code),
      nameTh: trimmed(t.nameTh),
      // A tool's weight is required: an emptied field is sent as 0 and refused by the sum rule, by row.
      weight: fromPercent(t.weight) ?? 0,
      aggregation: 'MEAN_OF_INDICATORS',
    })),
    indicators: values.indicators.map((i) => ({
      code: trimmed(i.code),
      nameTh: trimmed(i.nameTh),
      tool: trimmed(i.tool),
      weight: fromPercent(i.weight),
    })),
    oitSubIndicators: values.oitSubIndicators.map((s) => ({
      code: trimmed(s.code),
      nameTh: trimmed(s.nameTh),
      indicatorCode: trimmed(s.indicatorCode),
      weight: fromPercent(s.weight),
    })),
    oitItems: values.oitItems.map((o) => ({
      code: trimmed(o.code),
      nameTh: trimmed(o.nameTh),
      order: o.order,
      subIndicatorCode: trimmed(o.subIndicatorCode),
    })),
    gradeBands: values.gradeBands.map((b) => ({ grade: trimmed(b.grade), min: b.min })),
  };
}

/** The definition as the JSON file validateFrameworkFile reads (framework.schema.json: no nulls). */
export function definitionJson(definition: FrameworkDefinitionInput): string {
  return JSON.stringify(definition, (_key, value: unknown) => (value === null ? undefined : value));
}

const LISTS = ['tools', 'indicators', 'oitSubIndicators', 'oitItems', 'gradeBands'] as const;
const FIELDS = [
  'code',
  'nameTh',
  'weight',
  'tool',
  'indicatorCode',
  'subIndicatorCode',
  'order',
  'grade',
  'min',
  'max',
] as const;

/**
 * A problem's path (`indicators.3.weight`, or `input.definition.indicators.3.weight` from a refusal) in
 * the words of the page: "ตัวชี้วัด แถวที่ 4 · น้ำหนัก". Unknown parts are shown as they are.
 */
export function describePath(t: TFunction, path: string): string {
  const parts = path
    .replace(/^input\.definition\.?/, '')
    .split('.')
    .filter(Boolean);
  if (parts.length === 0) return t('frameworks.path.file');
  const words: string[] = [];
  const [list, index, field] = parts;
  if ((LISTS as readonly string[]).includes(list)) {
    words.push(t(`frameworks.section.${list}`));
    if (index !== undefined && /^\d+$/.test(index))
      words.push(t('frameworks.path.row', { row: Number(index) + 1 }));
    else if (index !== undefined) words.push(index);
    if (field !== undefined)
      words.push((FIELDS as readonly string[]).includes(field) ? t(`frameworks.field.${field}`) : field);
    words.push(...parts.slice(3));
  } else if (list === 'passThreshold' || list === 'fiscalYear') {
    words.push(t(`frameworks.field.${list}`), ...parts.slice(1));
  } else {
    words.push(...parts);
  }
  return words.join(' · ');
}

/** `{ list, row, field }` of a problem's path when it points into one of the form's tables. */
export function problemCell(path: string): { list: string; row: number; field?: string } | null {
  const m = /^(?:input\.definition\.)?([a-zA-Z]+)\.(\d+)(?:\.([a-zA-Z]+))?/.exec(path);
  if (!m || !(LISTS as readonly string[]).includes(m[1])) return null;
  return { list: m[1], row: Number(m[2]), field: m[3] };
}

/** A downloaded framework file: JSON text as it is, XLSX from its base64. */
export function frameworkFileBlob(format: 'JSON' | 'XLSX', content: string): Blob {
  if (format === 'JSON') return new Blob([content], { type: 'application/json' });
  const bytes = Uint8Array.from(atob(content), (c) => c.charCodeAt(0));
  return new Blob([bytes], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
}

/** A chosen file as importFrameworkDraft takes it: JSON as text, anything else (XLSX) as base64. */
export async function readFrameworkUpload(file: File): Promise<{ format: 'JSON' | 'XLSX'; content: string }> {
  if (/\.json$/i.test(file.name) || file.type === 'application/json')
    return { format: 'JSON', content: await file.text() };
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // In slices: String.fromCharCode with a whole 2 MB workbook as arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { format: 'XLSX', content: btoa(binary) };
}
