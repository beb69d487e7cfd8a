import { z } from 'zod';
import { ErrorReason } from '@prongsai/common';
import fy2565 from './data/fy2565.json';
import fy2566 from './data/fy2566.json';
import fy2567 from './data/fy2567.json';

/**
 * An ITA framework is data, one per Thai fiscal year (Buddhist era): the NACC changes items, grouping and
 * sometimes weights between years, and several of these facts are only derived or assumed (see
 * `assumptions`), so nothing here is hard-coded in scoring.
 */

export const TOOL_CODES = ['IIT', 'EIT', 'OIT'] as const;
export type ToolCode = (typeof TOOL_CODES)[number];

/** The only aggregation the published figures support so far; a union so new ones are switched on exhaustively. */
export const TOOL_AGGREGATIONS = ['MEAN_OF_INDICATORS'] as const;
export type ToolAggregation = (typeof TOOL_AGGREGATIONS)[number];

export interface FrameworkTool {
  readonly code: ToolCode;
  readonly nameTh: string;
  /** Share of the total, 0..1; the weights of a framework sum to 1. */
  readonly weight: number;
  readonly aggregation: ToolAggregation;
}

export interface FrameworkIndicator {
  /** '1'..'10' in FY2566. */
  readonly code: string;
  readonly nameTh: string;
  readonly tool: ToolCode;
  /**
   * Share within its tool, 0..1. Either every indicator of a tool has one (summing to 1, i.e. 100%) and the
   * tool is their weighted mean, or none has and the tool is their plain mean (every published year so far).
   */
  readonly weight?: number;
}

export interface GradeBand {
  readonly grade: string;
  /** Inclusive lower bound on the total rounded to 2 decimals; a band ends where the next higher one starts. */
  readonly min: number;
  /**
   * Optional inclusive upper bound, as files and spreadsheets write bands (A 85–94.99). When given it must
   * close the gap exactly: 100 for the highest band, else 0.01 below the next higher band's min.
   */
  readonly max?: number;
}

export interface OitSubIndicator {
  /** e.g. '9.1' */
  readonly code: string;
  /** The OIT indicator it belongs to, e.g. '9'. */
  readonly indicatorCode: string;
  readonly nameTh: string;
  /** Share within its indicator, 0..1; all or none of an indicator's sub-indicators (none = plain mean). */
  readonly weight?: number;
}

export interface OitItem {
  /**
   * e.g. 'O1'. Unique within one fiscal year only: the NACC renumbers items between years, so a code must
   * never be used as a cross-year key.
   */
  readonly code: string;
  /** Display order within the year. */
  readonly order: number;
  readonly nameTh: string;
  readonly subIndicatorCode: string;
}

export interface FrameworkDefinition {
  /** Buddhist era, e.g. 2566 = 2022-10-01 … 2023-09-30. */
  readonly fiscalYear: number;
  /** An agency passes when its total (rounded to 2 decimals) is at least this. */
  readonly passThreshold: number;
  /** English notes on which parts are confirmed, derived or assumed, and what was reused from another year. */
  readonly assumptions: readonly string[];
  readonly tools: readonly FrameworkTool[];
  readonly indicators: readonly FrameworkIndicator[];
  /** Descending by `min`; the last band starts at 0. */
  readonly gradeBands: readonly GradeBand[];
  readonly oitSubIndicators: readonly OitSubIndicator[];
  readonly oitItems: readonly OitItem[];
}

// The lengths of the columns codes end up in (indicator_code, item_code varchar(10); grade varchar(5)).
const code = z.string().trim().min(1).max(10);
const grade = z.string().trim().min(1).max(5);
const nameTh = z.string().trim().min(1).max(1000);
const score = z.number().finite().min(0).max(100);
/** A weight within its level: more than 0, at most 1 (100%). */
const share = z.number().finite().gt(0).max(1);

