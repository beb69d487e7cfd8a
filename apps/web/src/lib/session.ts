/**
 * The browser session. The access token lives in this module's memory only (never in localStorage); the
 * refresh token is an HttpOnly cookie scoped to /session that scripts cannot read. A reload restores the
 * session with `POST /session/refresh`, and an expired access token is refreshed once, shared by every
 * request that hit the expiry at the same moment.
 */
export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
}

interface SessionPayload {
  accessToken: string;
  expiresIn: number;
  user: SessionUser;
}

/** What the API answers on a refused session request: `{ code, reason, message }`. */
export interface SessionFailure {
  ok: false;
  status: number;
  reason: string;
  field?: string;
}

export type SignInResult = { ok: true; user: SessionUser } | SessionFailure;

type Listener = (user: SessionUser | null) => void;

let accessToken: string | null = null;
let currentUser: SessionUser | null = null;
let refreshing: Promise<boolean> | null = null;
const listeners = new Set<Listener>();

/**
 * A flag (not a token) saying this browser signed in and may hold a refresh cookie: a first visit then skips
 * `POST /session/refresh`, whose 401 the browser would log as a console error.
 */
const SIGNED_IN_FLAG = 'prongsai.signedIn';

function flag(on: boolean): void {
  try {
    if (on) localStorage.setItem(SIGNED_IN_FLAG, '1');
    else localStorage.removeItem(SIGNED_IN_FLAG);
  } catch {
    // Storage disabled: every load tries the cookie.
  }
}

/** Whether a reload may find a session to restore. */
export function mayHaveSession(): boolean {
  try {
    return localStorage.getItem(SIGNED_IN_FLAG) !== null;
  } catch {
    return true;
  }
}

function set(payload: SessionPayload | null): void {
  flag(payload !== null);
  accessToken = payload?.accessToken ?? null;
  currentUser = payload?.user ?? null;
  for (const listener of listeners) listener(currentUser);
}

async function failureOf(res: Response): Promise<SessionFailure> {
  let body: { reason?: unknown; field?: unknown } = {};
  try {
    body = (await res.json()) as typeof body;
  } catch {
    // Not JSON (a proxy's error page): the status says enough.
  }
  return {
    ok: false,
    status: res.status,
    reason:
      typeof body.reason === 'string' ? body.reason : res.status === 429 ? 'TOO_MANY_ATTEMPTS' : 'INTERNAL',
    field: typeof body.field === 'string' ? body.field : undefined,
  };
}

export function getAccessToken(): string | null {
  return accessToken;
}

export function getUser(): SessionUser | null {
  return currentUser;
}

export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function signIn(email: string, password: string): Promise<SignInResult> {
  return begin('/session', { email, password });
}

/**
 * Signs in with an emailed link's token and the password chosen for it (`/session/invitation`,
 * `/session/password-reset`): the server sets the refresh cookie, so the page never holds a refresh token.
 */
export function signInWithLink(
  link: 'invitation' | 'password-reset',
  token: string,
  password: string,
): Promise<SignInResult> {
  return begin(`/session/${link}`, { token, password });
}

async function begin(path: string, body: object): Promise<SignInResult> {
  let res: Response;
  try {
    res = await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(body),
    });
  } catch {
    return { ok: false, status: 0, reason: 'NETWORK' };
  }
  if (!res.ok) return failureOf(res);
  const payload = (await res.json()) as SessionPayload;
  set(payload);
  return { ok: true, user: payload.user };
}

/**
 * A new access token from the refresh cookie. Concurrent callers share one request, because the server
 * rotates the cookie on each use: two refreshes racing would make the second look like token reuse.
 */
export function refreshSession(): Promise<boolean> {
  refreshing ??= (async () => {
    try {
      const res = await fetch('/session/refresh', { method: 'POST', credentials: 'same-origin' });
      if (!res.ok) {
        set(null);
        return false;
      }
      set((await res.json()) as SessionPayload);
      return true;
    } catch {
      return false;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

export async function signOut(): Promise<void> {
  try {
    await fetch('/session', { method: 'DELETE', credentials: 'same-origin' });
  } finally {
    set(null);
  }
}
