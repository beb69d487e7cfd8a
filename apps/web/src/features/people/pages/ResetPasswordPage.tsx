import { Alert, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { problemMessage } from '../../../lib/error-messages';
import { signInWithLink } from '../../../lib/session';
import { LinkPagePanel } from '../components/LinkPagePanel';
import { PasswordChoiceForm } from '../components/PasswordChoiceForm';

/**
 * `/reset-password/:token`, the link of a reset email (1 hour, once): choose a new password, and be signed
 * in and on one's home. Every other session of the account ends on the server.
 */
export default function ResetPasswordPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [linkNotValid, setLinkNotValid] = useState(false);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const reset = async (password: string) => {
    setBusy(true);
    setFieldError(null);
    setFailure(null);
    const result = await signInWithLink('password-reset', token, password);
    setBusy(false);
    if (result.ok) void navigate('/', { replace: true });
    else if (result.reason === 'TOKEN_NOT_VALID') setLinkNotValid(true);
    else if (result.field === 'password') setFieldError(problemMessage(t, result));
    else setFailure(problemMessage(t, result));
  };

  return (
    <LinkPagePanel title={t('people.reset.title')}>
      {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 16 }} />}
      {linkNotValid ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('errors.reason.TOKEN_NOT_VALID')}
          description={<Link to="/forgot-password">{t('people.reset.askAgain')}</Link>}
        />
      ) : (
        <>
          <Typography.Paragraph>{t('people.reset.intro')}</Typography.Paragraph>
          <PasswordChoiceForm busy={busy} error={fieldError} onSubmit={(p) => void reset(p)} />
        </>
      )}
      <p style={{ marginTop: 16 }}>
        <Link to="/login">{t('auth.backToSignIn')}</Link>
      </p>
    </LinkPagePanel>
  );
}
