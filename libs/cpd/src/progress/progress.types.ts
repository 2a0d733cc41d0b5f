import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { FilterArg, OptionalIdField, PageArgs } from '@kindred/common';
import { PersonView } from '@kindred/org';
import { ComplianceStatus, Regulator } from '../graphql/enums';

@ObjectType('CpdRequirement', { description: 'One thing a rule asks for: what you have against what it needs.' })
export class RequirementView {
  @Field(() => String) code!: string;
  @Field(() => String) label!: string;
  @Field(() => Float) have!: number;
  @Field(() => Float) need!: number;
  @Field(() => Boolean) met!: boolean;
}

@ObjectType('CpdProgress', { description: "Progress against one regulator's rules (or the partnership's target)." })
export class ProgressView {
  @Field(() => Regulator) regulator!: Regulator;
  @Field(() => String, { description: 'The rule, in words.' }) rule!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) periodStart!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) periodEnd!: string;
  @Field(() => String, { description: 'YYYY-MM-DD: what is missing is needed by this day.' }) dueBy!: string;
  @Field(() => Boolean) complete!: boolean;
  @Field(() => ComplianceStatus) status!: ComplianceStatus;
  @Field(() => [RequirementView]) requirements!: RequirementView[];
}

@ObjectType('CpdComplianceRow', { description: 'One person: figures only, never what they wrote.' })
export class ComplianceRowView {
  @Field(() => PersonView) person!: PersonView;
  @Field(() => [Regulator]) regulators!: Regulator[];
  @Field(() => ComplianceStatus) status!: ComplianceStatus;
  @Field(() => String, { description: 'YYYY-MM-DD: the nearest due date of what is missing.' }) dueBy!: string;
  @Field(() => [String], { description: 'What is missing, e.g. "NMC: Hours of participatory CPD 12/20".' })
  missing!: string[];
}

@ObjectType('CpdComplianceOrganisation', {
  description: 'The people of one organisation (by their current jobs) in your scope, by status.',
})
export class ComplianceOrganisationView {
  @Field(() => ID) organisationId!: string;
  @Field(() => String) name!: string;
  @Field(() => Int) people!: number;
  @Field(() => Int) onTrack!: number;
  @Field(() => Int) atRisk!: number;
  @Field(() => Int) missing!: number;
}

@ObjectType('CpdCompliance', { description: 'CPD compliance of the people in your scope with a current job.' })
export class ComplianceView {
  @Field(() => String, { description: 'YYYY-MM-DD' }) asOf!: string;
  @Field(() => Int) onTrack!: number;
  @Field(() => Int) atRisk!: number;
  @Field(() => Int) missing!: number;
  @Field(() => Int, { description: 'People matching the filter.' }) totalCount!: number;
  @Field(() => [ComplianceRowView]) rows!: ComplianceRowView[];
  @Field(() => [ComplianceOrganisationView], {
    description: 'The same figures per organisation, by name; someone with jobs in two counts in both.',
  })
  byOrganisation!: ComplianceOrganisationView[];
}

@InputType()
export class ComplianceFilter {
  @OptionalIdField('organisationId') organisationId?: string | null;
  @OptionalIdField('teamId') teamId?: string | null;

  @Field(() => ComplianceStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ComplianceStatus)
  status?: ComplianceStatus | null;
}

@ArgsType()
export class ComplianceArgs extends PageArgs {
  @FilterArg(ComplianceFilter)
  filter?: ComplianceFilter;
}
