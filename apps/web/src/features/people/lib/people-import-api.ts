import { getAccessToken, refreshSession } from '../../../lib/session';
import type { ApiProblem } from '../../../lib/error-messages';

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
export class ImportRequestError extends Error implements ApiProblem {
  constructor(
    readonly reason: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

async function call(path: string, init: RequestInit = {}, retried = false): Promise<PeopleImport> {
  const token = getAccessToken();
  let res: Response;
  try {
    res = await fetch(path, {
      ...init,
      credentials: 'same-origin',
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}) },
    });
  } catch {
    throw new ImportRequestError('NETWORK', '');
  }
  if (res.ok) return (await res.json()) as PeopleImport;
  let body: { reason?: string; message?: string; field?: string } = {};
  try {
    body = (await res.json()) as typeof body;
  } catch {
    // Not JSON: the status says enough.
  }
  // An access token that expired while the supervisor looked at the preview: refresh once and retry.
  if (res.status === 401 && body.reason === 'TOKEN_EXPIRED' && !retried && (await refreshSession())) {
    return call(path, init, true);
  }
  throw new ImportRequestError(body.reason ?? 'INTERNAL', body.message ?? '', body.field);
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
