import { ApolloProvider } from '@apollo/client/react';
import { App as AntApp, Button, Layout, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useNavigate } from 'react-router';
import { apolloClient } from '../lib/apollo';
import { signOut } from '../lib/session';
import { useSession } from '../lib/session-context';

const { Header, Content, Footer } = Layout;

/** The frame of every signed-in page: the app's name, the main links, language switch and sign-out. */
export default function AppLayout() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const thai = !i18n.language.startsWith('en');

  // Apollo and AntApp (message, modal) live here, not at the root: the sign-in page does without them.
  return (
    <ApolloProvider client={apolloClient}>
      <AntApp>
        <Layout style={{ minHeight: '100vh' }}>
          <a className="skip-link" href="#main">
            {t('app.skipToContent')}
          </a>
          <Header
            style={{
              background: '#1d4f91',
              display: 'flex',
              flexWrap: 'wrap',
              alignItems: 'center',
              gap: '4px 16px',
              height: 'auto',
              lineHeight: '48px',
              padding: '0 16px',
            }}
          >
            <Link to="/" style={{ color: '#fff', fontWeight: 600, fontSize: 20 }}>
              {t('app.name')}
            </Link>
            <nav aria-label={t('app.mainNav')} style={{ flex: 1, minWidth: 0 }}>
              <Space wrap size={[12, 0]}>
                <NavLink to="/" end style={{ color: '#fff' }}>
                  {t('nav.home')}
                </NavLink>
                <NavLink to="/my-tasks" style={{ color: '#fff' }}>
                  {t('nav.myTasks')}
                </NavLink>
                <NavLink to="/settings/email" style={{ color: '#fff' }}>
                  {t('nav.emailPreferences')}
                </NavLink>
                <NavLink to="/settings/password" style={{ color: '#fff' }}>
                  {t('nav.changePassword')}
                </NavLink>
              </Space>
            </nav>
            <Space wrap size={[8, 0]}>
              <span style={{ color: '#fff' }}>{session.user?.displayName}</span>
              <Button
                size="small"
                lang={thai ? 'en' : 'th'}
                onClick={() => void i18n.changeLanguage(thai ? 'en' : 'th')}
              >
                {thai ? t('app.switchToEnglish') : t('app.switchToThai')}
              </Button>
              <Button
                size="small"
                onClick={() => {
                  void signOut().then(() => navigate('/login', { replace: true }));
                }}
              >
                {t('nav.signOut')}
              </Button>
            </Space>
          </Header>
          <Content
            id="main"
            tabIndex={-1}
            style={{ padding: '16px', maxWidth: 1280, width: '100%', margin: '0 auto' }}
          >
            <Outlet />
          </Content>
          <Footer style={{ textAlign: 'center', color: 'rgba(0,0,0,0.68)' }}>
            {t('app.name')} · {t('app.tagline')}
          </Footer>
        </Layout>
      </AntApp>
    </ApolloProvider>
  );
}
