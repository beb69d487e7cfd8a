import { useQuery } from '@apollo/client/react';
import { Alert, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { PageLoading } from '../components/PageLoading';
import { DashboardDocument } from '../features/dashboard/graphql/dashboard';
import { QueryError } from '../components/QueryError';
import { graphql } from '../gql';
import { chooseFiscalYear, currentFiscalYear } from '../lib/fiscal-year';
import { OrganizationContext } from '../lib/organization-context';

/** The year's framework revision and, until an admin confirms it against the NACC's, the notice that says so. */
const FrameworkNoticeDocument = graphql(`
  query FrameworkNotice($fiscalYear: Int!) {
    framework(fiscalYear: $fiscalYear) {
      revision
      noticeTh
    }
  }
`);

const OrganizationHeaderDocument = graphql(`
  query OrganizationHeader($id: ID!) {
    organization(id: $id) {
      id
      code
      nameTh
      district {
        nameTh
      }
      province {
        code
        nameTh
      }
    }
    frameworkYears
  }
`);

/**
 * The LAO's pages share its name, their tabs and the fiscal year (`?fiscalYear=`, kept across tabs). The
 * default is the current fiscal year, or the latest year with an ITA framework when the current one has
 * none yet — said plainly, since an official expects to see this year.
 */
export default function OrganizationLayout() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const { data, loading, error } = useQuery(OrganizationHeaderDocument, { variables: { id } });
  const asked = Number(params.get('fiscalYear')) || null;
  // The dashboard's data in parallel with the header when the year is in the link (bookmarks, the year
  // chooser): the page's own identical query then finds it in flight or in the cache (bench:web).
  const onDashboard = location.pathname.replace(/\/$/, '') === `/organizations/${id}`;
  useQuery(DashboardDocument, {
    variables: { organizationId: id, fiscalYear: asked ?? 0 },
    skip: !onDashboard || asked === null || (data !== undefined && !data.frameworkYears.includes(asked)),
    errorPolicy: 'all',
  });

  const yearKnown = data !== undefined;
  const shownYear = yearKnown ? chooseFiscalYear(asked, data.frameworkYears, currentFiscalYear()).year : 0;
  const notice = useQuery(FrameworkNoticeDocument, {
    variables: { fiscalYear: shownYear },
    skip: !yearKnown || !data.frameworkYears.includes(shownYear),
    errorPolicy: 'all',
  }).data?.framework.noticeTh;

  if (loading && !data) return <PageLoading />;
  if (error && !data) return <QueryError error={error} />;
  const organization = data?.organization;
  if (!organization)
    return <Alert type="warning" showIcon title={t('errors.reason.ORGANIZATION_NOT_FOUND')} />;

  const years = data.frameworkYears;
  const current = currentFiscalYear();
  const { year, fellBack } = chooseFiscalYear(asked, years, current);
  const hasFramework = years.includes(year);
  const options = [...new Set([...years, current, year])].sort((a, b) => b - a);
  const base = `/organizations/${id}`;
  const tab = location.pathname.slice(base.length) || '/';
  const query = `?fiscalYear=${year}`;

  return (
    <OrganizationContext.Provider value={{ organization, fiscalYear: year, hasFramework }}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <div
          style={{
            display: 'flex',
            flexWrap: 'wrap',
            gap: 12,
            alignItems: 'center',
            justifyContent: 'space-between',
          }}
        >
          <Typography.Text type="secondary">
            {organization.nameTh} · {organization.district.nameTh} · {organization.province.nameTh}
          </Typography.Text>
          <label style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
            <span>{t('fiscalYear.label')}</span>
            <Select
              aria-label={t('fiscalYear.label')}
              value={year}
              style={{ width: 120 }}
              options={options.map((y) => ({ value: y, label: String(y) }))}
              onChange={(y: number) => void navigate(`${location.pathname}?fiscalYear=${y}`)}
            />
          </label>
        </div>
        {/*
          The LAO's pages as links, not antd Tabs: each is a route of its own (a link is what it is), and a
          row of links wraps on a phone where Tabs would fold the last ones into a "more" button that axe
          reports as a critical violation inside the tab list.
        */}
        <nav aria-label={t('nav.organizationPages')} className="organization-nav">
          {(
            [
              ['/', 'nav.dashboard'],
              ['/measures', 'nav.measures'],
              ['/oit', 'nav.oit'],
              ['/surveys', 'nav.surveys'],
              ['/people', 'nav.people'],
            ] as const
          ).map(([key, label]) => (
            <Link
              key={key}
              to={`${base}${key === '/' ? '' : key}${query}`}
              aria-current={tab === key ? 'page' : undefined}
              className={tab === key ? 'organization-nav-link active' : 'organization-nav-link'}
            >
              {t(label)}
            </Link>
          ))}
        </nav>
        {fellBack && <Alert type="info" showIcon title={t('fiscalYear.fellBack', { current, year })} />}
        {!hasFramework && <Alert type="warning" showIcon title={t('fiscalYear.noFramework', { year })} />}
        {hasFramework && notice && (
          // A framework copied from an earlier year is not the NACC's until an admin says so: never pretend.
          <Alert type="warning" showIcon title={t('fiscalYear.unconfirmed', { year, notice })} />
        )}
        <Outlet />
      </Space>
    </OrganizationContext.Provider>
  );
}
