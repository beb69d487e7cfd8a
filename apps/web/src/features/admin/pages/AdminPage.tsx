import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Col, Row, Select, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageLoading } from '../../../components/PageLoading';
import { QueryError } from '../../../components/QueryError';
import { errorMessage, problemsOf } from '../../../lib/api-problems';
import { currentFiscalYear } from '../../../lib/fiscal-year';
import { formatDateTime, formatScore } from '../../../lib/format';
import type { NationalRollupQuery } from '../../../gql/graphql';
import { VersionTags } from '../../frameworks/pages/FrameworksPage';
import { SurveyWindowsTab } from './SurveyWindowsTab';
import {
  FailedNotificationsDocument,
  FrameworkListDocument,
  FrameworkYearsListDocument,
  NationalRollupDocument,
  RetryFailedNotificationDocument,
} from '../graphql/admin';

type ProvinceRow = NationalRollupQuery['nationalRollup']['provinces'][number];

/**
 * /admin — the administrator's home: the national roll-up (provinces as rows, the province dashboard's
 * columns), emails that failed with a retry, the queue dashboard, and each year's framework (read-only).
 */
export default function AdminPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const tab = params.get('tab') ?? 'national';
  const pages = [
    ['national', 'admin.nav.national', <National key="national" />],
    ['notifications', 'admin.nav.notifications', <Failed key="notifications" />],
    ['frameworks', 'admin.nav.frameworks', <Frameworks key="frameworks" />],
    ['surveyWindows', 'admin.nav.surveyWindows', <SurveyWindows key="surveyWindows" />],
  ] as const;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 28, margin: 0 }}>
        {t('admin.title')}
      </Typography.Title>
      {/*
        A row of links, as the LAO's pages: antd Tabs fold tabs that do not fit into a "more" button
        inside the tab list, which axe reports as critical (aria-required-children).
      */}
      <nav aria-label={t('admin.nav.label')} className="organization-nav">
        {pages.map(([key, label]) => (
          <Link
            key={key}
            to={key === 'national' ? '/admin' : `/admin?tab=${key}`}
            aria-current={tab === key ? 'page' : undefined}
            className={tab === key ? 'organization-nav-link active' : 'organization-nav-link'}
          >
            {t(label)}
          </Link>
        ))}
        <a href="/admin/queues" className="organization-nav-link">
          {t('admin.nav.queues')}
        </a>
      </nav>
      {pages.find(([key]) => key === tab)?.[2] ?? pages[0][2]}
    </Space>
  );
}

function National() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  // The current fiscal year unless the link asks for another (the chooser below lists every year with a framework).
  const asked = Number(params.get('fiscalYear')) || currentFiscalYear();
  const { data, loading, error } = useQuery(NationalRollupDocument, { variables: { fiscalYear: asked } });
  if (loading && !data) return <PageLoading />;
  if (error && !data) {
    if (problemsOf(error).some((p) => p.code === 'FORBIDDEN'))
      return <Alert type="warning" showIcon role="alert" title={t('errors.reason.ROLE_REQUIRED')} />;
    return <QueryError error={error} />;
  }
  if (!data) return null;
  const n = data.nationalRollup;
  const years = [...new Set([...data.frameworkYears, asked])].sort((a, b) => b - a);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <label style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
        <span>{t('fiscalYear.label')}</span>
        <Select
          aria-label={t('fiscalYear.label')}
          value={asked}
          style={{ width: 120 }}
          options={years.map((y) => ({ value: y, label: String(y) }))}
          onChange={(y: number) => setParams({ fiscalYear: String(y) })}
        />
      </label>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12}>
          <Card>
            <Typography.Text strong>{t('province.passing')}</Typography.Text>
            <div style={{ fontSize: 32, fontWeight: 600 }} data-testid="national-passing">
              {t('province.passingOf', {
                passing: n.passingCount.toLocaleString(),
                total: n.organizationCount.toLocaleString(),
              })}
            </div>
            <Typography.Text type="secondary">
              {t('province.previousYear', {
                year: n.previousYear.fiscalYear,
                passing: n.previousYear.passingCount.toLocaleString(),
                total: n.previousYear.organizationCount.toLocaleString(),
              })}
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Typography.Text strong>{t('province.average')}</Typography.Text>
            <div style={{ fontSize: 32, fontWeight: 600 }}>{formatScore(n.averageScore)}</div>
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Typography.Text strong>{t('province.overdue')}</Typography.Text>
            <div style={{ fontSize: 32, fontWeight: 600 }}>{n.measuresOverdue.toLocaleString()}</div>
          </Card>
        </Col>
      </Row>
      <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('admin.provinces')}</h2>}>
        <Table<ProvinceRow>
          size="small"
          rowKey={(p) => p.province.code}
          dataSource={n.provinces}
          pagination={false}
          scroll={{ x: 900 }}
          columns={[
            {
              title: t('admin.col.province'),
              fixed: 'left',
              render: (_, p) => (
                <Link to={`/provinces/${p.province.code}?fiscalYear=${n.fiscalYear}`}>
                  {p.province.nameTh}
                </Link>
              ),
              sorter: (a, b) => a.province.nameTh.localeCompare(b.province.nameTh, 'th'),
            },
            {
              title: t('province.col.laos'),
              align: 'right',
              render: (_, p) => p.organizationCount.toLocaleString(),
              sorter: (a, b) => a.organizationCount - b.organizationCount,
            },
            {
              title: t('province.col.passing'),
              align: 'right',
              render: (_, p) => p.passingCount.toLocaleString(),
              sorter: (a, b) => a.passingCount - b.passingCount,
            },
            {
              title: t('province.col.average'),
              align: 'right',
              render: (_, p) => formatScore(p.averageScore),
              sorter: (a, b) => (a.averageScore ?? -1) - (b.averageScore ?? -1),
            },
            {
              title: t('province.col.overdue'),
              align: 'right',
              render: (_, p) => p.measuresOverdue.toLocaleString(),
              sorter: (a, b) => a.measuresOverdue - b.measuresOverdue,
            },
            {
              title: t('province.col.oit'),
              align: 'right',
              render: (_, p) => formatScore(p.oitItems.acceptedPercent),
            },
            {
              title: t('province.col.previous'),
              align: 'right',
              render: (_, p) =>
                `${p.previousYear.passingCount} / ${formatScore(p.previousYear.averageScore)}`,
            },
          ]}
        />
      </Card>
    </Space>
  );
}

