import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequestPasswordResetDocument } from '../graphql/password-reset';
import { errorMessage } from '../../../lib/api-problems';
import { apolloClient } from '../../../lib/apollo';

/**
 * Where `ลืมรหัสผ่าน` leads: ask for a reset link by email. The answer is the same sentence whether or not
 * the email has an account (the server mails only a known one), so the page tells no one who is registered.
 */
export default function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const request = async ({ email }: { email: string }) => {
    setBusy(true);
    setFailure(null);
    try {
      await apolloClient.mutate({
        mutation: RequestPasswordResetDocument,
        variables: { email: email.trim() },
      });
      setSent(true);
    } catch (error) {
      setFailure(errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main style={{ display: 'flex', justifyContent: 'center', padding: '48px 16px' }}>
      <div className="panel" style={{ width: '100%', maxWidth: 480 }}>
        <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0 }}>
          {t('auth.forgotTitle')}
        </Typography.Title>
        {sent ? (
          <Alert type="success" showIcon role="status" title={t('auth.forgotSent')} />
        ) : (
          <>
            <Typography.Paragraph>{t('auth.forgotBody')}</Typography.Paragraph>
            {failure && (
              <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 16 }} />
            )}
            <Form<{ email: string }> layout="vertical" requiredMark={false} onFinish={(v) => void request(v)}>
              <Form.Item
                label={t('auth.email')}
                name="email"
                rules={[{ required: true, whitespace: true, message: t('auth.emailRequired') }]}
              >
                <Input type="email" autoComplete="username" inputMode="email" autoFocus />
              </Form.Item>
              <Button type="primary" htmlType="submit" block loading={busy}>
                {t('auth.forgotSubmit')}
              </Button>
            </Form>
          </>
        )}
        <p style={{ marginTop: 16 }}>
          <Link to="/login">{t('auth.backToSignIn')}</Link>
        </p>
      </div>
    </main>
  );
}
