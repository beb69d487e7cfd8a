import { useQuery } from '@apollo/client/react';
import { Alert, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { PageLoading } from '../components/PageLoading';
import { QueryError } from '../components/QueryError';
import { graphql } from '../gql';
import { chooseFiscalYear, currentFiscalYear } from '../lib/fiscal-year';
import { ProvinceContext } from '../lib/province-context';

const ProvinceYearsDocument = graphql(`
  query ProvinceYears {
    frameworkYears
  }
`);

const ProvinceOrganizationsDocument = graphql(`
  query ProvinceOrganizations($provinceCode: String!) {
    organizations(provinceCode: $provinceCode) {
      id
      code
      nameTh
      type
      district {
        code
        nameTh
      }
    }
  }
`);

/**
 * The province's pages (overview, OIT reviews, province-wide measures, digest) share their tabs, the
 * province's LAOs and the fiscal year (`?fiscalYear=`, kept across tabs; the current year by default, else
 * the latest year with a framework, said plainly).
 */
export default function ProvinceLayout() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  // Only the years hold the page back: the fiscal year chosen from them is every page's variable. The
  // LAOs (330 rows in the largest province, ~90 KB) load beside the page's own query, not before it.
  const { data, loading, error } = useQuery(ProvinceYearsDocument);
  const organizations = useQuery(ProvinceOrganizationsDocument, { variables: { provinceCode: code } });

  if (loading && !data) return <PageLoading />;
  if (error && !data) return <QueryError error={error} />;
  if (organizations.error && !organizations.data) return <QueryError error={organizations.error} />;
  const years = data?.frameworkYears ?? [];
  const asked = Number(params.get('fiscalYear')) || null;
  const current = currentFiscalYear();
  const { year, fellBack } = chooseFiscalYear(asked, years, current);
  const hasFramework = years.includes(year);
  const options = [...new Set([...years, current, year])].sort((a, b) => b - a);
  const base = `/provinces/${code}`;
  const tab = location.pathname.slice(base.length) || '/';

  return (
    <ProvinceContext.Provider
      value={{
        provinceCode: code,
        fiscalYear: year,
        hasFramework,
        organizations: organizations.data?.organizations ?? [],
        organizationsLoaded: organizations.data !== undefined,
      }}
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, justifyContent: 'space-between' }}>
          {/* A wrapping row of links, as the LAO's pages: antd Tabs fold the last tabs into a "more" button
              at 390 px, which axe reports as a critical violation inside the tab list. */}
          <nav
            aria-label={t('province.nav.label')}
            className="organization-nav"
            style={{ minWidth: 0, flex: '1 1 320px' }}
          >
            {(
              [
                ['/', 'province.nav.dashboard'],
                ['/reviews', 'province.nav.reviews'],
                ['/measures', 'province.nav.measures'],
                ['/digest', 'province.nav.digest'],
                ['/people', 'nav.people'],
              ] as const
            ).map(([key, label]) => (
              <Link
                key={key}
                to={`${base}${key === '/' ? '' : key}?fiscalYear=${year}`}
                aria-current={tab === key ? 'page' : undefined}
                className={tab === key ? 'organization-nav-link active' : 'organization-nav-link'}
              >
                {t(label)}
              </Link>
            ))}
          </nav>
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
        {fellBack && <Alert type="info" showIcon title={t('fiscalYear.fellBack', { current, year })} />}
        {!hasFramework && <Alert type="warning" showIcon title={t('fiscalYear.noFramework', { year })} />}
        <Outlet />
      </Space>
    </ProvinceContext.Provider>
  );
}
