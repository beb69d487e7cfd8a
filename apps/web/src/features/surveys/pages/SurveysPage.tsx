import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Col, Form, Input, InputNumber, Progress, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../../components/PageLoading';
import { QueryError } from '../../../components/QueryError';
import type { SurveyTargetsQuery, SurveyTool } from '../../../gql/graphql';
import { fieldKey, problemMessage, problemsOf } from '../../../lib/api-problems';
import { canManage, useMe } from '../../../lib/me';
import { useOrganization } from '../../../lib/organization-context';
import { SetSurveyTargetDocument, SurveyTargetsDocument } from '../graphql/surveys';

type Target = SurveyTargetsQuery['surveyTargets'][number];
interface Values {
  accessCode?: string;
  minimumResponses?: number | null;
  responsesSoFar?: number | null;
  eligibleStaffCount?: number | null;
}
const TOOLS: SurveyTool[] = ['IIT', 'EIT'];

/** /organizations/:id/surveys — the IIT and EIT: access codes, responses against the minimum, the links. */
export default function SurveysPage() {
  const { t } = useTranslation();
  const { organization, fiscalYear } = useOrganization();
  const manage = canManage(useMe().data?.me, organization.id);
  const { data, loading, error } = useQuery(SurveyTargetsDocument, {
    variables: { organizationId: organization.id, fiscalYear },
  });
  if (loading && !data) return <PageLoading />;
  if (error && !data) return <QueryError error={error} />;
  const targets = data?.surveyTargets ?? [];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        {t('surveys.title', { year: fiscalYear })}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {TOOLS.map((tool) => (
          <Col xs={24} lg={12} key={tool}>
            <SurveyCard
              tool={tool}
              target={targets.find((x) => x.tool === tool)}
              manage={manage}
              organizationId={organization.id}
              fiscalYear={fiscalYear}
            />
          </Col>
        ))}
      </Row>
    </Space>
  );
}

function SurveyCard({
  tool,
  target,
  manage,
  organizationId,
  fiscalYear,
}: {
  tool: SurveyTool;
  target: Target | undefined;
  manage: boolean;
  organizationId: string;
  fiscalYear: number;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [save, { loading }] = useMutation(SetSurveyTargetDocument, { refetchQueries: ['SurveyTargets'] });
  const so = target?.responsesSoFar ?? 0;
  const min = target?.minimumResponses ?? null;

  const submit = (v: Values) => {
    save({
      variables: {
        input: {
          organizationId,
          fiscalYear,
          tool,
          accessCode: v.accessCode?.trim() ? v.accessCode.trim() : null,
          minimumResponses: v.minimumResponses ?? null,
          responsesSoFar: v.responsesSoFar ?? null,
          ...(tool === 'IIT' ? { eligibleStaffCount: v.eligibleStaffCount ?? null } : {}),
        },
      },
    })
      .then(() => message.success(t('surveys.saved', { tool })))
      .catch((e: unknown) => {
        const problems = problemsOf(e);
        const known: (keyof Values)[] = [
          'accessCode',
          'minimumResponses',
          'responsesSoFar',
          'eligibleStaffCount',
        ];
        form.setFields(
          problems.map((p) => {
            const key = fieldKey(p.field) as keyof Values;
            return { name: known.includes(key) ? key : 'accessCode', errors: [problemMessage(t, p)] };
          }),
        );
      });
  };

  return (
    <Card
      title={<h2 style={{ fontSize: 18, margin: 0, whiteSpace: 'normal' }}>{t(`surveys.tools.${tool}`)}</h2>}
    >
      {min !== null ? (
        <>
          <Typography.Text>{t('surveys.progress', { so, min })}</Typography.Text>
          <Progress
            aria-label={t('surveys.progress', { so, min })}
            percent={min > 0 ? Math.min(100, Math.round((so / min) * 100)) : 100}
            status={so >= min ? 'success' : 'active'}
          />
          <Typography.Text type={so >= min ? 'success' : 'warning'}>
            {so >= min ? t('surveys.metMinimum') : t('surveys.belowMinimum', { missing: min - so })}
          </Typography.Text>
        </>
      ) : (
        <Typography.Text type="secondary">{t('surveys.notSet')}</Typography.Text>
      )}
      {target?.surveyUrl && (
        <p>
          {t('surveys.surveyLink')}:{' '}
          <a href={target.surveyUrl} target="_blank" rel="noreferrer noopener">
            {target.surveyUrl}
          </a>
        </p>
      )}
      <Form<Values>
        form={form}
        name={`survey-${tool}`}
        layout="vertical"
        disabled={!manage}
        style={{ marginTop: 12 }}
        initialValues={{
          accessCode: target?.accessCode ?? '',
          minimumResponses: target?.minimumResponses ?? null,
          responsesSoFar: target?.responsesSoFar ?? null,
          eligibleStaffCount: target?.eligibleStaffCount ?? null,
        }}
        onFinish={submit}
      >
        <Form.Item name="accessCode" label={t('surveys.accessCode')}>
          <Input maxLength={6} style={{ maxWidth: 200 }} autoComplete="off" />
        </Form.Item>
        <Form.Item name="minimumResponses" label={t('surveys.minimumResponses')}>
          <InputNumber min={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="responsesSoFar" label={t('surveys.responsesSoFar')}>
          <InputNumber min={0} style={{ width: 160 }} />
        </Form.Item>
        {tool === 'IIT' && (
          <Form.Item name="eligibleStaffCount" label={t('surveys.eligibleStaffCount')}>
            <InputNumber min={0} style={{ width: 160 }} />
          </Form.Item>
        )}
        {manage && (
          <Button
            type="primary"
            htmlType="submit"
            loading={loading}
            aria-label={`${t('surveys.save')} ${tool}`}
          >
            {t('surveys.save')}
          </Button>
        )}
      </Form>
    </Card>
  );
}
