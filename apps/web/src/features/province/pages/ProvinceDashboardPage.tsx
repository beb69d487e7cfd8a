import { useQuery } from '@apollo/client/react';
import { Alert, Card, Col, Row, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import {
  LazyBarChartFigure as BarChartFigure,
  preloadBarChartFigure,
} from '../../../components/LazyBarChartFigure';
import { PageLoading } from '../../../components/PageLoading';
import { QueryError } from '../../../components/QueryError';
import { problemsOf } from '../../../lib/api-problems';
import { formatDate, formatScore } from '../../../lib/format';
import { districtsOf, useProvince } from '../../../lib/province-context';
import type {
  OrganizationType,
  ProvinceDashboardQuery,
  ProvinceSurveyShortfallsQuery,
  ProvinceSurveyShortfallsQueryVariables,
} from '../../../gql/graphql';
import { GroupTable } from '../components/FigureTable';
import { ProvinceFiles } from '../components/ProvinceFiles';
import { ProvinceDashboardDocument, ProvinceSurveyShortfallsDocument } from '../graphql/province';

type Rollup = ProvinceDashboardQuery['provinceRollup'];
type AtRisk = Rollup['atRisk'][number];

const TYPES: OrganizationType[] = [
  'PROVINCIAL_ADMINISTRATIVE_ORGANIZATION',
  'CITY_MUNICIPALITY',
  'TOWN_MUNICIPALITY',
  'SUBDISTRICT_MUNICIPALITY',
  'SUBDISTRICT_ADMINISTRATIVE_ORGANIZATION',
];
const PASS = '#237804';
const NOT_PASS = '#d4b106';

const h2 = (text: string) => <h2 style={{ fontSize: 18, margin: 0 }}>{text}</h2>;

/**
 * /provinces/:code — what a province supervisor opens every morning: how many LAOs pass 85, the average,
 * grades, districts and types beside last year, who is at risk and why, where measures are overdue. The
 * district and type filters go to the server (provinceRollup's districtCode / organizationType), so every
 * part is the same roll-up of the chosen LAOs; the page derives no figure of its own.
 */
export default function ProvinceDashboardPage() {
  const { t } = useTranslation();
  const { provinceCode, fiscalYear, hasFramework, organizations } = useProvince();
  const [params, setParams] = useSearchParams();
  const districtCode = params.get('district') || null;
  const organizationType = (params.get('type') as OrganizationType | null) || null;
  const { data, loading, error } = useQuery(ProvinceDashboardDocument, {
    variables: { provinceCode, fiscalYear, districtCode, organizationType },
    skip: !hasFramework,
  });
  useEffect(preloadBarChartFigure, []);

  const setFilter = (key: 'district' | 'type', value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  if (!hasFramework) return null;
  if (error && !data) {
    const forbidden = problemsOf(error).some((p) => p.code === 'FORBIDDEN');
    if (forbidden) return <Alert type="warning" showIcon role="alert" title={t('province.forbidden')} />;
    return <QueryError error={error} />;
  }
  if (!data) return <PageLoading />;
  const r = data.provinceRollup;
  const districts = districtsOf(organizations);
  const typeName = (type: string) => t(`orgType.${type}`);
  const scope = [
    districtCode && districts.find((d) => d.code === districtCode)?.nameTh,
    organizationType && typeName(organizationType),
  ].filter(Boolean);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 28, margin: 0 }}>
        {r.province.nameTh}
      </Typography.Title>
      <ProvinceFiles provinceCode={provinceCode} fiscalYear={fiscalYear} />

      <Card size="small" title={h2(t('province.filters'))}>
        <Space wrap size={[16, 8]}>
          <label style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
            <span style={{ whiteSpace: 'nowrap' }}>{t('province.district')}</span>
            <Select
              aria-label={t('province.district')}
              showSearch={{ optionFilterProp: 'label' }}
              style={{ width: 200 }}
              value={districtCode ?? ''}
              onChange={(v: string) => setFilter('district', v || undefined)}
              options={[
                { value: '', label: t('province.allDistricts') },
                ...districts.map((d) => ({ value: d.code, label: d.nameTh })),
              ]}
            />
          </label>
          {/* On a phone the choice goes under its label rather than past the card's edge. */}
          <label style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8 }}>
            <span style={{ whiteSpace: 'nowrap' }}>{t('province.type')}</span>
            <Select
              aria-label={t('province.type')}
              style={{ width: 260, maxWidth: '100%' }}
              value={organizationType ?? ''}
              onChange={(v: string) => setFilter('type', v || undefined)}
              options={[
                { value: '', label: t('province.allTypes') },
                ...TYPES.map((type) => ({ value: type, label: typeName(type) })),
              ]}
            />
          </label>
          {scope.length > 0 && (
            <Typography.Text type="secondary">
              {t('province.filtered', { what: scope.join(' · ') })}
            </Typography.Text>
          )}
        </Space>
      </Card>

      {loading && <PageLoading />}
      <Summary rollup={r} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Grades rollup={r} />
        </Col>
        <Col xs={24} lg={12}>
          <Overdue overdue={data.provinceOverdueMeasures} />
        </Col>
      </Row>
      <Groups
        title={t('province.byDistrict')}
        nameTitle={t('province.col.district')}
        rows={r.byDistrict.map((d) => ({ key: d.district.code, name: d.district.nameTh, group: d }))}
      />
      <Groups
        title={t('province.byType')}
        nameTitle={t('province.col.type')}
        rows={r.byType
          .filter((x) => x.organizationCount > 0)
          .map((x) => ({ key: x.type, name: typeName(x.type), group: x }))}
      />
      <AtRiskList rollup={r} />
      <SurveyShortfalls
        variables={{ provinceCode, fiscalYear, districtCode, organizationType }}
        fiscalYear={fiscalYear}
      />
    </Space>
  );
}

