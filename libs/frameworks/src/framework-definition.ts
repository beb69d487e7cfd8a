import { z } from 'zod';
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
}

export interface GradeBand {
  readonly grade: string;
  /** Inclusive lower bound on the total rounded to 2 decimals; a band ends where the next higher one starts. */
  readonly min: number;
}

export interface OitSubIndicator {
  /** e.g. '9.1' */
  readonly code: string;
  /** The OIT indicator it belongs to, e.g. '9'. */
  readonly indicatorCode: string;
  readonly nameTh: string;
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

const code = z.string().trim().min(1);
const nameTh = z.string().trim().min(1);
const score = z.number().finite().min(0).max(100);

const shapeSchema = z
  .object({
    fiscalYear: z.number().int().min(2500).max(2700),
    passThreshold: score,
    assumptions: z.array(z.string().min(1)),
    tools: z
      .array(
        z
          .object({
            code: z.enum(TOOL_CODES),
            nameTh,
            weight: z.number().finite().gt(0).max(1),
            aggregation: z.enum(TOOL_AGGREGATIONS),
          })
          .strict(),
      )
      .min(1),
    indicators: z.array(z.object({ code, nameTh, tool: z.enum(TOOL_CODES) }).strict()).min(1),
    gradeBands: z.array(z.object({ grade: code, min: score }).strict()).min(1),
    oitSubIndicators: z.array(z.object({ code, indicatorCode: code, nameTh }).strict()),
    oitItems: z
      .array(z.object({ code, order: z.number().int().min(1), nameTh, subIndicatorCode: code }).strict())
      .min(1),
  })
  .strict();

type FrameworkShape = z.infer<typeof shapeSchema>;

/** Weights are decimals like 0.3, whose binary sum is not exactly 1. */
const WEIGHT_SUM_TOLERANCE = 1e-9;

function duplicates(values: readonly (string | number)[]): (string | number)[] {
  const seen = new Set<string | number>();
  const dupes = new Set<string | number>();
  for (const value of values) {
    if (seen.has(value)) dupes.add(value);
    seen.add(value);
  }
  return [...dupes];
}

/** Every cross-reference problem, so one run of a bad data file shows all of them. */
function crossReferenceProblems(fw: FrameworkShape): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
  const report = (path: (string | number)[], message: string): void => {
    problems.push({ path, message });
  };

  const uniqueness: [string, (string | number)[]][] = [
    ['tools', fw.tools.map((t) => t.code)],
    ['indicators', fw.indicators.map((i) => i.code)],
    ['gradeBands', fw.gradeBands.map((b) => b.grade)],
    ['oitSubIndicators', fw.oitSubIndicators.map((s) => s.code)],
    ['oitItems', fw.oitItems.map((i) => i.code)],
  ];
  for (const [path, codes] of uniqueness) {
    for (const dupe of duplicates(codes)) report([path], `duplicate code ${JSON.stringify(dupe)}`);
  }
  for (const dupe of duplicates(fw.oitItems.map((i) => i.order)))
    report(['oitItems'], `duplicate order ${dupe}`);

  const toolCodes = new Set<string>(fw.tools.map((t) => t.code));
  fw.indicators.forEach((indicator, i) => {
    if (!toolCodes.has(indicator.tool)) {
      report(['indicators', i, 'tool'], `indicator ${indicator.code}: tool ${indicator.tool} is not defined`);
    }
  });
  fw.tools.forEach((tool, i) => {
    if (!fw.indicators.some((indicator) => indicator.tool === tool.code)) {
      report(['tools', i], `tool ${tool.code} has no indicators`);
    }
  });

  const weightSum = fw.tools.reduce((sum, t) => sum + t.weight, 0);
  if (Math.abs(weightSum - 1) > WEIGHT_SUM_TOLERANCE) {
    report(['tools'], `tool weights sum to ${Number(weightSum.toFixed(9))}, not 1`);
  }

