import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  List,
  Progress,
  Radio,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../../components/PageLoading';
import { Link } from 'react-router';
import { dateFieldToIso } from '../../../components/DateField';
import { MeasureFields } from '../../../components/MeasureFields';
import { fieldKey, problemMessage, problemsOf } from '../../../lib/api-problems';
import { districtsOf, useProvince } from '../../../lib/province-context';
import { ThaiDate } from '../../../components/ThaiDate';
import type { OrganizationType, ProvinceMeasuresProgressQuery } from '../../../gql/graphql';
import {
  CreateProvinceMeasureDocument,
  ProvinceFrameworkDocument,
  ProvinceMeasuresProgressDocument,
} from '../graphql/province';

type ProgressRow = ProvinceMeasuresProgressQuery['provinceMeasures'][number];

interface FormValues {
  title: string;
  steps: string;
  responsible: string;
  dueDate: string;
  indicatorCodes?: string[];
}
const FORM_FIELDS = new Set(['title', 'steps', 'responsible', 'dueDate', 'indicatorCodes']);

/**
 * /provinces/:code/measures — a province-wide measure: composed once, previewed (which LAOs it reaches:
 * all, or those of chosen districts / types), created as one copy per LAO by createProvinceMeasure; then
 * followed below: how many of the LAOs it reached have completed it, are at it, or are late.
 */
export default function ProvinceMeasurePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { provinceCode, fiscalYear, hasFramework, organizations, organizationsLoaded } = useProvince();
  const [form] = Form.useForm<FormValues>();
  const [reach, setReach] = useState<'all' | 'some'>('all');
  const [districts, setDistricts] = useState<string[]>([]);
  const [types, setTypes] = useState<OrganizationType[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [created, setCreated] = useState<number | null>(null);
  const framework = useQuery(ProvinceFrameworkDocument, { variables: { fiscalYear }, skip: !hasFramework });
  const [create, creating] = useMutation(CreateProvinceMeasureDocument, {
    refetchQueries: [ProvinceMeasuresProgressDocument],
  });

  const targets = useMemo(
    () =>
      reach === 'all'
        ? organizations
        : organizations.filter(
            (o) =>
              (districts.length === 0 || districts.includes(o.district.code)) &&
              (types.length === 0 || types.includes(o.type)),
          ),
    [reach, districts, types, organizations],
  );
  const typeChoices = [...new Set(organizations.map((o) => o.type))];

  const submit = async (values: FormValues) => {
    setProblem(null);
    setCreated(null);
    if (targets.length === 0) {
      setProblem(t('provinceMeasure.noneChosen'));
      return;
    }
    try {
      const res = await create({
        variables: {
          input: {
            provinceCode,
            fiscalYear,
            title: values.title,
            steps: values.steps
              .split('\n')
              .map((s) => s.trim())
              .filter((s) => s !== ''),
            responsible: values.responsible,
            dueDate: dateFieldToIso(values.dueDate) ?? '',
            indicatorCodes: values.indicatorCodes ?? [],
            organizationIds: reach === 'all' ? null : targets.map((o) => o.id),
          },
        },
      });
      const count = res.data?.createProvinceMeasure.measureCount ?? 0;
      setCreated(count);
      void message.success(t('provinceMeasure.created', { count }));
      form.resetFields();
    } catch (error) {
      const problems = problemsOf(error);
      const onFields = problems.filter((p) => FORM_FIELDS.has(fieldKey(p.field) ?? ''));
      form.setFields(
        onFields.map((p) => ({
          name: fieldKey(p.field) as keyof FormValues,
          errors: [problemMessage(t, p)],
        })),
      );
      const others = problems.filter((p) => !onFields.includes(p));
      if (others.length > 0) setProblem(problemMessage(t, others[0]));
    }
  };

  if (!hasFramework) return null;
  // The preview counts the LAOs reached: never "0 LAOs" while they are still loading.
  if (!organizationsLoaded) return <PageLoading />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 28, margin: 0 }}>
        {t('provinceMeasure.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('provinceMeasure.intro')}</Typography.Paragraph>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, alignItems: 'flex-start' }}>
        <Card style={{ flex: '2 1 420px', minWidth: 0 }}>
          <Form<FormValues>
            form={form}
            layout="vertical"
            requiredMark={false}
            onFinish={(v) => void submit(v)}
          >
            {problem && (
              <Alert type="error" showIcon role="alert" title={problem} style={{ marginBottom: 16 }} />
            )}
            {created !== null && (
              <Alert
                type="success"
                showIcon
                role="status"
                title={t('provinceMeasure.created', { count: created })}
                description={t('provinceMeasure.progressNote')}
                style={{ marginBottom: 16 }}
              />
            )}
            <MeasureFields
              indicators={framework.data?.framework.indicators ?? []}
              indicatorsLabel={t('provinceMeasure.indicators')}
            />
            <fieldset style={{ border: 0, padding: 0, margin: '0 0 16px' }}>
              <legend style={{ fontSize: 16, fontWeight: 600 }}>{t('provinceMeasure.reach')}</legend>
              <Radio.Group value={reach} onChange={(e) => setReach(e.target.value as 'all' | 'some')}>
                <Radio value="all">{t('provinceMeasure.reachAll')}</Radio>
                <Radio value="some">{t('provinceMeasure.reachSome')}</Radio>
              </Radio.Group>
              {reach === 'some' && (
                <Space orientation="vertical" style={{ width: '100%', marginTop: 12 }}>
                  <label>
                    {t('provinceMeasure.districts')}
                    <Select
                      aria-label={t('provinceMeasure.districts')}
                      mode="multiple"
                      showSearch={{ optionFilterProp: 'label' }}
                      allowClear
                      style={{ width: '100%' }}
                      value={districts}
                      onChange={setDistricts}
                      options={districtsOf(organizations).map((d) => ({ value: d.code, label: d.nameTh }))}
                    />
                  </label>
                  <label>
                    {t('provinceMeasure.types')}
                    <Select
                      aria-label={t('provinceMeasure.types')}
                      mode="multiple"
                      showSearch={{ optionFilterProp: 'label' }}
                      allowClear
                      style={{ width: '100%' }}
                      value={types}
                      onChange={setTypes}
                      options={typeChoices.map((type) => ({ value: type, label: t(`orgType.${type}`) }))}
                    />
                  </label>
                </Space>
              )}
            </fieldset>
            <Button
              type="primary"
              htmlType="submit"
              loading={creating.loading}
              disabled={targets.length === 0}
            >
              {t('provinceMeasure.create', { count: targets.length })}
            </Button>
          </Form>
        </Card>
        <Card
          style={{ flex: '1 1 280px', minWidth: 0 }}
          size="small"
          title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('provinceMeasure.previewList')}</h2>}
        >
          <Typography.Text strong role="status" data-testid="reach-count">
            {t('provinceMeasure.preview', { count: targets.length })}
          </Typography.Text>
          <List
            size="small"
            dataSource={targets}
            pagination={{ pageSize: 15, hideOnSinglePage: true, showSizeChanger: false, size: 'small' }}
            renderItem={(o) => (
              <List.Item>
                <Link to={`/organizations/${o.id}/measures?fiscalYear=${fiscalYear}`}>{o.nameTh}</Link>
                <Typography.Text type="secondary">{o.district.nameTh}</Typography.Text>
              </List.Item>
            )}
          />
        </Card>
      </div>
      <ProvinceMeasuresProgress provinceCode={provinceCode} fiscalYear={fiscalYear} />
    </Space>
  );
}

