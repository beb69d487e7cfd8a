import { Field, ObjectType } from '@nestjs/graphql';
import { NotificationKind } from './notification-kind.enum';

@ObjectType('EmailPreference')
export class EmailPreferenceModel {
  @Field(() => NotificationKind) kind: NotificationKind;
  @Field() enabled: boolean;
}
