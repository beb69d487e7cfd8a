import { Card, Progress, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DashboardQuery } from '../../../gql/graphql';

/** Responses so far against the ITAS minimum, per survey. */
export function SurveySummary({
  targets,
  surveysLink,
}: {
  targets: DashboardQuery['surveyTargets'];
  surveysLink: string;
}) {
  const { t } = useTranslation();
  return (
    <Card
      title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('dashboard.surveys')}</h2>}
      extra={<Link to={surveysLink}>{t('dashboard.seeSurveys')}</Link>}
    >
      {targets.length === 0 && <Typography.Text>{t('dashboard.noSurveys')}</Typography.Text>}
      <Space orientation="vertical" style={{ width: '100%' }}>
        {targets.map((s) => {
          const text =
            s.minimumResponses !== null
              ? t('dashboard.surveyProgress', { tool: s.tool, so: s.responsesSoFar, min: s.minimumResponses })
              : t('dashboard.surveyNoMinimum', { tool: s.tool, so: s.responsesSoFar });
          return (
            <div key={s.id}>
              <Typography.Text>{text}</Typography.Text>
              {s.minimumResponses !== null && s.minimumResponses > 0 && (
                <Progress
                  aria-label={text}
                  percent={Math.min(100, Math.round((s.responsesSoFar / s.minimumResponses) * 100))}
                  status={s.responsesSoFar >= s.minimumResponses ? 'success' : 'active'}
                />
              )}
            </div>
          );
        })}
      </Space>
    </Card>
  );
}
