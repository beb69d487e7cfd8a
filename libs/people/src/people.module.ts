import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@prongsai/audit';
import { AuthModule } from '@prongsai/auth';
import { OrganizationsModule } from '@prongsai/organizations';
import { OutboxModule } from '@prongsai/outbox';
import { InvitationKind } from './email-kinds/invitation/invitation.kind';
import { MemberRemovedKind } from './email-kinds/member-removed/member-removed.kind';
import { PasswordResetKind } from './email-kinds/password-reset/password-reset.kind';
import { PeopleImport } from './imports/people-import.entity';
import { PeopleImportsService } from './imports/people-imports.service';
import { Invitation } from './invitation.entity';
import { InvitationsService } from './invitations.service';
import { LinkTokenSeal } from './link-token';
import { MembersService } from './members.service';
import { PasswordResetToken } from './password-reset-token.entity';
import { PasswordsService } from './passwords.service';
import { PeopleAccess } from './people-access';
import { PeopleRateLimits } from './people-rate-limits';

/**
 * People: invitations, passwords, members, bulk onboarding, and their three kinds of email. Imported by the
 * API (its people api-module) and by the worker (the kinds must be registered where emails are sent, and the
 * people-import job runs there).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([Invitation, PasswordResetToken, PeopleImport]),
    AuthModule,
    AuditModule,
    OrganizationsModule,
    OutboxModule,
  ],
  providers: [
    LinkTokenSeal,
    PeopleAccess,
    PeopleRateLimits,
    InvitationsService,
    PasswordsService,
    MembersService,
    PeopleImportsService,
    InvitationKind,
    PasswordResetKind,
    MemberRemovedKind,
  ],
  exports: [InvitationsService, PasswordsService, MembersService, PeopleImportsService, PeopleAccess],
})
export class PeopleModule {}
