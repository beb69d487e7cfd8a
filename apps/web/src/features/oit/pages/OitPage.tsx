import { useQuery } from '@apollo/client/react';
import { Collapse, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../../components/PageLoading';
import { QueryError } from '../../../components/QueryError';
import { useOrganization } from '../../../lib/organization-context';
import { OitItemCard } from '../components/OitItemCard';
import { OitChecklistDocument } from '../graphql/oit';

/** /organizations/:id/oit — the year's OIT items grouped by sub-indicator, answered and re-submitted here. */
export default function OitPage() {
  const { t } = useTranslation();
  const { organization, fiscalYear, hasFramework } = useOrganization();
  const { data, loading, error } = useQuery(OitChecklistDocument, {
    variables: { organizationId: organization.id, fiscalYear },
    skip: !hasFramework,
  });
  const title = (
    <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
      {t('oit.title', { year: fiscalYear })}
    </Typography.Title>
  );
  if (!hasFramework) return title;
  if (loading && !data) return <PageLoading />;
  if (error && !data) return <QueryError error={error} />;
  const items = data?.oitItems ?? [];
  const groups = (data?.framework.oitSubIndicators ?? []).map((sub) => ({
    sub,
    items: items.filter((i) => i.subIndicatorCode === sub.code).sort((a, b) => a.order - b.order),
  }));

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {title}
      <Typography.Paragraph>{t('oit.intro')}</Typography.Paragraph>
      <Typography.Text strong>
        {t('oit.summary', {
          published: items.filter((i) => i.status === 'PUBLISHED').length,
          met: items.filter((i) => i.met).length,
          total: items.length,
        })}
      </Typography.Text>
      <Collapse
        defaultActiveKey={groups
          .filter((g) => g.items.some((i) => i.review === 'RETURNED'))
          .map((g) => g.sub.code)}
        items={groups.map(({ sub, items: subItems }) => ({
          key: sub.code,
          label: (
            <h2 style={{ fontSize: 16, margin: 0 }}>
              {sub.code} {sub.nameTh} ({subItems.filter((i) => i.met).length}/{subItems.length})
            </h2>
          ),
          children: (
            <Space orientation="vertical" style={{ width: '100%' }}>
              {subItems.map((item) => (
                <OitItemCard
                  key={item.code}
                  item={item}
                  organizationId={organization.id}
                  fiscalYear={fiscalYear}
                />
              ))}
            </Space>
          ),
        }))}
      />
    </Space>
  );
}