const shapeSchema = z
  .object({
    fiscalYear: z.number().int().min(2500).max(2700),
    // Its range is a rule of its own (FRAMEWORK_PASS_THRESHOLD_OUTSIDE), checked with the cross-references.
    passThreshold: z.number().finite(),
    assumptions: z.array(z.string().min(1)),
    tools: z
      .array(
        z
          .object({
            code: z.enum(TOOL_CODES),
            nameTh,
            weight: share,
            aggregation: z.enum(TOOL_AGGREGATIONS),
          })
          .strict(),
      )
      .min(1),
    indicators: z
      .array(z.object({ code, nameTh, tool: z.enum(TOOL_CODES), weight: share.optional() }).strict())
      .min(1),
    gradeBands: z.array(z.object({ grade, min: score, max: score.optional() }).strict()).min(1),
    oitSubIndicators: z.array(
      z.object({ code, indicatorCode: code, nameTh, weight: share.optional() }).strict(),
    ),
    oitItems: z
      .array(z.object({ code, order: z.number().int().min(1), nameTh, subIndicatorCode: code }).strict())
      .min(1),
  })
  .strict();

type FrameworkShape = z.infer<typeof shapeSchema>;

/** One thing wrong with a framework: where (a dotted path into it, `tools.1.weight`), which rule, and why. */
export interface FrameworkProblem {
  readonly path: string;
  readonly reason: ErrorReason;
  readonly message: string;
}

/** Weights are decimals like 0.3, whose binary sum is not exactly 1. */
const WEIGHT_SUM_TOLERANCE = 1e-9;
/** Totals are rounded to 2 decimals, so a band ends 0.01 below the next one starts (A 85–94.99, AA 95–100). */
const GRADE_STEP = 0.01;
const GRADE_TOLERANCE = 1e-9;

function duplicates(values: readonly (string | number)[]): (string | number)[] {
  const seen = new Set<string | number>();
  const dupes = new Set<string | number>();
  for (const value of values) {
    if (seen.has(value)) dupes.add(value);
    seen.add(value);
  }
  return [...dupes];
}

const percent = (share: number): string => `${Number((share * 100).toFixed(6))}%`;

type Report = (path: (string | number)[], reason: ErrorReason, message: string) => void;

/**
 * One level of weights (`members` share a parent): either none has a weight (equal shares, the plain mean)
 * or all have and they sum to 100%. Tools always have weights.
 */
function checkWeights(
  members: { index: number; weight?: number }[],
  listPath: string,
  what: string,
  report: Report,
): void {
  const given = members.filter((m) => m.weight !== undefined);
  if (given.length === 0) return;
  const missing = members.find((m) => m.weight === undefined);
  if (missing) {
    report(
      [listPath, missing.index, 'weight'],
      ErrorReason.FRAMEWORK_WEIGHTS_NOT_100,
      `${what}: give every weight or none (none = equal shares)`,
    );
    return;
  }
  const sum = given.reduce((total, m) => total + m.weight!, 0);
  // Stryker disable next-line EqualityOperator: equivalent — no sum of weights lands exactly on 1 ± 1e-9
  if (Math.abs(sum - 1) > WEIGHT_SUM_TOLERANCE) {
    report(
      [listPath, given[0].index, 'weight'],
      ErrorReason.FRAMEWORK_WEIGHTS_NOT_100,
      `${what}: weights sum to ${percent(sum)}, not 100%`,
    );
  }
}

