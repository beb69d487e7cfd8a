import { useQuery } from '@apollo/client/react';
import { Card, Checkbox, List, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageLoading } from '../../../components/PageLoading';
import { QueryError } from '../../../components/QueryError';
import { ThaiDate } from '../../../components/ThaiDate';
import { currentFiscalYear } from '../../../lib/fiscal-year';
import { FrameworkYearsDocument } from '../graphql/measures';
import { MeasureStatusTag } from '../components/MeasureStatusText';
import { MyMeasuresDocument } from '../graphql/measures';

/** The measures assigned to the caller (a member who follows them up), across their organizations. */
export default function MyTasksPage() {
  const { t } = useTranslation();
  const [includeClosed, setIncludeClosed] = useState(false);
  const [params, setParams] = useSearchParams();
  const now = currentFiscalYear();
  const fiscalYear = Number(params.get('fiscalYear')) || now;
  const years = useQuery(FrameworkYearsDocument).data?.frameworkYears ?? [];
  const current = useQuery(MyMeasuresDocument, { variables: { fiscalYear, includeClosed } });
  if (current.loading && !current.data) return <PageLoading />;
  if (current.error && !current.data) return <QueryError error={current.error} />;
  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 26, marginTop: 0 }}>
        {t('myTasks.title', { year: fiscalYear })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('myTasks.intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 8 }}>
        <label style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
          <span>{t('fiscalYear.label')}</span>
          <Select
            aria-label={t('fiscalYear.label')}
            value={fiscalYear}
            style={{ width: 120 }}
            options={[...new Set([...years, now, fiscalYear])]
              .sort((a, b) => b - a)
              .map((y) => ({ value: y, label: String(y) }))}
            onChange={(y: number) => setParams({ fiscalYear: String(y) })}
          />
        </label>
        <Checkbox checked={includeClosed} onChange={(e) => setIncludeClosed(e.target.checked)}>
          {t('myTasks.includeClosed')}
        </Checkbox>
      </Space>
      <List
        dataSource={current.data?.myMeasures ?? []}
        locale={{ emptyText: t('myTasks.empty') }}
        renderItem={(m) => (
          <List.Item>
            <Space orientation="vertical" size={2}>
              <Link to={`/measures/${m.id}`}>{m.title}</Link>
              <span>
                {m.organization.nameTh} · <ThaiDate value={m.dueDate} />{' '}
                <MeasureStatusTag status={m.status} />
                {m.isOverdue && <Tag color="#c41d1d">{t('measures.overdueTag')}</Tag>}
              </span>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
