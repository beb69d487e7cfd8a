import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Card, Space, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../../components/PageLoading';
import { QueryError } from '../../../components/QueryError';
import { errorMessage, problemsOf } from '../../../lib/api-problems';
import { formatDate } from '../../../lib/format';
import { useProvince } from '../../../lib/province-context';
import {
  DigestPreferenceDocument,
  DigestPreviewDocument,
  SetDigestPreferenceDocument,
} from '../graphql/province';

/**
 * /provinces/:code/digest — the supervisor's weekly digest: whether to receive it, and the very email the
 * coming Monday's would be (supervisorDigestPreview renders it with the digest's own facts and template).
 */
export default function DigestPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { provinceCode } = useProvince();
  const prefs = useQuery(DigestPreferenceDocument);
  const preview = useQuery(DigestPreviewDocument, { variables: { provinceCode } });
  const [save, saving] = useMutation(SetDigestPreferenceDocument);
  const enabled = prefs.data?.myEmailPreferences.find((p) => p.kind === 'SUPERVISOR_DIGEST')?.enabled ?? true;

  const toggle = async (value: boolean) => {
    try {
      await save({ variables: { preferences: [{ kind: 'SUPERVISOR_DIGEST', enabled: value }] } });
      void message.success(t('digest.saved'));
    } catch (e) {
      void message.error(errorMessage(t, e));
    }
  };

  const email = preview.data?.supervisorDigestPreview;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 28, margin: 0 }}>
        {t('digest.title')}
      </Typography.Title>
      <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('digest.settings')}</h2>}>
        <label style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
          <Switch
            checked={enabled}
            loading={saving.loading || prefs.loading}
            onChange={(v) => void toggle(v)}
          />
          <span>{t('digest.enabled')}</span>
        </label>
      </Card>
      <Card
        title={
          <h2 style={{ fontSize: 18, margin: 0 }}>
            {email ? t('digest.preview', { date: formatDate(email.asOf) }) : t('digest.previewTitle')}
          </h2>
        }
      >
        {preview.error && !email ? (
          problemsOf(preview.error).some((p) => p.code === 'FORBIDDEN') ? (
            <Alert type="warning" showIcon role="alert" title={t('province.forbidden')} />
          ) : (
            <QueryError error={preview.error} />
          )
        ) : !email ? (
          <PageLoading />
        ) : (
          <>
            <Alert
              type="info"
              showIcon
              title={enabled ? t('digest.previewNote') : t('digest.previewOff')}
              style={{ marginBottom: 12 }}
            />
            <Typography.Paragraph strong data-testid="digest-subject">
              {t('digest.subject', { subject: email.subject })}
            </Typography.Paragraph>
            <div
              data-testid="digest-text"
              style={{
                whiteSpace: 'pre-wrap',
                overflowWrap: 'anywhere',
                background: '#fff',
                border: '1px solid #d9d9d9',
                borderRadius: 6,
                padding: 16,
                lineHeight: 1.8,
              }}
            >
              {email.text}
            </div>
          </>
        )}
      </Card>
    </Space>
  );
}