/** Each province-wide measure of the year and where its copies stand across the LAOs, newest first. */
function ProvinceMeasuresProgress({
  provinceCode,
  fiscalYear,
}: {
  provinceCode: string;
  fiscalYear: number;
}) {
  const { t } = useTranslation();
  const { data, loading } = useQuery(ProvinceMeasuresProgressDocument, {
    variables: { provinceCode, fiscalYear },
    fetchPolicy: 'cache-and-network',
  });
  const rows = data?.provinceMeasures ?? [];
  return (
    <Card
      title={
        <h2 style={{ fontSize: 18, margin: 0 }}>
          {t('provinceMeasure.progress.title', { year: fiscalYear })}
        </h2>
      }
    >
      <Table<ProgressRow>
        size="small"
        rowKey="provinceMeasureId"
        loading={loading && !data}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 900 }}
        data-testid="province-measures-progress"
        locale={{ emptyText: t('provinceMeasure.progress.none') }}
        columns={[
          { title: t('measures.columns.title'), dataIndex: 'title' },
          {
            title: t('measures.columns.dueDate'),
            render: (_, m) => <ThaiDate value={m.dueDate} />,
          },
          {
            title: t('provinceMeasure.progress.completed'),
            render: (_, m) => (
              <div style={{ minWidth: 160 }}>
                <div>
                  {t('provinceMeasure.progress.completedOf', { completed: m.completed, reached: m.reached })}
                </div>
                <Progress
                  percent={m.reached === 0 ? 0 : Math.round((m.completed / m.reached) * 100)}
                  size="small"
                  aria-label={t('provinceMeasure.progress.completedOf', {
                    completed: m.completed,
                    reached: m.reached,
                  })}
                />
              </div>
            ),
          },
          { title: t('provinceMeasure.progress.inProgress'), dataIndex: 'inProgress', align: 'right' },
          { title: t('provinceMeasure.progress.planned'), dataIndex: 'planned', align: 'right' },
          { title: t('provinceMeasure.progress.overdue'), dataIndex: 'overdue', align: 'right' },
          {
            title: t('provinceMeasure.progress.other'),
            align: 'right',
            render: (_, m) => m.cancelled + m.carriedOver,
          },
        ]}
      />
    </Card>
  );
}
