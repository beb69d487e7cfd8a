import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Form, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField, dateFieldRule, dateFieldToIso, isoToDateField } from '../../../components/DateField';
import { PageLoading } from '../../../components/PageLoading';
import { QueryError } from '../../../components/QueryError';
import { fieldKey, problemMessage, problemsOf } from '../../../lib/api-problems';
import { chooseFiscalYear, currentFiscalYear } from '../../../lib/fiscal-year';
import { formatDate } from '../../../lib/format';
import type { SurveyTool } from '../../../gql/graphql';
import { SetSurveyWindowDocument, SurveyWindowsDocument } from '../graphql/admin';

const TOOLS: SurveyTool[] = ['IIT', 'EIT'];

/**
 * The admin's "ช่วงเวลาตอบแบบวัด": the days the NACC's ITAS takes answers to IIT and EIT in a fiscal year.
 * Every LAO's survey card counts the days left from these dates.
 */
export function SurveyWindowsTab({ years }: { years: readonly number[] }) {
  const { t } = useTranslation();
  const [year, setYear] = useState(() => chooseFiscalYear(null, years, currentFiscalYear()).year);
  const { data, loading, error } = useQuery(SurveyWindowsDocument, { variables: { fiscalYear: year } });
  if (loading && !data) return <PageLoading />;
  if (error && !data) return <QueryError error={error} />;
  const windows = data?.surveyWindows ?? [];
  return (
    <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('admin.surveyWindows.title')}</h2>}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph style={{ margin: 0 }}>{t('admin.surveyWindows.help')}</Typography.Paragraph>
        <label style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
          <span>{t('fiscalYear.label')}</span>
          <Select
            aria-label={t('admin.surveyWindows.year')}
            value={year}
            style={{ width: 120 }}
            options={[...years].reverse().map((y) => ({ value: y, label: String(y) }))}
            onChange={setYear}
          />
        </label>
        {TOOLS.map((tool) => (
          <WindowForm
            key={`${year}:${tool}:${windows.find((w) => w.tool === tool)?.updatedAt ?? ''}`}
            fiscalYear={year}
            tool={tool}
            current={windows.find((w) => w.tool === tool)}
          />
        ))}
      </Space>
    </Card>
  );
}

interface Values {
  opensOn: string;
  closesOn: string;
}

function WindowForm({
  fiscalYear,
  tool,
  current,
}: {
  fiscalYear: number;
  tool: SurveyTool;
  current?: { opensOn: string; closesOn: string };
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [save, { loading }] = useMutation(SetSurveyWindowDocument, {
    refetchQueries: [SurveyWindowsDocument],
  });
  const submit = (values: Values) =>
    save({
      variables: {
        input: {
          fiscalYear,
          tool,
          opensOn: dateFieldToIso(values.opensOn) ?? '',
          closesOn: dateFieldToIso(values.closesOn) ?? '',
        },
      },
    })
      .then((r) => {
        const w = r.data?.setSurveyWindow;
        if (w)
          void message.success(
            t('admin.surveyWindows.saved', {
              tool,
              opens: formatDate(w.opensOn),
              closes: formatDate(w.closesOn),
            }),
          );
      })
      .catch((e: unknown) => {
        const problems = problemsOf(e);
        form.setFields(
          problems.map((p) => ({
            name: fieldKey(p.field) === 'opensOn' ? 'opensOn' : 'closesOn',
            errors: [problemMessage(t, p)],
          })),
        );
      });
  return (
    <Form<Values>
      form={form}
      name={`survey-window-${tool}`}
      layout="inline"
      requiredMark={false}
      initialValues={{
        opensOn: current ? isoToDateField(current.opensOn) : '',
        closesOn: current ? isoToDateField(current.closesOn) : '',
      }}
      onFinish={(v) => void submit(v)}
      style={{ rowGap: 8 }}
    >
      <Typography.Text strong style={{ width: 48, lineHeight: '32px' }}>
        {tool}
      </Typography.Text>
      <Form.Item
        name="opensOn"
        label={t('admin.surveyWindows.opensOn', { tool })}
        rules={[dateFieldRule(t, true)]}
      >
        <DateField />
      </Form.Item>
      <Form.Item
        name="closesOn"
        label={t('admin.surveyWindows.closesOn', { tool })}
        rules={[dateFieldRule(t, true)]}
      >
        <DateField />
      </Form.Item>
      <Button htmlType="submit" loading={loading}>
        {t('admin.surveyWindows.save', { tool })}
      </Button>
    </Form>
  );
}
