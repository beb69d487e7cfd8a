import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import thTH from 'antd/locale/th_TH';
import dayjs from 'dayjs';
import buddhistEra from 'dayjs/plugin/buddhistEra';
import 'dayjs/locale/th';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { mayHaveSession, onSessionChange, refreshSession } from '../lib/session';
import { SessionContext, type SessionState } from '../lib/session-context';
import { router } from './router';
import { theme } from './theme';

dayjs.extend(buddhistEra);

/** Restores the session from the refresh cookie once, then follows sign-in and sign-out. */
function useSessionState(): SessionState {
  const [state, setState] = useState<SessionState>(() =>
    mayHaveSession() ? { status: 'restoring', user: null } : { status: 'signedOut', user: null },
  );
  useEffect(() => {
    const stop = onSessionChange((user) =>
      setState(user ? { status: 'signedIn', user } : { status: 'signedOut', user: null }),
    );
    if (mayHaveSession()) {
      void refreshSession().then((ok) => {
        if (!ok) setState({ status: 'signedOut', user: null });
      });
    }
    return stop;
  }, []);
  return state;
}

export function App() {
  const { i18n } = useTranslation();
  const session = useSessionState();
  const thai = !i18n.language.startsWith('en');
  dayjs.locale(thai ? 'th' : 'en');

  return (
    <ConfigProvider locale={thai ? thTH : enUS} theme={theme}>
      <SessionContext.Provider value={session}>
        <RouterProvider router={router} />
      </SessionContext.Provider>
    </ConfigProvider>
  );
}
