import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsString, MaxLength } from 'class-validator';
import { IdField, OptionalIdField } from '@kindred/common';
import { PersonView } from '@kindred/org';
import { ConcernKind } from '../graphql/enums';

@ObjectType('SupervisionEscalation', {
  description: 'A safeguarding or conduct concern raised from supervision to a named lead.',
})
export class EscalationView {
  @Field(() => ID) id!: string;
  @Field(() => ConcernKind) concern!: ConcernKind;
  @Field(() => PersonView) supervisee!: PersonView;
  @Field(() => PersonView) raisedBy!: PersonView;
  @Field(() => PersonView) lead!: PersonView;
  @Field(() => ID) sessionId!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) superviseeInformedAt!: Date;
  @Field(() => Date, { nullable: true }) acknowledgedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Only for the named lead and whoever raised it; audited.' })
  summary!: string | null;
}

@InputType()
export class EscalateInput {
  @IdField('sessionId') sessionId!: string;
  @IdField('leadId') leadId!: string;
  /** For a group session: which attendee the concern is about. */
  @OptionalIdField('superviseeId') superviseeId?: string | null;
  @Field(() => ConcernKind) @IsEnum(ConcernKind) concern!: ConcernKind;
  @Field(() => String) @IsString() @MaxLength(10_000) summary!: string;
}
