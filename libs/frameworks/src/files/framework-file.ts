import Ajv, { ErrorObject } from 'ajv';
import { ErrorReason } from '@prongsai/common';
import {
  FrameworkDefinition,
  FrameworkProblem,
  FrameworkValidation,
  validateFrameworkDefinition,
} from '../framework-definition';
import schema from './framework.schema.json';
import { readFrameworkXlsx, xlsxLocation } from './framework-xlsx';

/** The two file formats an admin imports: the JSON of `framework.schema.json`, or its XLSX layout. */
export enum FrameworkFileFormat {
  JSON = 'JSON',
  XLSX = 'XLSX',
}

/** The JSON Schema files are checked against (also published for people writing files: this folder). */
export const FRAMEWORK_JSON_SCHEMA = schema;

/** A framework file is a few dozen kilobytes; anything far larger is not one. */
export const FRAMEWORK_FILE_MAX_BYTES = 2_000_000;
/** At most this many problems are reported for one file (the first ones, in file order). */
export const FRAMEWORK_PROBLEMS_MAX = 100;

// Stryker disable next-line BooleanLiteral: equivalent — the schema uses no keyword strict mode would refuse
const ajv = new Ajv({ allErrors: true, strict: false });
const validateShape = ajv.compile(schema);

/** `/tools/1/weight` (+ `missingProperty`) → `tools.1.weight`. */
function pathOf(error: ErrorObject): string {
  const parts = error.instancePath.split('/').filter((p) => p.length > 0);
  const params = error.params as { missingProperty?: string; additionalProperty?: string };
  if (error.keyword === 'required' && params.missingProperty) parts.push(params.missingProperty);
  if (error.keyword === 'additionalProperties' && params.additionalProperty) {
    parts.push(params.additionalProperty);
  }
  return parts.join('.');
}

function messageOf(error: ErrorObject): string {
  const params = error.params as { additionalProperty?: string; allowedValues?: unknown[] };
  if (error.keyword === 'additionalProperties') return `unknown property ${params.additionalProperty}`;
  if (error.keyword === 'enum') return `must be one of ${JSON.stringify(params.allowedValues)}`;
  // Stryker disable next-line StringLiteral: unreachable — ajv gives every error a message
  return error.message ?? 'is not valid';
}

const unreadable = (message: string): FrameworkValidation => ({
  ok: false,
  problems: [{ path: '', reason: ErrorReason.FRAMEWORK_FILE_UNREADABLE, message }],
});

/**
 * Checks a candidate framework (parsed JSON, or what an XLSX layout reads into): the JSON Schema first (the
 * shape, every problem), then — once the shape holds — every rule across fields. Problems name the path
 * inside the framework and carry their reason.
 */
export function validateFrameworkCandidate(candidate: unknown): FrameworkValidation {
  if (!validateShape(candidate)) {
    // ajv reports a failed `enum` or `$ref` once per branch; one line per path and message is enough.
    const seen = new Set<string>();
    const problems: FrameworkProblem[] = [];
    for (const error of validateShape.errors ?? []) {
      const problem = {
        path: pathOf(error),
        reason: ErrorReason.FRAMEWORK_INVALID,
        message: messageOf(error),
      };
      const key = `${problem.path}\n${problem.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push(problem);
    }
    return { ok: false, problems: problems.slice(0, FRAMEWORK_PROBLEMS_MAX) };
  }
  // `$schema` is allowed in a file (editors use it) but is no part of a framework.
  const { $schema: _schema, ...definition } = candidate as Record<string, unknown>;
  const result = validateFrameworkDefinition(definition);
  return result.ok ? result : { ok: false, problems: result.problems.slice(0, FRAMEWORK_PROBLEMS_MAX) };
}

/** Reads and validates a framework file. `content` is the JSON text, or the XLSX workbook as base64. */
export async function readFrameworkFile(
  format: FrameworkFileFormat,
  content: string,
): Promise<FrameworkValidation> {
  switch (format) {
    case FrameworkFileFormat.JSON: {
      if (Buffer.byteLength(content, 'utf8') > FRAMEWORK_FILE_MAX_BYTES) {
        return unreadable(`the file is larger than ${FRAMEWORK_FILE_MAX_BYTES} bytes`);
      }
      let json: unknown;
      try {
        json = JSON.parse(content);
      } catch (err) {
        return unreadable(`not JSON: ${(err as Error).message}`);
      }
      return validateFrameworkCandidate(json);
    }
    case FrameworkFileFormat.XLSX: {
      const bytes = Buffer.from(content, 'base64');
      if (bytes.length > FRAMEWORK_FILE_MAX_BYTES) {
        return unreadable(`the file is larger than ${FRAMEWORK_FILE_MAX_BYTES} bytes`);
      }
      const read = await readFrameworkXlsx(bytes);
      if (!read.ok) return { ok: false, problems: read.problems };
      const result = validateFrameworkCandidate(read.candidate);
      if (result.ok) return result;
      return {
        ok: false,
        problems: result.problems.map((p) => ({
          ...p,
          message: p.message + xlsxLocation(p.path, read.rows),
        })),
      };
    }
  }
}

/** The JSON file of a framework, as `readFrameworkFile` reads it back. */
export function frameworkToJson(definition: FrameworkDefinition): string {
  return `${JSON.stringify(definition, null, 2)}\n`;
}
