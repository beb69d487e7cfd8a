import { useMutation, useQuery } from '@apollo/client/react';
import { App, Card, List, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../../components/PageLoading';
import { QueryError } from '../../../components/QueryError';
import { errorMessage } from '../../../lib/api-problems';
import { EmailPreferencesDocument, UpdateEmailPreferencesDocument } from '../graphql/email-preferences';

export default function EmailPreferencesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, loading, error } = useQuery(EmailPreferencesDocument);
  const [update, { loading: saving }] = useMutation(UpdateEmailPreferencesDocument, {
    refetchQueries: [EmailPreferencesDocument],
    awaitRefetchQueries: true,
  });

  if (loading && !data) return <PageLoading />;
  if (error && !data) return <QueryError error={error} />;

  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 26, marginTop: 0 }}>
        {t('emailPreferences.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('emailPreferences.intro')}</Typography.Paragraph>
      <List
        dataSource={data?.myEmailPreferences ?? []}
        renderItem={(p) => {
          const label = t(`emailPreferences.kinds.${p.kind}`);
          return (
            <List.Item
              extra={
                <Switch
                  aria-label={label}
                  checked={p.enabled}
                  disabled={saving}
                  onChange={(enabled) => {
                    update({ variables: { preferences: [{ kind: p.kind, enabled }] } })
                      .then(() => message.success(t('emailPreferences.saved')))
                      .catch((e: unknown) => message.error(errorMessage(t, e)));
                  }}
                />
              }
            >
              {label}
            </List.Item>
          );
        }}
      />
    </Card>
  );
}
