import { Card, Col, List, Row, Tag, Typography } from 'antd';
import { bangkokToday, daysBetween } from '@prongsai/thai';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ThaiDate } from '../../../components/ThaiDate';
import type { DashboardQuery } from '../../../gql/graphql';

type Measure = DashboardQuery['measures'][number];
const DUE_SOON_DAYS = 14;

/** Overdue (the server's flag) and due within 14 days of today in Bangkok, soonest first. */
export function DueMeasures({
  measures,
  progress,
  measuresLink,
}: {
  measures: DashboardQuery['measures'];
  progress: DashboardQuery['organizationProgress'];
  measuresLink: string;
}) {
  const { t } = useTranslation();
  const today = bangkokToday();
  const open = (m: Measure) => m.status === 'PLANNED' || m.status === 'IN_PROGRESS';
  const overdue = measures.filter((m) => m.isOverdue);
  const dueSoon = measures.filter((m) => {
    if (!open(m) || m.isOverdue) return false;
    const days = daysBetween(today, m.dueDate);
    return days >= 0 && days <= DUE_SOON_DAYS;
  });
  const list = (items: Measure[], empty: string, overdueTag: boolean) => (
    <List
      size="small"
      dataSource={items}
      locale={{ emptyText: empty }}
      renderItem={(m) => (
        <List.Item>
          <div>
            <Link to={`/measures/${m.id}`}>{m.title}</Link>
            <div>
              <ThaiDate value={m.dueDate} />{' '}
              {overdueTag && <Tag color="#c41d1d">{t('measures.overdueTag')}</Tag>}
            </div>
          </div>
        </List.Item>
      )}
    />
  );
  return (
    <Card
      title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('dashboard.measuresSummary')}</h2>}
      extra={<Link to={measuresLink}>{t('dashboard.seeAllMeasures')}</Link>}
    >
      <Typography.Paragraph>
        {t('dashboard.measuresCounts', {
          total: progress.measuresTotal,
          completed: progress.measuresCompleted,
          overdue: progress.measuresOverdue,
        })}
      </Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12}>
          <h3 style={{ fontSize: 16 }}>{t('dashboard.overdue')}</h3>
          {list(overdue, t('dashboard.noOverdue'), true)}
        </Col>
        <Col xs={24} md={12}>
          <h3 style={{ fontSize: 16 }}>{t('dashboard.dueSoon')}</h3>
          {list(dueSoon, t('dashboard.noDueSoon'), false)}
        </Col>
      </Row>
    </Card>
  );
}
