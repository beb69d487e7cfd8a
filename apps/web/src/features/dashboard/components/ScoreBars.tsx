import { Card, Progress, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatScore } from '../../../lib/format';
import type { DashboardQuery } from '../../../gql/graphql';

type Progress_ = DashboardQuery['organizationProgress'];
type History = DashboardQuery['indicatorScoreHistory'];

const PASS_COLOR = (score: number | null | undefined, pass: number) =>
  score === null || score === undefined ? '#bfbfbf' : score >= pass ? '#237804' : '#1d4f91';

/** IIT, EIT, OIT against their weights: the score as a bar, the weight beside it. */
export function ToolBars({ progress }: { progress: Progress_ }) {
  const { t } = useTranslation();
  return (
    <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('dashboard.tools')}</h2>}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        {progress.toolScores.map((tool) => (
          <div key={tool.tool}>
            <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, flexWrap: 'wrap' }}>
              <Typography.Text strong>
                {tool.tool} {tool.nameTh}
              </Typography.Text>
              <Typography.Text type="secondary">
                {t('dashboard.toolWeight', { weight: Math.round(tool.weight * 100) })}
              </Typography.Text>
            </div>
            <Progress
              aria-label={`${tool.tool} ${tool.nameTh}`}
              percent={tool.score ?? 0}
              strokeColor={PASS_COLOR(tool.score, progress.passThreshold)}
              format={() => (tool.score === null ? t('dashboard.noScore') : formatScore(tool.score))}
            />
          </div>
        ))}
      </Space>
    </Card>
  );
}

/**
 * The ten indicators: the score the estimate uses and where it comes from (self-assessed, official, OIT
 * items, last year), with the year's latest self-assessment and official score side by side when both exist.
 */
export function IndicatorBars({ progress, history }: { progress: Progress_; history: History }) {
  const { t } = useTranslation();
  // History is newest first: the first of each source is the latest.
  const latest = (code: string, source: 'SELF_ASSESSMENT' | 'OFFICIAL') =>
    history.find((h) => h.indicatorCode === code && h.source === source)?.score;
  return (
    <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('dashboard.indicators')}</h2>}>
      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        {progress.indicators.map((indicator) => {
          const self = latest(indicator.indicatorCode, 'SELF_ASSESSMENT');
          const official = latest(indicator.indicatorCode, 'OFFICIAL');
          const name = t('dashboard.indicatorName', {
            code: indicator.indicatorCode,
            name: indicator.nameTh,
          });
          return (
            <div key={indicator.indicatorCode}>
              <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, flexWrap: 'wrap' }}>
                <Typography.Text>{name}</Typography.Text>
                <span>
                  <Tag>{indicator.tool}</Tag>
                  {indicator.basis && (
                    <Tag
                      color={
                        indicator.basis === 'OFFICIAL'
                          ? 'blue'
                          : indicator.basis === 'SELF_ASSESSMENT'
                            ? 'gold'
                            : 'default'
                      }
                    >
                      {t(`dashboard.basis.${indicator.basis}`)}
                      {indicator.basis === 'PREVIOUS_YEAR_OFFICIAL' && indicator.fiscalYear
                        ? ` ${indicator.fiscalYear}`
                        : ''}
                    </Tag>
                  )}
                </span>
              </div>
              <Progress
                aria-label={name}
                percent={indicator.score ?? 0}
                strokeColor={PASS_COLOR(indicator.score, progress.passThreshold)}
                format={() =>
                  indicator.score === null ? t('dashboard.noScore') : formatScore(indicator.score)
                }
              />
              {self !== undefined && official !== undefined && (
                <Typography.Text type="secondary" style={{ fontSize: 14 }}>
                  {t('dashboard.selfVsOfficial', {
                    self: formatScore(self),
                    official: formatScore(official),
                  })}
                </Typography.Text>
              )}
            </div>
          );
        })}
      </Space>
    </Card>
  );
}
