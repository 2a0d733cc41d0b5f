import { ArgsType, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { DateField, OptionalIdField } from '@kindred/common';
import { PersonView } from '@kindred/org';
import { AgreementView, StandingView } from '../agreement/agreement.types';

@ObjectType('AgreementCompliance')
export class AgreementComplianceView {
  @Field(() => AgreementView) agreement!: AgreementView;
  @Field(() => PersonView) supervisee!: PersonView;
  @Field(() => PersonView) supervisor!: PersonView;
  @Field(() => StandingView) standing!: StandingView;
  @Field(() => Int) openActions!: number;
  @Field(() => Int) overdueActions!: number;
}

@ObjectType('SupervisionComplianceGroup', {
  description: 'Agreements of the people in a team, organisation or role profile.',
})
export class ComplianceGroupView {
  @Field(() => ID, { nullable: true, description: 'Empty for people with no team or role profile.' }) id!:
    string | null;
  @Field(() => String) name!: string;
  @Field(() => Int) agreements!: number;
  @Field(() => Int, { description: 'Agreements not overdue.' }) withinFrequency!: number;
  @Field(() => Float, { description: 'withinFrequency / agreements, 0-1.' }) share!: number;
}

@ObjectType('GroupAttendance', { description: 'Group supervision and reflective practice a person took part in.' })
export class GroupAttendanceView {
  @Field(() => PersonView) person!: PersonView;
  @Field(() => Int) sessions!: number;
  @Field(() => Int) minutes!: number;
}

@ObjectType('SupervisionCompliance', { description: 'Figures only: dates, counts and shares, never text.' })
export class ComplianceView {
  @Field(() => String, { description: 'YYYY-MM-DD' }) asOf!: string;
  @Field(() => Int) agreements!: number;
  @Field(() => Int) withinFrequency!: number;
  @Field(() => Float) share!: number;
  @Field(() => Int) onTrack!: number;
  @Field(() => Int) due!: number;
  @Field(() => Int) overdue!: number;
  @Field(() => Int) heldSessions!: number;
  @Field(() => Int) missedSessions!: number;
  @Field(() => Int) cancelledSessions!: number;
  @Field(() => Int) openActions!: number;
  @Field(() => Int) overdueActions!: number;
  @Field(() => [AgreementComplianceView]) rows!: AgreementComplianceView[];
  @Field(() => [ComplianceGroupView]) byTeam!: ComplianceGroupView[];
  @Field(() => [ComplianceGroupView]) byOrganisation!: ComplianceGroupView[];
  @Field(() => [ComplianceGroupView]) byRoleProfile!: ComplianceGroupView[];
  @Field(() => [GroupAttendanceView], { description: 'In the 12 months to asOf.' })
  groupAttendance!: GroupAttendanceView[];
}

@ArgsType()
export class ComplianceArgs {
  @DateField('asOf', { nullable: true }) asOf?: string | null;
  @OptionalIdField('organisationId') organisationId?: string | null;
  @OptionalIdField('teamId') @IsOptional() teamId?: string | null;
}