  fw.gradeBands.forEach((band, i) => {
    const previous = fw.gradeBands[i - 1];
    if (previous && band.min >= previous.min) {
      report(
        ['gradeBands', i, 'min'],
        `grade bands must be strictly descending by min (${band.grade} after ${previous.grade})`,
      );
    }
  });
  const lowest = fw.gradeBands[fw.gradeBands.length - 1];
  if (lowest && lowest.min !== 0) {
    report(
      ['gradeBands'],
      `the last grade band must start at 0 so every total has a grade (${lowest.grade} starts at ${lowest.min})`,
    );
  }

  const indicatorTool = new Map<string, string>(fw.indicators.map((i) => [i.code, i.tool]));
  fw.oitSubIndicators.forEach((sub, i) => {
    const tool = indicatorTool.get(sub.indicatorCode);
    if (tool === undefined) {
      report(
        ['oitSubIndicators', i, 'indicatorCode'],
        `sub-indicator ${sub.code}: indicator ${sub.indicatorCode} is not defined`,
      );
    } else if (tool !== 'OIT') {
      report(
        ['oitSubIndicators', i, 'indicatorCode'],
        `sub-indicator ${sub.code}: indicator ${sub.indicatorCode} belongs to ${tool}, not OIT`,
      );
    }
  });
  // OIT indicators are scored only from their items, so an empty branch could never be scored.
  fw.indicators.forEach((indicator, i) => {
    if (indicator.tool === 'OIT' && !fw.oitSubIndicators.some((s) => s.indicatorCode === indicator.code)) {
      report(['indicators', i], `OIT indicator ${indicator.code} has no sub-indicators`);
    }
  });

  const subIndicatorCodes = new Set(fw.oitSubIndicators.map((s) => s.code));
  fw.oitItems.forEach((item, i) => {
    if (!subIndicatorCodes.has(item.subIndicatorCode)) {
      report(
        ['oitItems', i, 'subIndicatorCode'],
        `item ${item.code}: sub-indicator ${item.subIndicatorCode} is not defined`,
      );
    }
  });
  fw.oitSubIndicators.forEach((sub, i) => {
    if (!fw.oitItems.some((item) => item.subIndicatorCode === sub.code)) {
      report(['oitSubIndicators', i], `sub-indicator ${sub.code} has no items`);
    }
  });

  return problems;
}

/** Shape and cross-references of a framework data file. Cross-references are checked once the shape is valid. */
export const frameworkDefinitionSchema: z.ZodType<FrameworkDefinition, z.ZodTypeDef, unknown> =
  shapeSchema.superRefine((fw, ctx) => {
    for (const { path, message } of crossReferenceProblems(fw)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path, message });
    }
  });

function formatIssue(issue: z.ZodIssue): string {
  const path = issue.path.length > 0 ? issue.path.join('.') : '(root)';
  return `${path}: ${issue.message}`;
}

/** Validates a framework data file; throws one Error listing every problem found. */
export function parseFrameworkDefinition(json: unknown): FrameworkDefinition {
  const result = frameworkDefinitionSchema.safeParse(json);
  if (result.success) return result.data;
  const year =
    typeof json === 'object' && json !== null && 'fiscalYear' in json
      ? ` for fiscal year ${String(json.fiscalYear)}`
      : '';
  const lines = result.error.issues.map((issue) => `  - ${formatIssue(issue)}`);
  throw new Error(`Invalid framework definition${year} (${lines.length} problem(s)):\n${lines.join('\n')}`);
}

/** The frameworks shipped with the code, oldest first. Parsed on each call so callers cannot share mutations. */
export function loadBundledFrameworks(): FrameworkDefinition[] {
  return [fy2565, fy2566, fy2567]
    .map((json) => parseFrameworkDefinition(json))
    .sort((a, b) => a.fiscalYear - b.fiscalYear);
}