function Failed() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(FailedNotificationsDocument);
  const [retry, retrying] = useMutation(RetryFailedNotificationDocument);
  if (loading && !data) return <PageLoading />;
  if (error && !data) return <QueryError error={error} />;
  const rows = data?.failedNotifications ?? [];
  return (
    <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('admin.failed.title')}</h2>}>
      <Table
        size="small"
        rowKey="id"
        dataSource={rows}
        locale={{ emptyText: t('admin.failed.none') }}
        pagination={false}
        scroll={{ x: 800 }}
        columns={[
          {
            title: t('admin.failed.kind'),
            // A kind added later without a Thai name still shows, as its code.
            render: (_, r) => t(`admin.failed.kinds.${r.kind}`, { defaultValue: r.kind }),
          },
          { title: t('admin.failed.recipient'), dataIndex: 'recipientEmail' },
          { title: t('admin.failed.attempts'), dataIndex: 'attempts', align: 'right' },
          {
            title: t('admin.failed.failedAt'),
            render: (_, r) => (r.failedAt ? formatDateTime(r.failedAt) : '–'),
          },
          {
            title: t('admin.failed.error'),
            // The mail server's own words (often English): for the admin who fixes it, kept as they are.
            render: (_, r) => <span lang="en">{r.lastError}</span>,
          },
          {
            title: '',
            render: (_, r) => (
              <Button
                size="small"
                loading={retrying.loading}
                onClick={() =>
                  void retry({ variables: { id: r.id } })
                    .then(() => {
                      void message.success(t('admin.failed.retried'));
                      return refetch();
                    })
                    .catch((e: unknown) => void message.error(errorMessage(t, e)))
                }
              >
                {t('admin.failed.retry')}
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}

function SurveyWindows() {
  const { data, loading, error } = useQuery(FrameworkYearsListDocument);
  if (loading && !data) return <PageLoading />;
  if (error && !data) return <QueryError error={error} />;
  return <SurveyWindowsTab years={data?.frameworkYears ?? []} />;
}

function Frameworks() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(FrameworkListDocument);
  if (loading && !data) return <PageLoading />;
  if (error && !data) return <QueryError error={error} />;
  const rows = (data?.frameworkVersions ?? []).filter((v) => v.current);
  return (
    <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('admin.frameworks.title')}</h2>}>
      <Typography.Paragraph>
        <Link to="/admin/frameworks">{t('frameworks.manage')}</Link>
      </Typography.Paragraph>
      <Table
        size="small"
        rowKey="id"
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: t('admin.frameworks.year'),
            render: (_, v) => <Link to={`/admin/frameworks/${v.id}`}>{v.fiscalYear}</Link>,
          },
          {
            title: t('admin.frameworks.indicators'),
            render: (_, v) => v.framework.indicators.length,
            align: 'right',
          },
          {
            title: t('admin.frameworks.oitItems'),
            render: (_, v) => v.framework.oitItems.length,
            align: 'right',
          },
          {
            title: t('admin.frameworks.passThreshold'),
            render: (_, v) => formatScore(v.framework.passThreshold),
            align: 'right',
          },
          { title: '', render: (_, v) => <VersionTags version={v} /> },
        ]}
      />
    </Card>
  );
}
