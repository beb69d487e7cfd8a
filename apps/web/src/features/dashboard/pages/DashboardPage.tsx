import { useQuery } from '@apollo/client/react';
import { Col, Row, Space, Typography } from 'antd';
import { PageLoading } from '../../../components/PageLoading';
import { QueryError } from '../../../components/QueryError';
import { useOrganization } from '../../../lib/organization-context';
import { DueMeasures } from '../components/DueMeasures';
import { IndicatorBars, ToolBars } from '../components/ScoreBars';
import { ScoreSummary } from '../components/ScoreSummary';
import { Simulator } from '../components/Simulator';
import { SurveySummary } from '../components/SurveySummary';
import { DashboardDocument } from '../graphql/dashboard';

/** /organizations/:id — the LAO's estimated score, its parts, the what-if simulator and what is due. */
export default function DashboardPage() {
  const { organization, fiscalYear, hasFramework } = useOrganization();
  const { data, loading, error } = useQuery(DashboardDocument, {
    variables: { organizationId: organization.id, fiscalYear },
    skip: !hasFramework,
  });
  const heading = (
    <Typography.Title level={1} style={{ fontSize: 28, margin: 0 }}>
      {organization.nameTh}
    </Typography.Title>
  );
  if (!hasFramework) return heading;
  if (loading && !data) return <PageLoading />;
  if (error && !data) return <QueryError error={error} />;
  if (!data) return heading;
  const progress = data.organizationProgress;
  const suffix = `?fiscalYear=${fiscalYear}`;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {heading}
      <ScoreSummary progress={progress} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <ToolBars progress={progress} />
            <DueMeasures
              measures={data.measures}
              progress={progress}
              measuresLink={`/organizations/${organization.id}/measures${suffix}`}
            />
            <SurveySummary
              windows={data.surveyWindows}
              organizationId={organization.id}
              fiscalYear={fiscalYear}
              targets={data.surveyTargets}
              surveysLink={`/organizations/${organization.id}/surveys${suffix}`}
            />
          </Space>
        </Col>
        <Col xs={24} lg={12}>
          <IndicatorBars progress={progress} history={data.indicatorScoreHistory} />
        </Col>
      </Row>
      <Simulator organizationId={organization.id} fiscalYear={fiscalYear} indicators={progress.indicators} />
    </Space>
  );
}