function checkGradeBands(fw: FrameworkShape, report: Report): void {
  fw.gradeBands.forEach((band, i) => {
    const higher = fw.gradeBands[i - 1];
    if (higher && band.min >= higher.min) {
      report(
        ['gradeBands', i, 'min'],
        ErrorReason.FRAMEWORK_GRADE_BANDS_OVERLAP,
        `grade bands must be strictly descending by min (${band.grade} starts at ${band.min}, ${higher.grade} at ${higher.min})`,
      );
      return;
    }
    if (band.max === undefined) return;
    const expected = higher ? Number((higher.min - GRADE_STEP).toFixed(2)) : 100;
    if (band.max < band.min) {
      report(
        ['gradeBands', i, 'max'],
        ErrorReason.FRAMEWORK_GRADE_BANDS_OVERLAP,
        `${band.grade}: max ${band.max} is below its min ${band.min}`,
      );
      // Stryker disable next-line EqualityOperator: equivalent — no max lands exactly on expected − 1e-9
    } else if (band.max < expected - GRADE_TOLERANCE) {
      report(
        ['gradeBands', i, 'max'],
        ErrorReason.FRAMEWORK_GRADE_BANDS_GAP,
        higher
          ? `${band.grade} ends at ${band.max} but ${higher.grade} starts at ${higher.min}: totals in between have no grade`
          : `${band.grade} is the highest band and must end at 100, not ${band.max}`,
      );
    } else if (band.max > expected + GRADE_TOLERANCE) {
      report(
        ['gradeBands', i, 'max'],
        ErrorReason.FRAMEWORK_GRADE_BANDS_OVERLAP,
        // Stryker disable next-line OptionalChaining,StringLiteral: equivalent — the highest band (no `higher`) cannot get here: its max is a score, at most 100, the expected end
        `${band.grade} ends at ${band.max}, inside ${higher?.grade ?? '100'} (it must end at ${expected})`,
      );
    }
  });
  const lowest = fw.gradeBands[fw.gradeBands.length - 1];
  if (lowest && lowest.min !== 0) {
    report(
      ['gradeBands', fw.gradeBands.length - 1, 'min'],
      ErrorReason.FRAMEWORK_GRADE_BANDS_GAP,
      `the lowest grade band must start at 0 so every total has a grade (${lowest.grade} starts at ${lowest.min})`,
    );
  }
}

