import { useMutation, useQuery } from '@apollo/client/react';
import {
  App,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Form,
  Input,
  List,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DateField, dateFieldRule, dateFieldToIso, isoToDateField } from '../../../components/DateField';
import { LinkStatusTag } from '../../../components/LinkStatusTag';
import { PageLoading } from '../../../components/PageLoading';
import { QueryError } from '../../../components/QueryError';
import { ThaiDate } from '../../../components/ThaiDate';
import type { MeasureQuery } from '../../../gql/graphql';
import { errorMessage, fieldKey, problemMessage, problemsOf } from '../../../lib/api-problems';
import { formatDateTime } from '../../../lib/format';
import { canManage, useMe } from '../../../lib/me';
import { MeasureStatusTag } from '../components/MeasureStatusText';
import {
  AddEvidenceDocument,
  AssignMeasureDocument,
  MeasureContextDocument,
  MeasureEvidenceLinksDocument,
  MeasureDocument,
  RemoveEvidenceDocument,
  UnassignMeasureDocument,
  UpdateMeasureStepDocument,
} from '../graphql/measures';

type MeasureData = NonNullable<MeasureQuery['measure']>;

/** /measures/:id — the page every reminder email links to. */
export default function MeasurePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(MeasureDocument, { variables: { id } });
  if (loading && !data) return <PageLoading />;
  if (error && !data) return <QueryError error={error} />;
  const measure = data?.measure;
  if (!measure) {
    return (
      <Card>
        <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0 }}>
          {t('measure.notFound')}
        </Typography.Title>
        <Link to="/">{t('app.backHome')}</Link>
      </Card>
    );
  }
  return <MeasureDetails measure={measure} />;
}

