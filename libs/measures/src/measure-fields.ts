import { BadInputError, ErrorReason, normalizeText } from '@prongsai/common';
import type { FrameworkDefinition } from '@prongsai/frameworks';
import { fiscalYearRange, parseIsoDate } from '@prongsai/thai';
import { MEASURE_LIMITS } from './measure-limits';

export interface MeasureFields {
  title: string;
  steps: string[];
  responsible: string;
  /** 'YYYY-MM-DD' */
  dueDate: string;
  indicatorCodes: string[];
}

/**
 * A due date belongs near its fiscal year: measures written after a result run through the next year, and
 * some are planned before the year starts. A date years away is a typo (2066 for 2566, a Buddhist year
 * typed as Gregorian), so the window is the fiscal year with one year either side.
 */
export function dueDateWindow(fiscalYear: number): { from: string; to: string } {
  return { from: fiscalYearRange(fiscalYear - 1).start, to: fiscalYearRange(fiscalYear + 1).end };
}

/**
 * Trims and checks the fields present in `input` (absent or null ones are left out of the result) against
 * the fiscal year's framework. Every error names its field as the client sent it: `title`, `steps.2`,
 * `indicatorCodes.0`, `dueDate`.
 */
export function normalizeMeasureFields(
  input: { [K in keyof MeasureFields]?: MeasureFields[K] | null },
  framework: FrameworkDefinition,
): Partial<MeasureFields> {
  const out: Partial<MeasureFields> = {};
  if (input.title != null) out.title = normalizeText(input.title, 'title', MEASURE_LIMITS.title);
  if (input.responsible != null) {
    out.responsible = normalizeText(input.responsible, 'responsible', MEASURE_LIMITS.responsible);
  }
  if (input.steps != null) {
    if (input.steps.length > MEASURE_LIMITS.steps) {
      throw new BadInputError('steps', ErrorReason.TOO_MANY_ITEMS, `at most ${MEASURE_LIMITS.steps} steps`);
    }
    out.steps = input.steps.map((s, i) => normalizeText(s, `steps.${i}`, MEASURE_LIMITS.step));
  }
  if (input.dueDate != null) {
    const parsed = parseIsoDate(input.dueDate);
    if (!parsed.ok) throw new BadInputError('dueDate', ErrorReason.INVALID_DATE, parsed.reason);
    const { from, to } = dueDateWindow(framework.fiscalYear);
    if (parsed.value < from || parsed.value > to) {
      throw new BadInputError(
        'dueDate',
        ErrorReason.DUE_DATE_OUTSIDE_WINDOW,
        `must fall between ${from} and ${to} for a FY${framework.fiscalYear} measure (Gregorian YYYY-MM-DD)`,
      );
    }
    out.dueDate = parsed.value;
  }
  if (input.indicatorCodes != null) {
    if (input.indicatorCodes.length > MEASURE_LIMITS.indicatorCodes) {
      throw new BadInputError(
        'indicatorCodes',
        ErrorReason.TOO_MANY_ITEMS,
        `at most ${MEASURE_LIMITS.indicatorCodes} indicator codes`,
      );
    }
    const known = new Set(framework.indicators.map((i) => i.code));
    const codes = input.indicatorCodes.map((raw, i) => {
      const code = typeof raw === 'string' ? raw.trim() : '';
      if (!known.has(code)) {
        throw new BadInputError(
          `indicatorCodes.${i}`,
          ErrorReason.UNKNOWN_INDICATOR,
          `unknown indicator ${JSON.stringify(raw)} for FY${framework.fiscalYear} (known: ${[...known].join(', ')})`,
        );
      }
      return code;
    });
    out.indicatorCodes = [...new Set(codes)];
  }
  return out;
}
