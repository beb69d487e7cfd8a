import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../../components/PageLoading';
import { QueryError } from '../../../components/QueryError';
import type { PendingInvitationsQuery } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/api-problems';
import { formatDateTime } from '../../../lib/format';
import { useMe } from '../../../lib/me';
import { useOrganization } from '../../../lib/organization-context';
import { InviteDialog } from '../components/InviteDialog';
import { Member, MemberAction, MemberActionDialog } from '../components/MemberActionDialog';
import { PeopleDocument, PendingInvitationsDocument, RevokeInvitationDocument } from '../graphql/people';
import { peopleRights } from '../lib/people-rights';

type Invitation = PendingInvitationsQuery['invitations'][number];

/**
 * `/organizations/:id/people`: the LAO's members and, for those who may invite there, the pending
 * invitations with who sent each. A lead invites staff and removes them; a province supervisor does the same
 * for leads; the last lead goes only with a successor named.
 */
export default function PeoplePage() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const { organization } = useOrganization();
  const me = useMe();
  const rights = peopleRights(me.data?.me, organization);
  const organizationId = organization.id;
  const people = useQuery(PeopleDocument, { variables: { organizationId } });
  const invitations = useQuery(PendingInvitationsDocument, {
    variables: { organizationId },
    skip: !rights.seesInvitations,
  });
  const [revoke] = useMutation(RevokeInvitationDocument, {
    refetchQueries: [{ query: PendingInvitationsDocument, variables: { organizationId } }],
    awaitRefetchQueries: true,
  });
  const [inviting, setInviting] = useState(false);
  const [action, setAction] = useState<MemberAction | null>(null);

  if (people.loading && !people.data) return <PageLoading />;
  if (people.error && !people.data) return <QueryError error={people.error} />;
  const members = people.data?.organizationMembers ?? [];
  const myId = me.data?.me.id;
  const mayActOn = (m: Member) => rights.grantable.includes(m.role) || m.userId === myId;
  const mayChangeRole = (m: Member) =>
    rights.grantable.length === 2 || (m.userId === myId && m.role === 'ORG_LEAD');

  const memberColumns: ColumnsType<Member> = [
    { title: t('people.columns.name'), dataIndex: 'displayName' },
    { title: t('auth.email'), dataIndex: 'email' },
    { title: t('people.roleLabel'), dataIndex: 'role', render: (r: Member['role']) => t(`people.role.${r}`) },
    {
      title: t('people.columns.actions'),
      key: 'actions',
      render: (_, m) => (
        <Space wrap>
          {mayChangeRole(m) && (
            <Button size="small" onClick={() => setAction({ kind: 'changeRole', member: m })}>
              {t('people.changeRole.button')}
              <span className="visually-hidden"> {m.displayName}</span>
            </Button>
          )}
          {mayActOn(m) && (
            <Button size="small" danger onClick={() => setAction({ kind: 'remove', member: m })}>
              {m.userId === myId ? t('people.remove.leave') : t('people.remove.button')}
              <span className="visually-hidden"> {m.displayName}</span>
            </Button>
          )}
        </Space>
      ),
    },
  ];

  const confirmRevoke = (invitation: Invitation) => {
    modal.confirm({
      title: t('people.revoke.title', { email: invitation.email }),
      content: t('people.revoke.body'),
      okText: t('people.revoke.confirm'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await revoke({ variables: { id: invitation.id } });
          message.success(t('people.revoke.done', { email: invitation.email }));
        } catch (error) {
          message.error(errorMessage(t, error));
        }
      },
    });
  };

  const invitationColumns: ColumnsType<Invitation> = [
    { title: t('people.columns.name'), dataIndex: 'displayName' },
    { title: t('auth.email'), dataIndex: 'email' },
    {
      title: t('people.roleLabel'),
      dataIndex: 'role',
      render: (r: Invitation['role']) => t(`people.role.${r}`),
    },
    {
      title: t('people.columns.invitedBy'),
      key: 'invitedBy',
      render: (_, i) => i.invitedBy.displayName,
    },
    {
      title: t('people.columns.expiresAt'),
      dataIndex: 'expiresAt',
      render: (at: string) => <time dateTime={at}>{formatDateTime(at)}</time>,
    },
    {
      title: t('people.columns.actions'),
      key: 'actions',
      render: (_, i) => (
        <Button size="small" onClick={() => confirmRevoke(i)}>
          {t('people.revoke.button')}
          <span className="visually-hidden"> {i.email}</span>
        </Button>
      ),
    },
  ];

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, justifyContent: 'space-between' }}>
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
          {t('people.title', { name: organization.nameTh })}
        </Typography.Title>
        {rights.grantable.length > 0 && (
          <Button type="primary" onClick={() => setInviting(true)}>
            {t('people.invite.button')}
          </Button>
        )}
      </div>
      <section aria-labelledby="members-heading">
        <Typography.Title level={2} id="members-heading" style={{ fontSize: 20 }}>
          {t('people.members', { count: members.length })}
        </Typography.Title>
        <Table<Member>
          rowKey="userId"
          columns={memberColumns}
          dataSource={members}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('people.noMembers') }}
        />
      </section>
      {rights.seesInvitations && (
        <section aria-labelledby="invitations-heading">
          <Typography.Title level={2} id="invitations-heading" style={{ fontSize: 20 }}>
            {t('people.pending', { count: invitations.data?.invitations.length ?? 0 })}
          </Typography.Title>
          {invitations.error && <QueryError error={invitations.error} />}
          <Table<Invitation>
            rowKey="id"
            columns={invitationColumns}
            dataSource={invitations.data?.invitations ?? []}
            loading={invitations.loading && !invitations.data}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('people.noInvitations') }}
          />
        </section>
      )}
      <InviteDialog
        organizationId={organizationId}
        roles={rights.grantable}
        open={inviting}
        onClose={() => setInviting(false)}
        onInvited={(email) => {
          setInviting(false);
          message.success(t('people.invite.sent', { email }));
        }}
      />
      <MemberActionDialog
        organizationId={organizationId}
        action={action}
        members={members}
        roles={rights.grantable.length === 2 ? rights.grantable : ['ORG_LEAD', 'ORG_MEMBER']}
        onClose={() => setAction(null)}
        onDone={(text) => {
          setAction(null);
          message.success(text);
        }}
      />
    </Space>
  );
}
