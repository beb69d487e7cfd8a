import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { OitItemStatus, OitReview } from '../../graphql/enums';

@ObjectType('OitItem', { description: "An OIT item of the year's framework with the organization's answer" })
export class OitItemModel {
  @Field({ description: 'e.g. "O42" (codes change between years)' }) code: string;
  @Field(() => Int) order: number;
  @Field() nameTh: string;
  @Field() subIndicatorCode: string;
  @Field() indicatorCode: string;
  @Field(() => OitItemStatus) status: OitItemStatus;
  @Field(() => [String]) evidenceUrls: string[];
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => OitReview, { nullable: true }) review: OitReview | null;
  @Field(() => String, { nullable: true }) reviewComment: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) reviewedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) updatedAt: Date | null;
  @Field({ description: 'PUBLISHED and ACCEPTED: counts for the OIT estimate' }) met: boolean;
}
