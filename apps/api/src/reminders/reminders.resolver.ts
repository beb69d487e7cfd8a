import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@prongsai/common';
import { FailedEmailsService } from '@prongsai/outbox';
import {
  comingMonday,
  EmailPreference,
  EmailPreferencesService,
  ReminderScanService,
  SupervisorDigestPreviewService,
} from '@prongsai/reminders';
import { bangkokToday } from '@prongsai/thai';
import { Authenticated, ProvinceAccess, RequireRoles } from '../auth/access-policy.decorator';
import { ActorContext } from '../auth/actor-context';
import { DateScalarType } from '../graphql/date.scalar';
import { EmailPreferenceInput } from './dto/email-preference.input';
import { EmailPreferenceModel } from './models/email-preference.model';
import { DigestPreviewModel } from './models/digest-preview.model';
import { FailedNotificationModel } from './models/failed-notification.model';

@Resolver()
export class RemindersResolver {
  constructor(
    private readonly scans: ReminderScanService,
    private readonly failedEmails: FailedEmailsService,
    private readonly preferences: EmailPreferencesService,
    private readonly digestPreview: SupervisorDigestPreviewService,
    private readonly actorContext: ActorContext,
  ) {}

  @ProvinceAccess('provinceCode')
  @Query(() => DigestPreviewModel, {
    description:
      "The caller's weekly digest of the province as it would be sent on the coming Monday (Bangkok): the same email, nothing sent",
  })
  async supervisorDigestPreview(@Args('provinceCode') provinceCode: string): Promise<DigestPreviewModel> {
    const asOf = comingMonday(bangkokToday());
    const email = await this.digestPreview.preview(this.actorContext.actor, provinceCode, asOf);
    return { asOf, subject: email.subject, text: email.text };
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => Int, {
    description: 'ADMIN only: enqueue the reminders due as of that date; returns how many (0 when run again)',
  })
  async runReminderScan(@Args('asOf', { type: () => DateScalarType }) asOf: string): Promise<number> {
    const { created } = await this.scans.scan(asOf, `runReminderScan by ${this.actorContext.actor.userId}`);
    return created;
  }

  @RequireRoles(Role.ADMIN)
  @Query(() => [FailedNotificationModel], {
    description: 'ADMIN only: emails that failed for good, newest first',
  })
  async failedNotifications(
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
  ): Promise<FailedNotificationModel[]> {
    const rows = await this.failedEmails.list(first);
    return rows.map((row) => FailedNotificationModel.from(row));
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => Boolean, {
    description:
      'ADMIN only: send a FAILED email again (after the address or the mail server was fixed); it leaves failedNotifications',
  })
  async retryFailedNotification(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    await this.failedEmails.retry(this.actorContext.actor, id);
    return true;
  }

  @Authenticated()
  @Query(() => [EmailPreferenceModel], { description: 'Which kinds of email the caller receives' })
  myEmailPreferences(): Promise<EmailPreference[]> {
    return this.preferences.get(this.actorContext.actor.userId);
  }

  @Authenticated()
  @Mutation(() => [EmailPreferenceModel], {
    description: 'Switch kinds of email on or off for the caller; kinds not given keep their setting',
  })
  updateEmailPreferences(
    @Args('preferences', { type: () => [EmailPreferenceInput] }) preferences: EmailPreferenceInput[],
  ): Promise<EmailPreference[]> {
    return this.preferences.update(this.actorContext.actor.userId, preferences);
  }
}
