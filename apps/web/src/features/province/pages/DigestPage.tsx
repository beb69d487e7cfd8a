import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Card, Space, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../../components/PageLoading';
import { QueryError } from '../../../components/QueryError';
import { errorMessage, problemsOf } from '../../../lib/api-problems';
import { formatDate, formatScore } from '../../../lib/format';
import { useProvince } from '../../../lib/province-context';
import {
  DigestPreferenceDocument,
  DigestPreviewDocument,
  SetDigestPreferenceDocument,
} from '../graphql/province';

/** The coming Monday in Asia/Bangkok (today when it is Monday), as YYYY-MM-DD. */
function nextMonday(now = new Date()): string {
  const bangkok = new Date(now.getTime() + 7 * 3_600_000);
  const day = bangkok.getUTCDay();
  const add = (8 - day) % 7;
  return new Date(bangkok.getTime() + add * 86_400_000).toISOString().slice(0, 10);
}

/**
 * /provinces/:code/digest — the supervisor's weekly digest: whether to receive it, and a preview of what
 * this Monday's will say, from the province's figures now (there is no server query for the digest itself;
 * the page says it is a preview).
 */
export default function DigestPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { provinceCode, fiscalYear, hasFramework } = useProvince();
  const prefs = useQuery(DigestPreferenceDocument);
  const preview = useQuery(DigestPreviewDocument, {
    variables: { provinceCode, fiscalYear },
    skip: !hasFramework,
  });
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

  const r = preview.data?.provinceRollup;
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
            {t('digest.preview', { date: formatDate(nextMonday()) })}
          </h2>
        }
      >
        {preview.error && !r ? (
          problemsOf(preview.error).some((p) => p.code === 'FORBIDDEN') ? (
            <Alert type="warning" showIcon role="alert" title={t('province.forbidden')} />
          ) : (
            <QueryError error={preview.error} />
          )
        ) : !r ? (
          hasFramework ? (
            <PageLoading />
          ) : null
        ) : (
          <>
            <Alert type="info" showIcon title={t('digest.previewNote')} style={{ marginBottom: 12 }} />
            <ul style={{ margin: 0, paddingInlineStart: 20, lineHeight: 1.9 }}>
              <li>
                {t('digest.linePassing', {
                  passing: r.passingCount,
                  total: r.organizationCount,
                  previous: r.previousYear.passingCount,
                })}
              </li>
              <li>{t('digest.lineAverage', { average: formatScore(r.averageScore) })}</li>
              <li>{t('digest.lineOverdue', { count: r.measuresOverdue })}</li>
              <li>{t('digest.lineReviews', { count: preview.data?.oitReviewQueue.total ?? 0 })}</li>
              {r.atRisk.length > 0 && (
                <li>
                  {t('digest.lineAtRisk', {
                    names: r.atRisk
                      .map((a) => `${a.organization.nameTh} (${formatScore(a.gapToPass)})`)
                      .join(', '),
                  })}
                </li>
              )}
            </ul>
          </>
        )}
      </Card>
    </Space>
  );
}
