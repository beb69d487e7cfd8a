import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { PageLoading } from '../../../components/PageLoading';
import { problemMessage } from '../../../lib/error-messages';
import { signIn } from '../../../lib/session';
import { useSession } from '../../../lib/session-context';

interface Credentials {
  email: string;
  password: string;
}

/** Only same-app paths: `?next=https://evil.example` must not turn sign-in into an open redirect. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function LoginPage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const session = useSession();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const next = safeNext(params.get('next'));
  const thai = !i18n.language.startsWith('en');

  if (session.status === 'restoring') return <PageLoading />;
  if (session.status === 'signedIn' && !busy) return <Navigate to={next} replace />;

  const submit = async ({ email, password }: Credentials) => {
    setBusy(true);
    setFailure(null);
    const result = await signIn(email.trim(), password);
    setBusy(false);
    if (result.ok) void navigate(next, { replace: true });
    else setFailure(problemMessage(t, result));
  };

  return (
    <main style={{ display: 'flex', justifyContent: 'center', padding: '48px 16px' }}>
      {/* A plain panel, not antd's Card: Card pulls in Tabs, Dropdown and Menu, and this page must stay small. */}
      <div className="panel" style={{ width: '100%', maxWidth: 420 }}>
        <h1 style={{ fontSize: 28, margin: '0 0 8px', color: '#1d4f91' }}>{t('app.name')}</h1>
        <h2 style={{ fontSize: 20, margin: '0 0 8px' }}>{t('auth.title')}</h2>
        <p style={{ color: 'rgba(0,0,0,0.68)' }}>{t('auth.intro')}</p>
        {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 16 }} />}
        <Form<Credentials> layout="vertical" requiredMark={false} onFinish={(v) => void submit(v)}>
          <Form.Item
            label={t('auth.email')}
            name="email"
            rules={[{ required: true, whitespace: true, message: t('auth.emailRequired') }]}
          >
            <Input type="email" autoComplete="username" inputMode="email" autoFocus />
          </Form.Item>
          <Form.Item
            label={t('auth.password')}
            name="password"
            rules={[{ required: true, message: t('auth.passwordRequired') }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('auth.submit')}
          </Button>
        </Form>
        <div
          style={{
            display: 'flex',
            justifyContent: 'space-between',
            marginTop: 16,
            flexWrap: 'wrap',
            gap: 8,
          }}
        >
          <Link to="/forgot-password">{t('auth.forgotPassword')}</Link>
          <Button
            type="link"
            size="small"
            lang={thai ? 'en' : 'th'}
            onClick={() => void i18n.changeLanguage(thai ? 'en' : 'th')}
          >
            {thai ? t('app.switchToEnglish') : t('app.switchToThai')}
          </Button>
        </div>
      </div>
    </main>
  );
}
