import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum LinkOutcome {
  OK = 'OK',
  BROKEN = 'BROKEN',
  UNREACHABLE = 'UNREACHABLE',
  REFUSED = 'REFUSED',
}
registerEnumType(LinkOutcome, {
  name: 'LinkOutcome',
  description: 'What checking an evidence link found',
  valuesMap: {
    OK: { description: 'The page answered 2xx (after at most 5 redirects)' },
    BROKEN: { description: 'The server answered 4xx or 5xx: an assessor would see an error page' },
    UNREACHABLE: {
      description: 'No usable answer: DNS, connection, timeout, a redirect loop or too many redirects',
    },
    REFUSED: { description: 'Not checked: not http(s), or it points at a private or internal address' },
  },
});

@ObjectType('LinkCheck', { description: 'One check of an evidence link' })
export class LinkCheckModel {
  @Field(() => LinkOutcome) outcome: LinkOutcome;
  @Field(() => Int, { nullable: true }) httpStatus: number | null;
  @Field(() => String, { nullable: true, description: 'Where the redirects ended' }) finalUrl: string | null;
  @Field(() => Int) redirects: number;
  @Field(() => Int) durationMs: number;
  @Field(() => String, { nullable: true }) contentType: string | null;
  @Field(() => String, { nullable: true, description: 'Why it is not OK (timeout, redirect loop …)' })
  error: string | null;
  @Field(() => GraphQLISODateTime) checkedAt: Date;
}

@ObjectType('EvidenceLink', {
  description: "A link an LAO gives as evidence (an OIT item's or a measure's) with its latest check",
})
export class EvidenceLinkModel {
  @Field() url: string;
  @Field(() => String, { nullable: true, description: 'The OIT item it answers' }) itemCode: string | null;
  @Field(() => ID, { nullable: true, description: 'The measure it is evidence of' }) measureId: string | null;
  @Field(() => LinkCheckModel, { nullable: true, description: 'Null until the first check' })
  lastCheck: LinkCheckModel | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Not OK since this check' })
  brokenSince: Date | null;
  @Field({ description: 'The item was accepted and the page has changed since the supervisor saw it' })
  changedSinceAccepted: boolean;
}