function MeasureDetails({ measure }: { measure: MeasureData }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe().data?.me;
  const manage = canManage(me, measure.organization.id);
  const open = measure.status === 'PLANNED' || measure.status === 'IN_PROGRESS';
  const context = useQuery(MeasureContextDocument, {
    variables: { organizationId: measure.organization.id, fiscalYear: measure.fiscalYear },
  });
  // What the link checker found for this measure's evidence (the LAO's links of the year, this measure's).
  const links = useQuery(MeasureEvidenceLinksDocument, {
    variables: { organizationId: measure.organization.id, fiscalYear: measure.fiscalYear },
    errorPolicy: 'all',
  }).data?.evidenceLinks.filter((l) => l.measureId === measure.id);
  const members = context.data?.organizationMembers ?? [];
  const indicatorNames = new Map((context.data?.framework.indicators ?? []).map((i) => [i.code, i.nameTh]));
  const [updateStep] = useMutation(UpdateMeasureStepDocument);
  const [assign] = useMutation(AssignMeasureDocument);
  const [unassign] = useMutation(UnassignMeasureDocument);
  const [addEvidence, adding] = useMutation(AddEvidenceDocument);
  const [removeEvidence] = useMutation(RemoveEvidenceDocument);
  const [chosen, setChosen] = useState<string | undefined>();
  const [evidenceForm] = Form.useForm<{ label: string; url: string }>();
  const [editingStep, setEditingStep] = useState<string | null>(null);
  const [stepForm] = Form.useForm<{ dueDate: string }>();

  const fail = (e: unknown) => message.error(errorMessage(t, e));
  const stepIds = new Set(measure.steps.map((s) => s.id));
  const evidenceIds = new Set(measure.evidence.map((e) => e.id));
  const names = new Map(members.map((m) => [m.userId, m.displayName]));
  const history = (context.data?.auditLog ?? []).filter((entry) => {
    const about = (v: unknown) => (v as { measureId?: string } | null)?.measureId === measure.id;
    return (
      entry.entityId === measure.id ||
      stepIds.has(entry.entityId) ||
      evidenceIds.has(entry.entityId) ||
      about(entry.after) ||
      about(entry.before)
    );
  });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to={`/organizations/${measure.organization.id}/measures?fiscalYear=${measure.fiscalYear}`}>
        {t('measure.back')}
      </Link>
      <Typography.Title level={1} style={{ fontSize: 26, margin: 0 }}>
        {measure.title}
      </Typography.Title>
      <Card>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('measure.organization')}>
            <Link to={`/organizations/${measure.organization.id}?fiscalYear=${measure.fiscalYear}`}>
              {measure.organization.nameTh}
            </Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('measure.status')}>
            <MeasureStatusTag status={measure.status} />
            {measure.isOverdue && <Tag color="#c41d1d">{t('measures.overdueTag')}</Tag>}
            {measure.provinceMeasureId && <Tag color="#531dab">{t('measures.provinceWide')}</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label={t('measure.dueDate')}>
            <ThaiDate value={measure.dueDate} />
          </Descriptions.Item>
          <Descriptions.Item label={t('measure.responsible')}>{measure.responsible}</Descriptions.Item>
          {measure.result && (
            <Descriptions.Item label={t('measure.result')} span={2}>
              <span className="pre-line">{measure.result}</span>
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>

      <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('measure.steps')}</h2>}>
        <List
          dataSource={measure.steps}
          renderItem={(step) => (
            <List.Item>
              <Space orientation="vertical" size={4} style={{ width: '100%' }}>
                <Checkbox
                  checked={step.completedAt !== null}
                  disabled={!open}
                  aria-label={t('measure.stepDone', { order: step.order })}
                  onChange={(e) =>
                    void updateStep({ variables: { id: step.id, input: { done: e.target.checked } } }).catch(
                      fail,
                    )
                  }
                >
                  {step.order}. {step.description}
                </Checkbox>
                <span style={{ paddingLeft: 24 }}>
                  {step.dueDate ? (
                    <>
                      {t('measure.stepDue', { date: '' })}
                      <ThaiDate value={step.dueDate} />
                    </>
                  ) : (
                    <Typography.Text type="secondary">{t('measure.noStepDue')}</Typography.Text>
                  )}{' '}
                  {step.isOverdue && <Tag color="#c41d1d">{t('measures.overdueTag')}</Tag>}
                  {manage && open && editingStep !== step.id && (
                    <Button
                      size="small"
                      type="link"
                      onClick={() => {
                        setEditingStep(step.id);
                        stepForm.setFieldsValue({
                          dueDate: step.dueDate ? isoToDateField(step.dueDate) : '',
                        });
                      }}
                    >
                      {t('measure.setStepDue')}
                    </Button>
                  )}
                </span>
                {editingStep === step.id && (
                  <Form
                    form={stepForm}
                    layout="inline"
                    style={{ paddingLeft: 24, rowGap: 8 }}
                    onFinish={({ dueDate }) => {
                      updateStep({ variables: { id: step.id, input: { dueDate: dateFieldToIso(dueDate) } } })
                        .then(() => setEditingStep(null))
                        .catch((e: unknown) => {
                          const [p] = problemsOf(e);
                          stepForm.setFields([{ name: 'dueDate', errors: [problemMessage(t, p ?? {})] }]);
                        });
                    }}
                  >
                    <Form.Item
                      name="dueDate"
                      label={t('measure.stepDueDate', { order: step.order })}
                      rules={[dateFieldRule(t, false)]}
                    >
                      <DateField />
                    </Form.Item>
                    <Button type="primary" htmlType="submit" size="small">
                      {t('measure.saveStepDue')}
                    </Button>
                    <Button size="small" onClick={() => setEditingStep(null)}>
                      {t('common.cancel')}
                    </Button>
                  </Form>
                )}
              </Space>
            </List.Item>
          )}
        />
      </Card>

      <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('measure.assignees')}</h2>}>
        <List
          dataSource={measure.assignees}
          locale={{ emptyText: t('measure.noAssignees') }}
          renderItem={(a) => (
            <List.Item
              extra={
                manage ? (
                  <Button
                    size="small"
                    onClick={() =>
                      void unassign({ variables: { measureId: measure.id, userId: a.userId } }).catch(fail)
                    }
                  >
                    {t('measure.unassign', { name: a.displayName })}
                  </Button>
                ) : null
              }
            >
              {a.displayName} <Typography.Text type="secondary">{a.email}</Typography.Text>
            </List.Item>
          )}
        />
        {manage && (
          <Space wrap style={{ marginTop: 8 }}>
            <Select
              aria-label={t('measure.chooseMember')}
              placeholder={t('measure.chooseMember')}
              style={{ width: 280 }}
              value={chosen}
              onChange={setChosen}
              options={members
                .filter((m) => !measure.assignees.some((a) => a.userId === m.userId))
                .map((m) => ({ value: m.userId, label: `${m.displayName} (${m.email})` }))}
            />
            <Button
              disabled={!chosen}
              onClick={() => {
                if (!chosen) return;
                assign({ variables: { measureId: measure.id, userId: chosen } })
                  .then(() => setChosen(undefined))
                  .catch(fail);
              }}
            >
              {t('measure.assign')}
            </Button>
          </Space>
        )}
      </Card>

      <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('measure.evidence')}</h2>}>
        <List
          dataSource={measure.evidence}
          locale={{ emptyText: t('measure.noEvidence') }}
          renderItem={(e) => (
            <List.Item
              extra={
                <Button
                  size="small"
                  onClick={() => void removeEvidence({ variables: { id: e.id } }).catch(fail)}
                >
                  {t('measure.removeEvidence', { label: e.label })}
                </Button>
              }
            >
              <span style={{ overflowWrap: 'anywhere' }}>
                <a href={e.url} target="_blank" rel="noreferrer noopener">
                  {e.label}
                </a>{' '}
                <LinkStatusTag link={links?.find((l) => l.url === e.url)} />
              </span>
            </List.Item>
          )}
        />
        <Form
          form={evidenceForm}
          layout="vertical"
          requiredMark={false}
          style={{ marginTop: 8, maxWidth: 560 }}
          onFinish={(values) => {
            addEvidence({ variables: { measureId: measure.id, input: values } })
              .then(() => evidenceForm.resetFields())
              .catch((e: unknown) => {
                const problems = problemsOf(e);
                evidenceForm.setFields(
                  problems.map((p) => ({
                    name: fieldKey(p.field) === 'label' ? 'label' : 'url',
                    errors: [problemMessage(t, p)],
                  })),
                );
              });
          }}
        >
          <Form.Item
            name="label"
            label={t('measure.evidenceLabel')}
            rules={[{ required: true, whitespace: true, message: t('errors.field.label.EMPTY_TEXT') }]}
          >
            <Input />
          </Form.Item>
          <Form.Item
            name="url"
            label={t('measure.evidenceUrl')}
            rules={[{ required: true, whitespace: true, message: t('errors.field.url.INVALID_URL') }]}
          >
            <Input type="url" inputMode="url" />
          </Form.Item>
          <Button htmlType="submit" loading={adding.loading}>
            {t('measure.addEvidence')}
          </Button>
        </Form>
      </Card>

      <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('measure.indicators')}</h2>}>
        {measure.indicatorCodes.length === 0 ? (
          <Typography.Text type="secondary">{t('measure.noIndicators')}</Typography.Text>
        ) : (
          <ul style={{ margin: 0 }}>
            {measure.indicatorCodes.map((code) => (
              <li key={code}>
                {t('dashboard.indicatorName', { code, name: indicatorNames.get(code) ?? '' })}
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('measure.history')}</h2>}>
        <List
          size="small"
          dataSource={history}
          locale={{ emptyText: t('measure.noHistory') }}
          renderItem={(entry) => {
            const key = `measure.actions.${entry.action.replace(/[.-]/g, '_')}`;
            const who = entry.actorUserId ? names.get(entry.actorUserId) : t('measure.system');
            return (
              <List.Item>
                <span>
                  <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt)}</time> ·{' '}
                  {t([key, 'measure.actions.other'], { action: entry.action })}
                  {who ? ` · ${t('measure.by', { name: who })}` : ''}
                </span>
              </List.Item>
            );
          }}
        />
      </Card>
    </Space>
  );
}
