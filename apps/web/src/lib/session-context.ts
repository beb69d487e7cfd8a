import { createContext, useContext } from 'react';
import type { SessionUser } from './session';

export type SessionState =
  | { status: 'restoring'; user: null }
  | { status: 'signedIn'; user: SessionUser }
  | { status: 'signedOut'; user: null };

export const SessionContext = createContext<SessionState>({ status: 'restoring', user: null });

export function useSession(): SessionState {
  return useContext(SessionContext);
}
