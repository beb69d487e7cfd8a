import { Field, ObjectType } from '@nestjs/graphql';
import { DateScalarType } from '../../graphql/date.scalar';

@ObjectType('DigestPreview', { description: 'A weekly digest as it would be sent, not sent' })
export class DigestPreviewModel {
  @Field(() => DateScalarType, { description: 'The Monday it would be sent for' }) asOf: string;
  @Field() subject: string;
  @Field({ description: 'The plain-text body, in Thai' }) text: string;
}
