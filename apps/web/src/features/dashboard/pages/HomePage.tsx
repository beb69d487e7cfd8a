import { useQuery } from '@apollo/client/react';
import { Card, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { PageLoading } from '../../../components/PageLoading';
import { QueryError } from '../../../components/QueryError';
import { useMe } from '../../../lib/me';
import { HomeOrganizationsDocument } from '../graphql/dashboard';

/**
 * Home: an LAO's lead or member goes straight to its dashboard (a chooser when several); a province
 * supervisor sees the province's LAOs (the roll-up page comes with part 2).
 */
export default function HomePage() {
  const { t } = useTranslation();
  const { data, loading, error } = useMe();
  const memberships = data?.me.memberships ?? [];
  const organizations = memberships.flatMap((m) => (m.organization ? [m.organization] : []));
  const unique = [...new Map(organizations.map((o) => [o.id, o])).values()];
  const province = memberships.find((m) => m.role === 'PROVINCE_SUPERVISOR')?.province;
  const provinceOrgs = useQuery(HomeOrganizationsDocument, {
    variables: { provinceCode: province?.code ?? '' },
    skip: !province || unique.length > 0,
  });

  if (loading && !data) return <PageLoading />;
  if (error && !data) return <QueryError error={error} />;
  if (unique.length === 1) return <Navigate to={`/organizations/${unique[0].id}`} replace />;
  // A supervisor's home is the province dashboard (issue 11).
  if (province && unique.length === 0) return <Navigate to={`/provinces/${province.code}`} replace />;
  // An admin's home is the national roll-up.
  if (!province && unique.length === 0 && memberships.some((m) => m.role === 'ADMIN'))
    return <Navigate to="/admin" replace />;

  const list = unique.length > 0 ? unique : (provinceOrgs.data?.organizations ?? []);
  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 26, marginTop: 0 }}>
        {province && unique.length === 0
          ? t('home.provinceSupervisor', { name: province.nameTh })
          : t('home.title')}
      </Typography.Title>
      {unique.length > 1 && <Typography.Paragraph>{t('home.chooseOrganization')}</Typography.Paragraph>}
      {province && unique.length === 0 && (
        <Typography.Paragraph>{t('home.provinceOrganizations')}</Typography.Paragraph>
      )}
      {list.length === 0 && !province && (
        <Typography.Paragraph>
          {memberships.some((m) => m.role === 'ADMIN') ? t('home.admin') : t('home.noOrganization')}
        </Typography.Paragraph>
      )}
      {provinceOrgs.loading && <PageLoading />}
      {list.length > 0 && (
        <List
          dataSource={list}
          renderItem={(o) => (
            <List.Item>
              <Link to={`/organizations/${o.id}`}>{o.nameTh}</Link>
              <Typography.Text type="secondary">{o.district.nameTh}</Typography.Text>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