/** Every rule beyond the shape, so one run of a bad data file shows all of its problems. */
function crossReferenceProblems(fw: FrameworkShape): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [];
  const report: Report = (path, reason, message) => {
    problems.push({ path: path.join('.'), reason, message });
  };

  if (!(fw.passThreshold > 0 && fw.passThreshold <= 100)) {
    report(
      ['passThreshold'],
      ErrorReason.FRAMEWORK_PASS_THRESHOLD_OUTSIDE,
      `the pass threshold must be above 0 and at most 100, not ${fw.passThreshold}`,
    );
  }

  const uniqueness: [string, (x: FrameworkShape) => (string | number)[], string][] = [
    ['tools', (x) => x.tools.map((t) => t.code), 'code'],
    ['indicators', (x) => x.indicators.map((t) => t.code), 'code'],
    ['gradeBands', (x) => x.gradeBands.map((b) => b.grade), 'grade'],
    ['oitSubIndicators', (x) => x.oitSubIndicators.map((t) => t.code), 'code'],
    ['oitItems', (x) => x.oitItems.map((t) => t.code), 'code'],
    ['oitItems', (x) => x.oitItems.map((t) => t.order), 'order'],
  ];
  for (const [list, values, key] of uniqueness) {
    const all = values(fw);
    for (const dupe of duplicates(all)) {
      const second = all.indexOf(dupe, all.indexOf(dupe) + 1);
      report(
        [list, second, key],
        ErrorReason.FRAMEWORK_DUPLICATE_CODE,
        `duplicate ${key} ${JSON.stringify(dupe)}`,
      );
    }
  }

  const toolCodes = new Set<string>(fw.tools.map((t) => t.code));
  fw.indicators.forEach((indicator, i) => {
    if (!toolCodes.has(indicator.tool)) {
      report(
        ['indicators', i, 'tool'],
        ErrorReason.FRAMEWORK_UNKNOWN_REFERENCE,
        `indicator ${indicator.code}: tool ${indicator.tool} is not defined`,
      );
    }
  });
  fw.tools.forEach((tool, i) => {
    if (!fw.indicators.some((indicator) => indicator.tool === tool.code)) {
      report(['tools', i], ErrorReason.FRAMEWORK_EMPTY_GROUP, `tool ${tool.code} has no indicators`);
    }
  });

  checkWeights(
    fw.tools.map((t, index) => ({ index, weight: t.weight })),
    'tools',
    'tools',
    report,
  );
  for (const tool of fw.tools) {
    checkWeights(
      fw.indicators.flatMap((ind, index) => (ind.tool === tool.code ? [{ index, weight: ind.weight }] : [])),
      'indicators',
      `indicators of tool ${tool.code}`,
      report,
    );
  }

  checkGradeBands(fw, report);

  const indicatorTool = new Map<string, string>(fw.indicators.map((i) => [i.code, i.tool]));
  fw.oitSubIndicators.forEach((sub, i) => {
    const tool = indicatorTool.get(sub.indicatorCode);
    if (tool === undefined) {
      report(
        ['oitSubIndicators', i, 'indicatorCode'],
        ErrorReason.FRAMEWORK_UNKNOWN_REFERENCE,
        `sub-indicator ${sub.code}: indicator ${sub.indicatorCode} is not defined`,
      );
    } else if (tool !== 'OIT') {
      report(
        ['oitSubIndicators', i, 'indicatorCode'],
        ErrorReason.FRAMEWORK_UNKNOWN_REFERENCE,
        `sub-indicator ${sub.code}: indicator ${sub.indicatorCode} belongs to ${tool}, not OIT`,
      );
    }
  });
  // OIT indicators are scored only from their items, so an empty branch could never be scored.
  fw.indicators.forEach((indicator, i) => {
    if (indicator.tool === 'OIT' && !fw.oitSubIndicators.some((s) => s.indicatorCode === indicator.code)) {
      report(
        ['indicators', i],
        ErrorReason.FRAMEWORK_EMPTY_GROUP,
        `OIT indicator ${indicator.code} has no sub-indicators`,
      );
    }
  });
  for (const indicator of fw.indicators) {
    checkWeights(
      fw.oitSubIndicators.flatMap((sub, index) =>
        sub.indicatorCode === indicator.code ? [{ index, weight: sub.weight }] : [],
      ),
      'oitSubIndicators',
      `sub-indicators of indicator ${indicator.code}`,
      report,
    );
  }

  const subIndicatorCodes = new Set(fw.oitSubIndicators.map((s) => s.code));
  fw.oitItems.forEach((item, i) => {
    if (!subIndicatorCodes.has(item.subIndicatorCode)) {
      report(
        ['oitItems', i, 'subIndicatorCode'],
        ErrorReason.FRAMEWORK_UNKNOWN_REFERENCE,
        `item ${item.code}: sub-indicator ${item.subIndicatorCode} is not defined`,
      );
    }
  });
  fw.oitSubIndicators.forEach((sub, i) => {
    if (!fw.oitItems.some((item) => item.subIndicatorCode === sub.code)) {
      report(
        ['oitSubIndicators', i],
        ErrorReason.FRAMEWORK_EMPTY_GROUP,
        `sub-indicator ${sub.code} has no items`,
      );
    }
  });

  return problems;
}

/** Shape and cross-references of a framework data file. Cross-references are checked once the shape is valid. */
export const frameworkDefinitionSchema: z.ZodType<FrameworkDefinition, z.ZodTypeDef, unknown> =
  shapeSchema.superRefine((fw, ctx) => {
    for (const { path, reason, message } of crossReferenceProblems(fw)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
        message,
        params: { reason },
      });
    }
  });

function problemOf(issue: z.ZodIssue): FrameworkProblem {
  const params: unknown = issue.code === z.ZodIssueCode.custom ? issue.params : undefined;
  const reason =
    typeof params === 'object' && params !== null && 'reason' in params
      ? (params.reason as ErrorReason)
      : ErrorReason.FRAMEWORK_INVALID;
  return { path: issue.path.join('.'), reason, message: issue.message };
}

export type FrameworkValidation =
  | { readonly ok: true; readonly framework: FrameworkDefinition }
  | { readonly ok: false; readonly problems: readonly FrameworkProblem[] };

