import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatScore } from '../../../lib/format';
import type { DashboardQuery } from '../../../gql/graphql';

type Progress = DashboardQuery['organizationProgress'];

/** The three figures an ITA lead looks for first: estimated score, grade, and how far from 85. */
export function ScoreSummary({ progress }: { progress: Progress }) {
  const { t } = useTranslation();
  const pass = formatScore(progress.passThreshold);
  if (progress.estimatedScore === null) {
    return (
      <Card>
        <Typography.Text strong style={{ fontSize: 18 }}>
          {t('dashboard.noEstimate')}
        </Typography.Text>
      </Card>
    );
  }
  const color = progress.passing ? '#237804' : '#c41d1d';
  return (
    <Card>
      <Row gutter={[24, 16]} align="middle">
        <Col xs={24} sm={10}>
          <Statistic
            title={t('dashboard.estimatedScore')}
            value={formatScore(progress.estimatedScore)}
            formatter={(v) => v}
            styles={{ content: { fontSize: 48, fontWeight: 600, color } }}
          />
        </Col>
        <Col xs={12} sm={6}>
          <Statistic
            title={t('dashboard.grade')}
            value={progress.grade ?? '–'}
            styles={{ content: { fontSize: 40, fontWeight: 600 } }}
          />
        </Col>
        <Col xs={24} sm={8}>
          <Typography.Text strong style={{ fontSize: 18, color }}>
            {progress.passing
              ? t('dashboard.passes', { pass })
              : t('dashboard.gapToPass', { gap: formatScore(progress.gapToPass), pass })}
          </Typography.Text>
        </Col>
      </Row>
    </Card>
  );
}
