import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { problemMessage } from '../../../lib/error-messages';
import { signInWithLink } from '../../../lib/session';
import { LinkPagePanel } from '../components/LinkPagePanel';
import { PasswordChoiceForm } from '../components/PasswordChoiceForm';

type Stage = 'choose' | 'existingAccount' | 'linkNotValid';

/**
 * `/invitations/:token`, the link of an invitation email: choose a password, and be signed in and on one's
 * home. An email that already has an account answers ACCOUNT_EXISTS: that person signs in with their own
 * password instead, and the membership is added to the account.
 */
export default function AcceptInvitationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const [stage, setStage] = useState<Stage>('choose');
  const [busy, setBusy] = useState(false);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const accept = async (password: string, asExisting: boolean) => {
    setBusy(true);
    setFieldError(null);
    setFailure(null);
    const result = await signInWithLink('invitation', token, password);
    setBusy(false);
    if (result.ok) {
      void navigate('/', { replace: true });
    } else if (result.reason === 'TOKEN_NOT_VALID') {
      setStage('linkNotValid');
    } else if (result.reason === 'ACCOUNT_EXISTS') {
      if (asExisting) setFailure(t('people.accept.wrongPassword'));
      setStage('existingAccount');
    } else if (result.field === 'password') {
      setFieldError(problemMessage(t, result));
    } else {
      setFailure(problemMessage(t, result));
    }
  };

  return (
    <LinkPagePanel title={t('people.accept.title')}>
      {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 16 }} />}
      {stage === 'choose' && (
        <>
          <Typography.Paragraph>{t('people.accept.intro')}</Typography.Paragraph>
          <PasswordChoiceForm busy={busy} error={fieldError} onSubmit={(p) => void accept(p, false)} />
        </>
      )}
      {stage === 'existingAccount' && (
        <>
          <Alert
            type="info"
            showIcon
            title={t('people.accept.existingAccount')}
            style={{ marginBottom: 16 }}
          />
          <Form<{ password: string }>
            layout="vertical"
            requiredMark={false}
            onFinish={({ password }) => void accept(password, true)}
          >
            <Form.Item
              label={t('auth.password')}
              name="password"
              rules={[{ required: true, message: t('auth.passwordRequired') }]}
            >
              <Input.Password autoComplete="current-password" autoFocus />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy}>
              {t('people.accept.signInAndAccept')}
            </Button>
          </Form>
        </>
      )}
      {stage === 'linkNotValid' && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('errors.reason.TOKEN_NOT_VALID')}
          description={t('people.accept.askAgain')}
        />
      )}
      <p style={{ marginTop: 16 }}>
        <Link to="/login">{t('auth.backToSignIn')}</Link>
      </p>
    </LinkPagePanel>
  );
}
