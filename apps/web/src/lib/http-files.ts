import type { ApiProblem } from './error-messages';
import { getAccessToken, refreshSession } from './session';

/** A refused file request: the API's reason (for the Thai sentence) and its own message. */
export class FileRequestError extends Error implements ApiProblem {
  constructor(
    readonly reason: string,
    message: string,
    readonly field?: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/**
 * A request to one of the API's file routes (reports, imports, posters), which take the same bearer token
 * as GraphQL: sent with the page's access token, refreshed once when it has expired. Throws
 * FileRequestError with the JSON error's reason when refused.
 */
export async function fetchWithSession(
  path: string,
  init: RequestInit = {},
  retried = false,
): Promise<Response> {
  const token = getAccessToken();
  let res: Response;
  try {
    res = await fetch(path, {
      ...init,
      credentials: 'same-origin',
      headers: {
        ...(init.headers as Record<string, string> | undefined),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
    });
  } catch {
    throw new FileRequestError('NETWORK', '');
  }
  if (res.ok) return res;
  let body: { reason?: string; message?: string; field?: string } = {};
  try {
    body = (await res.json()) as typeof body;
  } catch {
    // Not JSON: the status says enough.
  }
  if (res.status === 401 && body.reason === 'TOKEN_EXPIRED' && !retried && (await refreshSession())) {
    return fetchWithSession(path, init, true);
  }
  throw new FileRequestError(body.reason ?? 'INTERNAL', body.message ?? '', body.field, res.status);
}

/** The file name the server gave (`filename*=UTF-8''…` first, it carries the Thai name), else `fallback`. */
export function fileNameOf(res: Response, fallback: string): string {
  const disposition = res.headers.get('content-disposition') ?? '';
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (extended) {
    try {
      return decodeURIComponent(extended[1]);
    } catch {
      // A malformed name: use the plain one.
    }
  }
  return /filename="([^"]+)"/i.exec(disposition)?.[1] ?? fallback;
}

/** Saves a blob under a name, as the browser saves a download. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  try {
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
  } finally {
    // After the click has started the download.
    setTimeout(() => URL.revokeObjectURL(url), 1_000);
  }
}

/** Downloads a file route as the browser would a link, with the session's token (a link cannot carry it). */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  const res = await fetchWithSession(path);
  saveBlob(await res.blob(), fileNameOf(res, fallbackName));
}
