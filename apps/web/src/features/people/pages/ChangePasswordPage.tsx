import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangePasswordDocument } from '../graphql/people';
import { errorMessage, problemsOf } from '../../../lib/api-problems';

interface Change {
  currentPassword: string;
  password: string;
  confirm: string;
}

/** Account settings: change one's password (the current one, then the new one twice). */
export default function ChangePasswordPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<Change>();
  const [done, setDone] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [change, { loading }] = useMutation(ChangePasswordDocument);

  const submit = async ({ currentPassword, password }: Change) => {
    setDone(false);
    setFailure(null);
    try {
      await change({ variables: { currentPassword, newPassword: password } });
      form.resetFields();
      setDone(true);
    } catch (error) {
      const field = problemsOf(error)[0]?.field;
      const text = errorMessage(t, error);
      if (field === 'currentPassword') form.setFields([{ name: 'currentPassword', errors: [text] }]);
      else if (field === 'newPassword' || field === 'password')
        form.setFields([{ name: 'password', errors: [text] }]);
      else setFailure(text);
    }
  };

  return (
    <Card style={{ maxWidth: 560 }}>
      <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0 }}>
        {t('people.changePassword.title')}
      </Typography.Title>
      {done && (
        <Alert
          type="success"
          showIcon
          role="status"
          title={t('people.changePassword.done')}
          style={{ marginBottom: 16 }}
        />
      )}
      {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 16 }} />}
      <Form<Change> form={form} layout="vertical" requiredMark={false} onFinish={(v) => void submit(v)}>
        <Form.Item
          label={t('people.changePassword.current')}
          name="currentPassword"
          rules={[{ required: true, message: t('auth.passwordRequired') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          label={t('people.password.new')}
          name="password"
          extra={t('people.password.rules')}
          rules={[{ required: true, message: t('errors.field.password.EMPTY_TEXT') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label={t('people.password.confirm')}
          name="confirm"
          dependencies={['password']}
          rules={[
            { required: true, message: t('people.password.confirmRequired') },
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) =>
                !value || value === getFieldValue('password')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('people.password.mismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={loading}>
          {t('people.password.save')}
        </Button>
      </Form>
    </Card>
  );
}
