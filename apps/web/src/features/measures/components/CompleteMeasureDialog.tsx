import { useMutation } from '@apollo/client/react';
import { Alert, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage, problemsOf } from '../../../lib/api-problems';
import type { MeasureRowFragment } from '../../../gql/graphql';
import { CompleteMeasureDocument } from '../graphql/measures';

/** Completing a measure takes its result narrative, the report's ผลการดำเนินการ column. */
export function CompleteMeasureDialog({
  measure,
  onClose,
  onDone,
}: {
  measure: MeasureRowFragment | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ result: string }>();
  const [complete, { loading }] = useMutation(CompleteMeasureDocument);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async ({ result }: { result: string }) => {
    if (!measure) return;
    setProblem(null);
    try {
      await complete({ variables: { id: measure.id, result } });
      onDone();
    } catch (error) {
      const [first] = problemsOf(error);
      if (first?.field === 'result') form.setFields([{ name: 'result', errors: [problemMessage(t, first)] }]);
      else setProblem(problemMessage(t, first ?? {}));
    }
  };

  return (
    <Modal
      open={measure !== null}
      title={t('measures.completeDialog.title')}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
    >
      <p>{measure?.title}</p>
      <Form form={form} layout="vertical" requiredMark={false} onFinish={(v) => void submit(v)}>
        {problem && <Alert type="error" showIcon role="alert" title={problem} style={{ marginBottom: 16 }} />}
        <Form.Item
          label={t('measures.completeDialog.result')}
          name="result"
          extra={t('measures.completeDialog.resultHelp')}
          rules={[{ required: true, whitespace: true, message: t('measures.completeDialog.resultRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
        </Form.Item>
        <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>{t('common.close')}</Button>
          <Button type="primary" htmlType="submit" loading={loading}>
            {t('measures.completeDialog.submit')}
          </Button>
        </div>
      </Form>
    </Modal>
  );
}
