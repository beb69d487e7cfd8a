import { fetchWithSession } from '../../../lib/http-files';

/**
 * What `POST /imports/organizations/:id/measures-:fiscalYear[?dryRun=true]` answers (../shared/api/files.md;
 * an HTTP route for a file upload, so no generated type: the route's documented shape).
 */
export interface MeasuresImportResult {
  dryRun: boolean;
  rows: number;
  created: number;
  updated?: number;
  unchanged?: number;
  errors: { row: number; column: string; message: string }[];
}

export function importPath(organizationId: string, fiscalYear: number, dryRun: boolean): string {
  return `/imports/organizations/${encodeURIComponent(organizationId)}/measures-${fiscalYear}${dryRun ? '?dryRun=true' : ''}`;
}

/** Uploads the spreadsheet: a dry run writes nothing; the real run writes every row or, on any error, none. */
export async function importMeasures(
  organizationId: string,
  fiscalYear: number,
  file: File,
  dryRun: boolean,
): Promise<MeasuresImportResult> {
  const form = new FormData();
  form.append('file', file, file.name);
  const res = await fetchWithSession(importPath(organizationId, fiscalYear, dryRun), {
    method: 'POST',
    body: form,
  });
  return (await res.json()) as MeasuresImportResult;
}
