import { useQuery } from '@apollo/client/react';
import { Button, Card, Checkbox, Col, Collapse, Row, Slider, Space, Statistic, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatScore } from '../../../lib/format';
import { SimulateScoreDocument, SimulatorItemsDocument } from '../graphql/dashboard';
import { useDebounced } from '../hooks/use-debounced';

export interface SimulatorIndicator {
  indicatorCode: string;
  nameTh: string;
  score: number | null;
}

interface Props {
  organizationId: string;
  fiscalYear: number;
  indicators: readonly SimulatorIndicator[];
  /** Wait before asking the server; tests pass 0. */
  debounceMs?: number;
}

/**
 * What-if: tick OIT items as met and move indicator scores; the server's `simulateScore` (the same pure
 * scoring as the estimate) answers the new total and grade. Nothing is computed here and nothing is saved.
 */
export function Simulator({ organizationId, fiscalYear, indicators, debounceMs = 300 }: Props) {
  const { t } = useTranslation();
  const items = useQuery(SimulatorItemsDocument, { variables: { organizationId, fiscalYear } });
  const oitItems = items.data?.oitItems ?? [];
  // null: the OIT items as they are (the server uses the accepted ones); a set: exactly these met.
  const [met, setMet] = useState<Set<string> | null>(null);
  const [scores, setScores] = useState<Record<string, number>>({});

  const metNow = useMemo(
    () => met ?? new Set(oitItems.filter((i) => i.met).map((i) => i.code)),
    [met, oitItems],
  );
  const changes = useMemo(
    () => ({
      indicatorScores: Object.entries(scores).map(([indicatorCode, score]) => ({ indicatorCode, score })),
      metOitItems: met ? [...met].sort() : null,
    }),
    [scores, met],
  );
  const settled = useDebounced(changes, debounceMs);
  const simulation = useQuery(SimulateScoreDocument, {
    variables: {
      organizationId,
      fiscalYear,
      indicatorScores: settled.indicatorScores.length > 0 ? settled.indicatorScores : null,
      metOitItems: settled.metOitItems,
    },
  });
  const result = simulation.data?.simulateScore ?? simulation.previousData?.simulateScore;

  const toggle = (code: string, on: boolean) => {
    const next = new Set(metNow);
    if (on) next.add(code);
    else next.delete(code);
    setMet(next);
  };

  return (
    <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('simulator.title')}</h2>}>
      <Typography.Paragraph type="secondary">{t('simulator.intro')}</Typography.Paragraph>
      <Row gutter={[16, 16]} aria-live="polite">
        <Col xs={12}>
          <Statistic
            title={t('simulator.before')}
            value={formatScore(result?.before.totalScore)}
            formatter={(v) => v}
            suffix={
              result?.before.grade ? t('dashboard.gradeValue', { grade: result.before.grade }) : undefined
            }
          />
        </Col>
        <Col xs={12}>
          <Statistic
            title={t('simulator.after')}
            value={formatScore(result?.after.totalScore)}
            formatter={(v) => v}
            suffix={
              result?.after.grade ? t('dashboard.gradeValue', { grade: result.after.grade }) : undefined
            }
            styles={{ content: { color: result?.after.passing ? '#237804' : '#c41d1d', fontWeight: 600 } }}
          />
          {result?.delta !== null && result?.delta !== undefined && (
            <Typography.Text type="secondary" data-testid="simulation-delta">
              {t('simulator.delta', { delta: `${result.delta > 0 ? '+' : ''}${formatScore(result.delta)}` })}
            </Typography.Text>
          )}
        </Col>
      </Row>
      {simulation.loading && (
        <Typography.Text type="secondary" role="status">
          {t('simulator.calculating')}
        </Typography.Text>
      )}
      <h3 style={{ fontSize: 16, marginTop: 16 }}>{t('simulator.indicatorScores')}</h3>
      {indicators.map((indicator) => {
        const value = scores[indicator.indicatorCode] ?? indicator.score ?? 0;
        const label = t('simulator.indicatorSlider', { code: indicator.indicatorCode });
        return (
          <div key={indicator.indicatorCode}>
            <Typography.Text>
              {indicator.indicatorCode}. {indicator.nameTh}: <strong>{formatScore(value)}</strong>
            </Typography.Text>
            <Slider
              min={0}
              max={100}
              step={1}
              value={value}
              ariaLabelForHandle={label}
              onChange={(v: number) => setScores((s) => ({ ...s, [indicator.indicatorCode]: v }))}
            />
          </div>
        );
      })}
      {oitItems.length > 0 && (
        <Collapse
          style={{ marginTop: 8 }}
          items={[
            {
              key: 'oit',
              label: t('simulator.oitItems', { met: metNow.size, total: oitItems.length }),
              children: (
                <>
                  <Space wrap style={{ marginBottom: 8 }}>
                    <Button size="small" onClick={() => setMet(new Set(oitItems.map((i) => i.code)))}>
                      {t('simulator.selectAllOit')}
                    </Button>
                    <Button size="small" onClick={() => setMet(new Set())}>
                      {t('simulator.clearAllOit')}
                    </Button>
                  </Space>
                  <Space orientation="vertical">
                    {oitItems.map((item) => (
                      <Checkbox
                        key={item.code}
                        checked={metNow.has(item.code)}
                        onChange={(e) => toggle(item.code, e.target.checked)}
                      >
                        {item.code} {item.nameTh}
                      </Checkbox>
                    ))}
                  </Space>
                </>
              ),
            },
          ]}
        />
      )}
      <Button
        style={{ marginTop: 16 }}
        onClick={() => {
          setMet(null);
          setScores({});
        }}
      >
        {t('simulator.reset')}
      </Button>
    </Card>
  );
}
