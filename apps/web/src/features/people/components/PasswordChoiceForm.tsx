import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

export interface PasswordChoice {
  password: string;
  confirm: string;
}

/**
 * The contract's password choice: `รหัสผ่านใหม่`, `ยืนยันรหัสผ่าน`, button `บันทึกรหัสผ่าน`. Only that the two
 * agree is checked here; the rules (length, not the email, not a common password) are the server's, and its
 * refusal is shown under the new password (`error`).
 */
export function PasswordChoiceForm({
  onSubmit,
  busy,
  error,
  autoFocus = true,
}: {
  onSubmit: (password: string) => void;
  busy: boolean;
  error?: string | null;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Form<PasswordChoice>
      layout="vertical"
      requiredMark={false}
      onFinish={({ password }) => onSubmit(password)}
    >
      <Form.Item
        label={t('people.password.new')}
        name="password"
        extra={t('people.password.rules')}
        validateStatus={error ? 'error' : undefined}
        help={error ?? undefined}
        rules={[{ required: true, message: t('errors.field.password.EMPTY_TEXT') }]}
      >
        <Input.Password autoComplete="new-password" autoFocus={autoFocus} />
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
      <Button type="primary" htmlType="submit" block loading={busy}>
        {t('people.password.save')}
      </Button>
    </Form>
  );
}
