import { useMutation } from '@apollo/client/react';
import { Alert, Button, Form, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateFieldToIso, isoToDateField } from '../../../components/DateField';
import { MeasureFields } from '../../../components/MeasureFields';
import { fieldKey, problemMessage, problemsOf } from '../../../lib/api-problems';
import type { MeasureRowFragment } from '../../../gql/graphql';
import { CreateMeasureDocument, UpdateMeasureDocument } from '../graphql/measures';

interface FormValues {
  title: string;
  steps: string;
  responsible: string;
  dueDate: string;
  indicatorCodes: string[];
}

const FORM_FIELDS = new Set(['title', 'steps', 'responsible', 'dueDate', 'indicatorCodes']);

interface Props {
  open: boolean;
  organizationId: string;
  fiscalYear: number;
  indicators: readonly { code: string; nameTh: string }[];
  /** Editing this measure; creating when absent. */
  measure?: MeasureRowFragment;
  onClose: () => void;
  onSaved: (measure: MeasureRowFragment) => void;
}

/**
 * The measure form: the report's four columns (the result comes when completing) and the indicators it
 * targets. The server's refusals land next to their field, as Thai sentences for their reason.
 */
export function MeasureFormDialog({
  open,
  organizationId,
  fiscalYear,
  indicators,
  measure,
  onClose,
  onSaved,
}: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const [problem, setProblem] = useState<string | null>(null);
  const [create, creating] = useMutation(CreateMeasureDocument);
  const [update, updating] = useMutation(UpdateMeasureDocument);

  const submit = async (values: FormValues) => {
    setProblem(null);
    const fields = {
      title: values.title,
      steps: values.steps
        .split('\n')
        .map((s) => s.trim())
        .filter((s) => s !== ''),
      responsible: values.responsible,
      dueDate: dateFieldToIso(values.dueDate) ?? '',
      indicatorCodes: values.indicatorCodes ?? [],
    };
    try {
      const saved = measure
        ? (await update({ variables: { id: measure.id, input: fields } })).data?.updateMeasure
        : (await create({ variables: { input: { ...fields, organizationId, fiscalYear } } })).data
            ?.createMeasure;
      if (saved) onSaved(saved);
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

  return (
    <Modal
      open={open}
      title={measure ? t('measures.form.editTitle') : t('measures.form.createTitle')}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={640}
      okText={t('measures.form.save')}
      cancelText={t('measures.form.close')}
    >
      <Form<FormValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={(v) => void submit(v)}
        initialValues={
          measure
            ? {
                title: measure.title,
                steps: measure.steps.map((s) => s.description).join('\n'),
                responsible: measure.responsible,
                dueDate: isoToDateField(measure.dueDate),
                indicatorCodes: measure.indicatorCodes,
              }
            : { indicatorCodes: [] }
        }
      >
        {problem && <Alert type="error" showIcon role="alert" title={problem} style={{ marginBottom: 16 }} />}
        <MeasureFields indicators={indicators} />
        <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>{t('measures.form.close')}</Button>
          <Button type="primary" htmlType="submit" loading={creating.loading || updating.loading}>
            {t('measures.form.save')}
          </Button>
        </div>
      </Form>
    </Modal>
  );
}
