import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoading } from '../../../components/PageLoading';
import { QueryError } from '../../../components/QueryError';
import { ThaiDate } from '../../../components/ThaiDate';
import type { CarryOverCandidatesQuery } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/api-problems';
import { canManage, useMe } from '../../../lib/me';
import { useOrganization } from '../../../lib/organization-context';
import { MeasureStatusTag } from '../../measures/components/MeasureStatusText';
import {
  CarryOverCandidatesDocument,
  CarryOverMeasuresDocument,
  CarryOverSurveyTargetsDocument,
  PrefillOitItemsDocument,
} from '../graphql/carry-over';

type Candidate = CarryOverCandidatesQuery['carryOverCandidates'][number];

/**
 * /organizations/:id/carry-over — starting the chosen fiscal year from the one before, for the LAO's lead:
 * the previous year's unfinished measures, of which the lead picks those to continue (a copy in the new
 * year with its steps and people, the old one marked "ยกไปปีถัดไป" — never a silent move); the OIT checklist
 * prefilled where an item is unchanged; and the survey targets started again without last year's access
 * codes (the NACC issues new ones every year). Each can be run again: nothing is copied twice.
 */
export default function CarryOverPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { organization, fiscalYear, hasFramework } = useOrganization();
  const me = useMe().data?.me;
  const manage = canManage(me, organization.id);
  const previous = fiscalYear - 1;
  const variables = { organizationId: organization.id, fiscalYear };
  const { data, loading, error, refetch } = useQuery(CarryOverCandidatesDocument, {
    variables,
    skip: !hasFramework,
    fetchPolicy: 'cache-and-network',
  });
  const [chosen, setChosen] = useState<string[]>([]);
  const [carried, setCarried] = useState<{ now: number; before: number } | null>(null);
  const [oitPrefilled, setOitPrefilled] = useState<number | null>(null);
  const [targets, setTargets] = useState<number | null>(null);
  const [carryOver, carrying] = useMutation(CarryOverMeasuresDocument);
  const [prefill, prefilling] = useMutation(PrefillOitItemsDocument);
  const [startTargets, starting] = useMutation(CarryOverSurveyTargetsDocument);

  const heading = (
    <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
      {t('carryOver.title', { year: fiscalYear })}
    </Typography.Title>
  );
  if (!hasFramework) return heading;
  if (!manage)
    return (
      <Space orientation="vertical" style={{ width: '100%' }}>
        {heading}
        <Alert type="info" showIcon title={t('carryOver.leadsOnly')} />
      </Space>
    );
  if (loading && !data) return <PageLoading />;
  if (error && !data) return <QueryError error={error} />;
  const candidates = data?.carryOverCandidates ?? [];
  const measuresLink = `/organizations/${organization.id}/measures?fiscalYear=${fiscalYear}`;

  const carry = async () => {
    try {
      const result = await carryOver({
        variables: { input: { ...variables, measureIds: chosen } },
      });
      const r = result.data?.carryOverMeasures;
      setCarried({ now: r?.carried.length ?? 0, before: r?.alreadyCarried.length ?? 0 });
      setChosen([]);
      await refetch();
    } catch (e) {
      void message.error(errorMessage(t, e));
    }
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {heading}
      <Typography.Paragraph style={{ margin: 0 }}>
        {t('carryOver.intro', { year: fiscalYear, previous })}
      </Typography.Paragraph>

      <Card
        title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('carryOver.measures.title', { previous })}</h2>}
      >
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          {carried && (
            <Alert
              type="success"
              showIcon
              role="status"
              title={[
                t('carryOver.measures.done', { count: carried.now, year: fiscalYear }),
                carried.before > 0 ? t('carryOver.measures.alreadyDone', { count: carried.before }) : '',
              ].join(' ')}
              description={<Link to={measuresLink}>{t('carryOver.measures.see', { year: fiscalYear })}</Link>}
            />
          )}
          <Table<Candidate>
            size="small"
            rowKey="id"
            dataSource={candidates}
            pagination={false}
            scroll={{ x: 720 }}
            locale={{ emptyText: t('carryOver.measures.none', { previous }) }}
            rowSelection={{
              // A plain heading, not antd's select-all checkbox: the table's hidden measuring row copies
              // every column title, and a checkbox there is focusable inside aria-hidden (axe: serious).
              hideSelectAll: true,
              columnTitle: t('carryOver.measures.chooseColumn'),
              selectedRowKeys: chosen,
              onChange: (keys) => setChosen(keys.map(String)),
              getCheckboxProps: (m) => ({ 'aria-label': t('carryOver.measures.choose', { title: m.title }) }),
            }}
            columns={[
              {
                title: t('measures.columns.title'),
                render: (_, m) => <Link to={`/measures/${m.id}`}>{m.title}</Link>,
              },
              { title: t('measures.columns.responsible'), dataIndex: 'responsible' },
              {
                title: t('measures.columns.dueDate'),
                render: (_, m) => <ThaiDate value={m.dueDate} />,
              },
              {
                title: t('carryOver.measures.steps'),
                align: 'right',
                render: (_, m) =>
                  t('carryOver.measures.stepsDone', {
                    done: m.steps.filter((s) => s.completedAt).length,
                    total: m.steps.length,
                  }),
              },
              {
                title: t('carryOver.measures.status'),
                render: (_, m) => <MeasureStatusTag status={m.status} />,
              },
            ]}
          />
          <Space wrap>
            <Button
              type="primary"
              disabled={chosen.length === 0}
              loading={carrying.loading}
              onClick={() => void carry()}
            >
              {t('carryOver.measures.submit', { count: chosen.length, year: fiscalYear })}
            </Button>
            <Typography.Text type="secondary">{t('carryOver.measures.help', { previous })}</Typography.Text>
          </Space>
        </Space>
      </Card>

      <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('carryOver.oit.title')}</h2>}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Paragraph style={{ margin: 0 }}>
            {t('carryOver.oit.help', { previous, year: fiscalYear })}
          </Typography.Paragraph>
          <Space wrap>
            <Button
              loading={prefilling.loading}
              onClick={() =>
                void prefill({ variables })
                  .then((r) => setOitPrefilled(r.data?.prefillOitItems.length ?? 0))
                  .catch((e: unknown) => void message.error(errorMessage(t, e)))
              }
            >
              {t('carryOver.oit.submit')}
            </Button>
            <Link to={`/organizations/${organization.id}/oit?fiscalYear=${fiscalYear}`}>
              {t('carryOver.oit.see')}
            </Link>
          </Space>
          {oitPrefilled !== null && (
            <Alert
              type={oitPrefilled > 0 ? 'success' : 'info'}
              showIcon
              role="status"
              title={t('carryOver.oit.done', { count: oitPrefilled })}
            />
          )}
        </Space>
      </Card>

      <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('carryOver.surveys.title')}</h2>}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Paragraph style={{ margin: 0 }}>
            {t('carryOver.surveys.help', { previous })}
          </Typography.Paragraph>
          <Space wrap>
            <Button
              loading={starting.loading}
              onClick={() =>
                void startTargets({ variables })
                  .then((r) => setTargets(r.data?.carryOverSurveyTargets.length ?? 0))
                  .catch((e: unknown) => void message.error(errorMessage(t, e)))
              }
            >
              {t('carryOver.surveys.submit')}
            </Button>
            <Link to={`/organizations/${organization.id}/surveys?fiscalYear=${fiscalYear}`}>
              {t('carryOver.surveys.see')}
            </Link>
          </Space>
          {targets !== null && (
            <Alert
              type={targets > 0 ? 'success' : 'info'}
              showIcon
              role="status"
              title={t('carryOver.surveys.done', { count: targets })}
            />
          )}
        </Space>
      </Card>
    </Space>
  );
}
