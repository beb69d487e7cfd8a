import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum } from 'class-validator';
import { NotificationKind } from '../models/notification-kind.enum';

@InputType()
export class EmailPreferenceInput {
  @Field(() => NotificationKind) @IsEnum(NotificationKind) kind: NotificationKind;
  @Field() @IsBoolean() enabled: boolean;
}
