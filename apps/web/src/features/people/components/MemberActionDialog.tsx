import { useMutation } from '@apollo/client/react';
import { Alert, Form, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizationPeopleQuery, Role } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/api-problems';
import { ChangeMemberRoleDocument, PeopleDocument, RemoveMemberDocument } from '../graphql/people';

export type Member = OrganizationPeopleQuery['organizationMembers'][number];

export type MemberAction = { kind: 'remove'; member: Member } | { kind: 'changeRole'; member: Member };

/**
 * Confirms removing a member, or changing their role. The LAO's last ITA lead cannot go (or step down)
 * without a successor: the dialog then asks for one among the other members, who becomes lead.
 */
export function MemberActionDialog({
  organizationId,
  action,
  members,
  roles,
  onClose,
  onDone,
}: {
  organizationId: string;
  action: MemberAction | null;
  members: Member[];
  roles: Role[];
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const [successor, setSuccessor] = useState<string | undefined>();
  const [role, setRole] = useState<Role | undefined>();
  const refetch = {
    refetchQueries: [{ query: PeopleDocument, variables: { organizationId } }],
    awaitRefetchQueries: true,
  };
  const [remove, removing] = useMutation(RemoveMemberDocument, refetch);
  const [changeRole, changing] = useMutation(ChangeMemberRoleDocument, refetch);

  if (!action) return null;
  const { member } = action;
  const newRole = role ?? (member.role === 'ORG_LEAD' ? 'ORG_MEMBER' : 'ORG_LEAD');
  const leads = members.filter((m) => m.role === 'ORG_LEAD');
  const leavesNoLead =
    member.role === 'ORG_LEAD' && leads.length === 1 && (action.kind === 'remove' || newRole !== 'ORG_LEAD');
  const candidates = members.filter((m) => m.userId !== member.userId);

  const close = () => {
    setFailure(null);
    setSuccessor(undefined);
    setRole(undefined);
    onClose();
  };

  const confirm = async () => {
    setFailure(null);
    if (leavesNoLead && !successor) {
      setFailure(t('errors.reason.LAST_LEAD'));
      return;
    }
    const successorUserId = leavesNoLead ? successor : undefined;
    try {
      if (action.kind === 'remove') {
        await remove({ variables: { organizationId, userId: member.userId, successorUserId } });
        onDone(t('people.remove.done', { name: member.displayName }));
      } else {
        await changeRole({
          variables: { organizationId, userId: member.userId, role: newRole, successorUserId },
        });
        onDone(t('people.changeRole.done', { name: member.displayName, role: t(`people.role.${newRole}`) }));
      }
      close();
    } catch (error) {
      setFailure(errorMessage(t, error));
    }
  };

  return (
    <Modal
      open
      title={
        action.kind === 'remove'
          ? t('people.remove.title', { name: member.displayName })
          : t('people.changeRole.title', { name: member.displayName })
      }
      okText={action.kind === 'remove' ? t('people.remove.confirm') : t('people.changeRole.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={removing.loading || changing.loading}
      onOk={() => void confirm()}
      onCancel={close}
    >
      {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 16 }} />}
      {action.kind === 'remove' ? (
        <Typography.Paragraph>{t('people.remove.body', { name: member.displayName })}</Typography.Paragraph>
      ) : (
        <Form layout="vertical">
          <Form.Item label={t('people.changeRole.newRole')}>
            <Select
              aria-label={t('people.changeRole.newRole')}
              value={newRole}
              onChange={(r: Role) => setRole(r)}
              options={roles.map((r) => ({ value: r, label: t(`people.role.${r}`) }))}
            />
          </Form.Item>
        </Form>
      )}
      {leavesNoLead && (
        <Form layout="vertical">
          <Typography.Paragraph>{t('people.successor.why')}</Typography.Paragraph>
          <Form.Item label={t('people.successor.label')} required>
            <Select
              aria-label={t('people.successor.label')}
              placeholder={t('people.successor.placeholder')}
              value={successor}
              onChange={(id: string) => setSuccessor(id)}
              options={candidates.map((m) => ({ value: m.userId, label: `${m.displayName} (${m.email})` }))}
              notFoundContent={t('people.successor.none')}
            />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
