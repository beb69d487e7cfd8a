import { fetchWithSession } from '../../../lib/http-files';

/**
 * What `POST|GET /imports/provinces/:code/people[/:id]` answers (libs/people `PeopleImportView`). These are
 * HTTP routes, not GraphQL (a file upload), so there is no generated type: this is the route's documented
 * shape, and only the fields the page reads.
 */
export interface PeopleImport {
  importId: string;
  fileName: string;
  status: 'PREVIEW' | 'QUEUED' | 'SENDING' | 'DONE';
  rows: number;
  valid: number;
  alreadyInvited: number;
  errors: { row: number; column: string; message: string }[];
  progress: { processed: number; invited: number; skipped: number; total: number };
}

/** A refused request: the reason for the Thai sentence, and the server's own (Thai) message for files. */
export { FileRequestError as ImportRequestError } from '../../../lib/http-files';

async function call(path: string, init: RequestInit = {}): Promise<PeopleImport> {
  // The file routes' shared client: the session's bearer token, refreshed once when it has expired.
  return (await (await fetchWithSession(path, init)).json()) as PeopleImport;
}

const base = (provinceCode: string) => `/imports/provinces/${encodeURIComponent(provinceCode)}/people`;

/** Uploads the file for a preview: row errors, nothing sent. */
export function previewImport(provinceCode: string, file: File): Promise<PeopleImport> {
  const form = new FormData();
  form.append('file', file, file.name);
  return call(base(provinceCode), { method: 'POST', body: form });
}

/** Sends the preview's invitations as a worker job. */
export function confirmImport(provinceCode: string, importId: string): Promise<PeopleImport> {
  return call(`${base(provinceCode)}/${encodeURIComponent(importId)}/confirm`, { method: 'POST' });
}

/** The import with the job's progress. */
export function importStatus(provinceCode: string, importId: string): Promise<PeopleImport> {
  return call(`${base(provinceCode)}/${encodeURIComponent(importId)}`);
}
