import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Where `ลืมรหัสผ่าน` leads. Requesting a reset link by email comes with the people issue's pages. */
export default function ForgotPasswordPage() {
  const { t } = useTranslation();
  return (
    <main style={{ display: 'flex', justifyContent: 'center', padding: '48px 16px' }}>
      <div className="panel" style={{ width: '100%', maxWidth: 480 }}>
        <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0 }}>
          {t('auth.forgotTitle')}
        </Typography.Title>
        <Typography.Paragraph>{t('auth.forgotBody')}</Typography.Paragraph>
        <Link to="/login">{t('auth.backToSignIn')}</Link>
      </div>
    </main>
  );
}