type Shortfall = ProvinceSurveyShortfallsQuery['provinceSurveyShortfalls'][number];

/** The LAOs still below their minimum responses to IIT or EIT, furthest behind first: whom to call this week. */
function SurveyShortfalls({
  variables,
  fiscalYear,
}: {
  variables: ProvinceSurveyShortfallsQueryVariables;
  fiscalYear: number;
}) {
  const { t } = useTranslation();
  const { data, error } = useQuery(ProvinceSurveyShortfallsDocument, { variables });
  const shortfalls = data?.provinceSurveyShortfalls;
  return (
    <Card title={h2(t('province.shortfalls.title'))}>
      {error && !data ? (
        <QueryError error={error} />
      ) : !shortfalls ? (
        <PageLoading />
      ) : shortfalls.length === 0 ? (
        <Typography.Paragraph style={{ margin: 0 }}>{t('province.shortfalls.none')}</Typography.Paragraph>
      ) : (
        <>
          <Typography.Paragraph>
            {t('province.shortfalls.note', {
              count: new Set(shortfalls.map((s) => s.organizationId)).size,
            })}
          </Typography.Paragraph>
          <Table<Shortfall>
            size="small"
            rowKey={(s) => `${s.organizationId}:${s.tool}`}
            data-testid="survey-shortfalls"
            pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
            dataSource={shortfalls}
            scroll={{ x: 'max-content' }}
            columns={[
              {
                title: t('province.col.organization'),
                render: (_, s) => (
                  <Link to={`/organizations/${s.organizationId}/surveys?fiscalYear=${fiscalYear}`}>
                    {s.organizationName}
                  </Link>
                ),
              },
              { title: t('province.col.district'), dataIndex: 'districtName' },
              { title: t('province.shortfalls.tool'), dataIndex: 'tool' },
              {
                title: t('province.shortfalls.responses'),
                align: 'right',
                render: (_, s) =>
                  `${s.responsesSoFar.toLocaleString()} / ${s.minimumResponses.toLocaleString()}`,
              },
              {
                title: t('province.shortfalls.missing'),
                align: 'right',
                dataIndex: 'missing',
                sorter: (a, b) => a.missing - b.missing,
              },
            ]}
          />
        </>
      )}
    </Card>
  );
}

