import { useMutation } from '@apollo/client/react';
import { Alert, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../gql/graphql';
import { errorMessage, problemsOf } from '../../../lib/api-problems';
import { InviteUserDocument, PendingInvitationsDocument } from '../graphql/people';

interface InviteForm {
  displayName: string;
  email: string;
  role: Role;
}

/** Invite someone into the LAO: the invitation email goes out with a link that works once, for 7 days. */
export function InviteDialog({
  organizationId,
  roles,
  open,
  onClose,
  onInvited,
}: {
  organizationId: string;
  roles: Role[];
  open: boolean;
  onClose: () => void;
  onInvited: (email: string) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<InviteForm>();
  const [failure, setFailure] = useState<string | null>(null);
  const [invite, { loading }] = useMutation(InviteUserDocument, {
    refetchQueries: [{ query: PendingInvitationsDocument, variables: { organizationId } }],
    awaitRefetchQueries: true,
  });

  const submit = async (values: InviteForm) => {
    setFailure(null);
    try {
      const res = await invite({
        variables: {
          input: {
            displayName: values.displayName.trim(),
            email: values.email.trim(),
            role: values.role,
            organizationId,
          },
        },
      });
      form.resetFields();
      onInvited(res.data?.inviteUser.email ?? values.email);
    } catch (error) {
      const problem = problemsOf(error)[0];
      const field = problem?.field?.replace(/^input\./, '');
      if (field === 'email' || field === 'displayName') {
        form.setFields([{ name: field, errors: [errorMessage(t, error)] }]);
      } else setFailure(errorMessage(t, error));
    }
  };

  return (
    <Modal
      open={open}
      title={t('people.invite.title')}
      okText={t('people.invite.send')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 16 }} />}
      <Form<InviteForm>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ role: roles.includes('ORG_MEMBER') ? 'ORG_MEMBER' : roles[0] }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item
          label={t('people.invite.displayName')}
          name="displayName"
          rules={[{ required: true, whitespace: true, message: t('people.invite.displayNameRequired') }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          label={t('auth.email')}
          name="email"
          rules={[{ required: true, whitespace: true, message: t('auth.emailRequired') }]}
        >
          <Input type="email" inputMode="email" autoComplete="off" />
        </Form.Item>
        <Form.Item label={t('people.roleLabel')} name="role">
          <Select
            aria-label={t('people.roleLabel')}
            disabled={roles.length < 2}
            options={roles.map((r) => ({ value: r, label: t(`people.role.${r}`) }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