/** Every problem of a candidate framework, each with its path and rule; the framework when there is none. */
export function validateFrameworkDefinition(json: unknown): FrameworkValidation {
  const result = frameworkDefinitionSchema.safeParse(json);
  if (result.success) return { ok: true, framework: result.data };
  return { ok: false, problems: result.error.issues.map(problemOf) };
}

/** Validates a framework data file; throws one Error listing every problem found. */
export function parseFrameworkDefinition(json: unknown): FrameworkDefinition {
  const result = validateFrameworkDefinition(json);
  if (result.ok) return result.framework;
  const year =
    typeof json === 'object' && json !== null && 'fiscalYear' in json
      ? ` for fiscal year ${String(json.fiscalYear)}`
      : '';
  const lines = result.problems.map((p) => `  - ${p.path || '(root)'}: ${p.message}`);
  throw new Error(`Invalid framework definition${year} (${lines.length} problem(s)):\n${lines.join('\n')}`);
}

/** The frameworks shipped with the code, oldest first. Parsed on each call so callers cannot share mutations. */
export function loadBundledFrameworks(): FrameworkDefinition[] {
  return (
    [fy2565, fy2566, fy2567]
      .map((json) => parseFrameworkDefinition(json))
      // Stryker disable next-line MethodExpression,ArithmeticOperator: equivalent — the files are listed oldest first; the sort keeps it so if one is added out of order
      .sort((a, b) => a.fiscalYear - b.fiscalYear)
  );
}

/** What the UI shows beside a framework the NACC has not confirmed (a copy of an earlier year, or a placeholder). */
export const UNCONFIRMED_FRAMEWORK_NOTICE_TH = 'ยังไม่ยืนยันเกณฑ์ของปีนี้';

/** A bundled framework with what the seed records about it. */
export interface BundledFrameworkRelease {
  readonly definition: FrameworkDefinition;
  /** Only FY2566 is the NACC's as published (its grouping aside); the others reuse FY2566's content. */
  readonly confirmedByNacc: boolean;
  /** Thai, for people: why this framework is (not) to be trusted as the year's own. */
  readonly note: string;
}

/** The years after the last bundled one that ship as provisional copies of it, so they can be worked in today. */
export const PROVISIONAL_FISCAL_YEARS = [2568, 2569, 2570] as const;

/**
 * Every framework the seed loads: FY2565–2567 from the JSON files, and FY2568–2570 as copies of FY2567 that
 * say so in their assumptions and note, and are never marked confirmed. An admin replaces a copy with the
 * year's real framework by publishing a new revision.
 */
export function bundledFrameworkReleases(): BundledFrameworkRelease[] {
  const bundled = loadBundledFrameworks();
  const source = bundled[bundled.length - 1];
  const releases: BundledFrameworkRelease[] = bundled.map((definition) => ({
    definition,
    confirmedByNacc: definition.fiscalYear === 2566,
    note:
      definition.fiscalYear === 2566
        ? 'เกณฑ์ปี 2566 ตามที่ ป.ป.ช. เผยแพร่ (การจัดกลุ่มข้อ OIT เป็นการสันนิษฐาน)'
        : `${UNCONFIRMED_FRAMEWORK_NOTICE_TH}: ใช้ตัวชี้วัดและข้อ OIT ของปี 2566 แทนไว้ก่อน`,
  }));
  for (const fiscalYear of PROVISIONAL_FISCAL_YEARS) {
    releases.push({
      definition: parseFrameworkDefinition({
        ...source,
        fiscalYear,
        assumptions: [
          `Provisional copy of FY${source.fiscalYear}'s framework, not FY${fiscalYear}'s own: the NACC's framework for FY${fiscalYear} is not confirmed in Prongsai yet. An admin replaces it by publishing a new revision.`,
          ...source.assumptions,
        ],
      }),
      confirmedByNacc: false,
      note: `${UNCONFIRMED_FRAMEWORK_NOTICE_TH}: คัดลอกจากเกณฑ์ปี ${source.fiscalYear} ไว้ก่อน จนกว่าผู้ดูแลระบบจะเผยแพร่เกณฑ์ของปี ${fiscalYear}`,
    });
  }
  return releases;
}