function Summary({ rollup: r }: { rollup: Rollup }) {
  const { t } = useTranslation();
  // 36 px on a desktop; smaller on a phone, so "51 จาก 158 หน่วยงาน" stays on one line in its card.
  const big = { fontSize: 'clamp(26px, 7.5vw, 36px)', fontWeight: 600, lineHeight: 1.2 } as const;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} md={12} xl={9}>
        <Card>
          <section aria-labelledby="passing-title">
            <Typography.Text strong id="passing-title">
              {t('province.passing')}
            </Typography.Text>
            <div style={big} data-testid="passing-count">
              {t('province.passingOf', {
                passing: r.passingCount.toLocaleString(),
                total: r.organizationCount.toLocaleString(),
              })}
            </div>
            <Typography.Text>
              {r.passingPercent === null
                ? ''
                : t('province.passingPercent', { percent: formatScore(r.passingPercent) })}
            </Typography.Text>
            <br />
            <Typography.Text type="secondary">
              {t('province.previousYear', {
                year: r.previousYear.fiscalYear,
                passing: r.previousYear.passingCount.toLocaleString(),
                total: r.previousYear.organizationCount.toLocaleString(),
              })}
            </Typography.Text>
          </section>
        </Card>
      </Col>
      <Col xs={24} sm={12} md={12} xl={5}>
        <Card>
          <Typography.Text strong>{t('province.average')}</Typography.Text>
          <div style={big} data-testid="average-score">
            {formatScore(r.averageScore)}
          </div>
          <Typography.Text type="secondary">
            {t('province.averageNote', { count: r.estimatedCount })} ·{' '}
            {t('province.thisYear', { year: r.previousYear.fiscalYear })}{' '}
            {formatScore(r.previousYear.averageScore)}
          </Typography.Text>
        </Card>
      </Col>
      <Col xs={24} sm={12} md={12} xl={5}>
        <Card>
          <Typography.Text strong>{t('province.overdue')}</Typography.Text>
          <div
            style={{ ...big, color: r.measuresOverdue > 0 ? '#a8071a' : undefined }}
            data-testid="overdue-count"
          >
            {r.measuresOverdue.toLocaleString()}
          </div>
          <Typography.Text type="secondary">
            {t('province.overdueNote', { total: r.measuresTotal })}
          </Typography.Text>
        </Card>
      </Col>
      <Col xs={24} sm={12} md={12} xl={5}>
        <Card>
          <Typography.Text strong>{t('province.oitAccepted')}</Typography.Text>
          <div style={big}>{formatScore(r.oitItems.acceptedPercent)}%</div>
        </Card>
      </Col>
    </Row>
  );
}

function Grades({ rollup: r }: { rollup: Rollup }) {
  const { t } = useTranslation();
  const before = new Map(r.previousYear.gradeDistribution.map((g) => [g.grade, g.count]));
  const thisYear = t('province.thisYear', { year: r.fiscalYear });
  const lastYear = t('province.thisYear', { year: r.previousYear.fiscalYear });
  const rows = r.gradeDistribution.map((g) => ({
    grade: g.grade,
    now: g.count,
    before: before.get(g.grade) ?? 0,
  }));
  return (
    <Card title={h2(t('province.grades'))} style={{ height: '100%' }}>
      <BarChartFigure
        rows={rows}
        categoryKey="grade"
        series={[
          { key: 'now', label: thisYear, color: '#1d4f91' },
          { key: 'before', label: lastYear, color: '#8c8c8c' },
        ]}
        height={220}
      />
      <Table
        size="small"
        rowKey="grade"
        pagination={false}
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        title={() => <span className="visually-hidden">{t('province.chartTable')}</span>}
        columns={[
          { title: t('province.grade'), dataIndex: 'grade' },
          { title: thisYear, dataIndex: 'now', align: 'right' },
          { title: lastYear, dataIndex: 'before', align: 'right' },
        ]}
      />
    </Card>
  );
}

function Groups({
  title,
  nameTitle,
  rows,
}: {
  title: string;
  nameTitle: string;
  rows: Parameters<typeof GroupTable>[0]['rows'];
}) {
  const { t } = useTranslation();
  const chartRows = rows.map((row) => ({
    name: row.name,
    passing: row.group.passingCount,
    notPassing: row.group.organizationCount - row.group.passingCount,
  }));
  return (
    <Card title={h2(title)} role="region" aria-label={title}>
      <BarChartFigure
        rows={chartRows}
        categoryKey="name"
        horizontal
        stacked
        series={[
          { key: 'passing', label: t('province.chartPassing'), color: PASS },
          { key: 'notPassing', label: t('province.chartNotPassing'), color: NOT_PASS },
        ]}
      />
      <GroupTable rows={rows} nameTitle={nameTitle} caption={title} />
    </Card>
  );
}

