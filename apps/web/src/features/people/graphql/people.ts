import { graphql } from '../../../gql';

export const PeopleDocument = graphql(`
  query OrganizationPeople($organizationId: ID!) {
    organizationMembers(organizationId: $organizationId) {
      userId
      displayName
      email
      role
    }
  }
`);

export const PendingInvitationsDocument = graphql(`
  query PendingInvitations($organizationId: ID!) {
    invitations(organizationId: $organizationId) {
      id
      email
      displayName
      role
      expiresAt
      invitedBy {
        id
        displayName
        email
      }
    }
  }
`);

export const InviteUserDocument = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      id
      email
    }
  }
`);

export const RevokeInvitationDocument = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      id
      revokedAt
    }
  }
`);

export const RemoveMemberDocument = graphql(`
  mutation RemoveMember($organizationId: ID!, $userId: ID!, $successorUserId: ID) {
    removeMember(organizationId: $organizationId, userId: $userId, successorUserId: $successorUserId)
  }
`);

export const ChangeMemberRoleDocument = graphql(`
  mutation ChangeMemberRole($organizationId: ID!, $userId: ID!, $role: Role!, $successorUserId: ID) {
    changeMemberRole(
      organizationId: $organizationId
      userId: $userId
      role: $role
      successorUserId: $successorUserId
    ) {
      userId
      role
    }
  }
`);

export const ChangePasswordDocument = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);