/** The three lowest-scoring indicators the estimate used (those with a score). */
function weakest(a: AtRisk) {
  return [...a.indicators]
    .filter((i) => i.score !== null)
    .sort((x, y) => (x.score ?? 0) - (y.score ?? 0))
    .slice(0, 3);
}

function AtRiskList({ rollup: r }: { rollup: Rollup }) {
  const { t } = useTranslation();
  const columns: ColumnsType<AtRisk> = [
    {
      title: t('province.col.organization'),
      fixed: 'left',
      render: (_, a) => (
        <Link to={`/organizations/${a.organization.id}?fiscalYear=${r.fiscalYear}`}>
          {a.organization.nameTh}
        </Link>
      ),
      sorter: (x, y) => x.organization.nameTh.localeCompare(y.organization.nameTh, 'th'),
    },
    { title: t('province.col.district'), render: (_, a) => a.organization.district.nameTh },
    {
      title: t('province.col.score'),
      align: 'right',
      render: (_, a) => formatScore(a.estimatedScore),
      sorter: (x, y) => (x.estimatedScore ?? 0) - (y.estimatedScore ?? 0),
    },
    { title: t('province.grade'), render: (_, a) => a.grade ?? '–' },
    {
      title: t('province.col.gap'),
      align: 'right',
      render: (_, a) => formatScore(a.gapToPass),
      sorter: (x, y) => (x.gapToPass ?? 0) - (y.gapToPass ?? 0),
    },
    {
      title: t('province.col.weakest'),
      render: (_, a) => (
        <Space wrap size={[4, 4]}>
          {weakest(a).map((i) => (
            <Tag key={i.indicatorCode}>
              {i.indicatorCode} {i.nameTh} {formatScore(i.score)}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('province.col.overdue'),
      align: 'right',
      render: (_, a) => a.measuresOverdue,
      sorter: (x, y) => x.measuresOverdue - y.measuresOverdue,
    },
  ];
  return (
    <Card title={h2(t('province.atRisk'))}>
      {r.atRisk.length === 0 ? (
        <Typography.Paragraph>{t('province.atRiskNone')}</Typography.Paragraph>
      ) : (
        <Table<AtRisk>
          size="small"
          rowKey={(a) => a.organization.id}
          columns={columns}
          dataSource={r.atRisk}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          scroll={{ x: 1000 }}
        />
      )}
    </Card>
  );
}

type OverdueMeasures = ProvinceDashboardQuery['provinceOverdueMeasures'];

/** Every overdue measure of the scope (most overdue first, the first 50 of `totalCount`), each opening its page. */
function Overdue({ overdue }: { overdue: OverdueMeasures }) {
  const { t } = useTranslation();
  type Row = OverdueMeasures['items'][number];
  return (
    <Card title={h2(t('province.overdueList'))} style={{ height: '100%' }}>
      {overdue.totalCount === 0 ? (
        <Typography.Paragraph>{t('province.overdueNone')}</Typography.Paragraph>
      ) : (
        <>
          <Typography.Paragraph>
            {t('province.overdueListNote', { count: overdue.totalCount, shown: overdue.items.length })}
          </Typography.Paragraph>
          <Table<Row>
            size="small"
            rowKey="id"
            data-testid="overdue-measures"
            pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
            dataSource={overdue.items}
            scroll={{ x: 'max-content' }}
            columns={[
              {
                title: t('province.col.measure'),
                render: (_, m) => <Link to={`/measures/${m.id}`}>{m.title}</Link>,
              },
              { title: t('province.col.organization'), render: (_, m) => m.organizationName },
              { title: t('province.col.dueDate'), render: (_, m) => formatDate(m.dueDate) },
              {
                title: t('province.col.daysOverdue'),
                align: 'right',
                render: (_, m) => m.daysOverdue,
                sorter: (x, y) => x.daysOverdue - y.daysOverdue,
              },
              { title: t('province.col.responsible'), render: (_, m) => m.responsible },
            ]}
          />
        </>
      )}
    </Card>
  );
}
