import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { DateField, IdField, IdList, OptionalIdField } from '@kindred/common';
import { EmploymentType, OrganisationKind, Trim } from '@kindred/org';
import { PlanActionStatus } from './plan-action.entity';
import { MeasureKind } from './plan-objective.entity';
import { Trajectory } from './trajectory';
import { PlanStatus } from './workforce-plan.entity';

registerEnumType(PlanStatus, { name: 'WorkforcePlanStatus' });
registerEnumType(MeasureKind, { name: 'ObjectiveMeasure' });
registerEnumType(Trajectory, { name: 'ObjectiveTrajectory' });
registerEnumType(PlanActionStatus, { name: 'PlanActionStatus' });

@InputType()
export class WorkforcePlanInput {
  @Field(() => String, { description: 'How the partnership names the period, e.g. "2026–27".' })
  @Trim()
  @IsString()
  @MaxLength(40)
  period!: string;

  @Field(() => String)
  @Trim()
  @IsString()
  @MaxLength(200)
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  summary?: string | null;

  @DateField('startsOn')
  startsOn!: string;

  @DateField('endsOn')
  endsOn!: string;

  @IdField('ownerId')
  ownerId!: string;

  @IdList('The partner organisations signed up to the plan.')
  partnerOrganisationIds?: string[] | null;
}

@InputType()
export class UpdateWorkforcePlanInput extends WorkforcePlanInput {
  @IdField('id')
  id!: string;
}

@InputType()
export class MoveWorkforcePlanInput {
  @IdField('id')
  id!: string;

  @Field(() => PlanStatus, { description: 'The next status: draft → consultation → approved → closed.' })
  @IsEnum(PlanStatus)
  status!: PlanStatus;
}

@InputType()
export class TargetPopulationInput {
  @IdList() organisationIds?: string[] | null;

  @Field(() => [OrganisationKind], { nullable: true })
  @IsOptional()
  @IsEnum(OrganisationKind, { each: true })
  organisationKinds?: OrganisationKind[] | null;

  @IdList() roleProfileIds?: string[] | null;

  @Field(() => [EmploymentType], { nullable: true })
  @IsOptional()
  @IsEnum(EmploymentType, { each: true })
  employmentTypes?: EmploymentType[] | null;

  @IdList() siteIds?: string[] | null;
}

@InputType()
export class ObjectiveInput {
  @Field(() => String)
  @Trim()
  @IsString()
  @MaxLength(200)
  title!: string;

  @Field(() => TargetPopulationInput, { nullable: true, description: 'Everyone in a current job when left out.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => TargetPopulationInput)
  population?: TargetPopulationInput | null;

  @Field(() => MeasureKind)
  @IsEnum(MeasureKind)
  measure!: MeasureKind;

  @OptionalIdField('competencyId') competencyId?: string | null;

  @Field(() => Int, { nullable: true, description: 'The competency level, for a competency measure.' })
  @IsOptional()
  @IsInt()
  level?: number | null;

  @OptionalIdField('courseId') courseId?: string | null;

  /** The pulse survey statement, for a survey agreement measure. */
  @OptionalIdField('statementId') statementId?: string | null;

  @Field(() => Int, { description: 'The share of the population to reach, 0–100.' })
  @IsInt()
  targetPercent!: number;

  @DateField('deadline')
  deadline!: string;
}

@InputType()
export class AddObjectiveInput extends ObjectiveInput {
  @IdField('planId')
  planId!: string;
}

@InputType()
export class UpdateObjectiveInput extends ObjectiveInput {
  @IdField('id')
  id!: string;
}

@InputType()
export class PlanActionInput {
  @Field(() => String)
  @Trim()
  @IsString()
  @MaxLength(300)
  title!: string;

  @OptionalIdField('objectiveId') objectiveId?: string | null;

  @IdField('ownerId')
  ownerId!: string;

  @DateField('dueOn')
  dueOn!: string;

  @Field(() => PlanActionStatus, { nullable: true, description: 'OPEN when left out.' })
  @IsOptional()
  @IsEnum(PlanActionStatus)
  status?: PlanActionStatus | null;
}

@InputType()
export class AddPlanActionInput extends PlanActionInput {
  @IdField('planId')
  planId!: string;
}

@InputType()
export class UpdatePlanActionInput extends PlanActionInput {
  @IdField('id')
  id!: string;
}

@ObjectType('TargetPopulation')
export class TargetPopulationView {
  @Field(() => [ID]) organisationIds!: string[];
  @Field(() => [OrganisationKind]) organisationKinds!: OrganisationKind[];
  @Field(() => [ID]) roleProfileIds!: string[];
  @Field(() => [EmploymentType]) employmentTypes!: EmploymentType[];
  @Field(() => [ID]) siteIds!: string[];
}

@ObjectType('OrganisationProgress')
export class OrganisationProgressView {
  @Field(() => ID) organisationId!: string;
  @Field() organisationName!: string;
  @Field(() => Int, { nullable: true, description: 'Null while withheld.' }) population!: number | null;
  @Field(() => Int, { nullable: true, description: 'Null while withheld.' }) meeting!: number | null;
  @Field(() => Float, { nullable: true, description: 'Null while withheld.' }) percent!: number | null;
  @Field({ description: 'Survey agreement from too few respondents to show without identifying anyone.' })
  withheld!: boolean;
  @Field(() => String, { nullable: true, description: 'Why the figures are withheld.' }) note!: string | null;
}

@ObjectType('ObjectivePoint', { description: "An objective's share on one day, from its daily snapshot." })
export class ObjectivePointView {
  @Field() day!: string;
  @Field(() => Float) percent!: number;
}

@ObjectType('ObjectiveProgress', { description: 'Computed from the data as it stands today.' })
export class ObjectiveProgressView {
  @Field() asOf!: string;
  @Field(() => Int, { nullable: true, description: 'People, or survey respondents; null while withheld.' })
  population!: number | null;
  @Field(() => Int, { nullable: true, description: 'Null while withheld.' }) meeting!: number | null;
  @Field(() => Float, { nullable: true, description: 'Null while withheld.' }) percent!: number | null;
  @Field({ description: 'Survey agreement from too few respondents to show without identifying anyone.' })
  withheld!: boolean;
  @Field(() => String, { nullable: true, description: 'Why the figures are withheld.' }) note!: string | null;
  @Field(() => Float, { description: 'Where the straight line from the baseline to the target stands today.' })
  expectedPercent!: number;
  @Field(() => Trajectory, { nullable: true, description: 'Null while the figures are withheld.' })
  trajectory!: Trajectory | null;
  @Field(() => Float, { nullable: true, description: 'Change in points per 28 days from the daily snapshots.' })
  trendPer28Days!: number | null;
  @Field(() => [OrganisationProgressView]) byOrganisation!: OrganisationProgressView[];
}

@ObjectType('ObjectiveSnapshot')
export class ObjectiveSnapshotView {
  @Field() day!: string;
  @Field(() => Int) population!: number;
  @Field(() => Int) meeting!: number;
  @Field(() => Float) percent!: number;
}

@ObjectType('PlanObjective')
export class PlanObjectiveView {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => TargetPopulationView) population!: TargetPopulationView;
  @Field(() => MeasureKind) measureKind!: MeasureKind;
  @Field(() => ID, { nullable: true }) competencyId!: string | null;
  @Field(() => Int, { nullable: true }) level!: number | null;
  @Field(() => ID, { nullable: true }) courseId!: string | null;
  @Field(() => ID, { nullable: true }) statementId!: string | null;
  @Field(() => Int) targetPercent!: number;
  @Field() deadline!: string;
  @Field(() => Float, { nullable: true }) baselinePercent!: number | null;
}

@ObjectType('PlanAction')
export class PlanActionView {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => ID, { nullable: true }) objectiveId!: string | null;
  @Field(() => ID) ownerId!: string;
  @Field() dueOn!: string;
  @Field(() => PlanActionStatus) status!: PlanActionStatus;
}

@ObjectType('PlanVersion')
export class PlanVersionView {
  @Field(() => ID) id!: string;
  @Field(() => Int) number!: number;
  @Field(() => PlanStatus) status!: PlanStatus;
  @Field() reason!: string;
  @Field(() => ID) madeByUserId!: string;
  @Field() createdAt!: Date;
  @Field(() => String, { description: 'The plan, objectives and actions as they were, as JSON.' })
  snapshot!: string;
}

@ObjectType('PlanChange')
export class PlanChangeView {
  @Field(() => ID) id!: string;
  @Field() action!: string;
  @Field() entityType!: string;
  @Field(() => ID) entityId!: string;
  @Field(() => ID) actorUserId!: string;
  @Field(() => String, { description: 'Field → [before, after], as JSON.' }) changes!: string;
  @Field() createdAt!: Date;
}

@ObjectType('WorkforcePlan')
export class WorkforcePlanView {
  @Field(() => ID) id!: string;
  @Field() period!: string;
  @Field() title!: string;
  @Field() summary!: string;
  @Field() startsOn!: string;
  @Field() endsOn!: string;
  @Field(() => ID) ownerId!: string;
  @Field(() => [ID]) partnerOrganisationIds!: string[];
  @Field(() => PlanStatus) status!: PlanStatus;
  @Field(() => Date, { nullable: true }) approvedAt!: Date | null;
  @Field() updatedAt!: Date;
}

@ObjectType('TrainingNeed')
export class TrainingNeedView {
  @Field(() => ID) courseId!: string;
  @Field() courseTitle!: string;
  @Field(() => ID, { nullable: true }) siteId!: string | null;
  @Field(() => String, { nullable: true }) siteName!: string | null;
  @Field(() => ID) organisationId!: string;
  @Field() organisationName!: string;
  @Field(() => Int, { description: 'People needing the course.' }) needing!: number;
  @Field(() => Int) essential!: number;
  @Field(() => Int) overdue!: number;
  @Field(() => Int, { description: 'Of those, people with a place on a future session.' }) booked!: number;
  @Field(() => Int, { description: 'Places still needed.' }) stillNeeded!: number;
}

@InputType()
export class TrainingNeedsFilter {
  @OptionalIdField('courseId') courseId?: string | null;
  @OptionalIdField('siteId') siteId?: string | null;
  @OptionalIdField('organisationId') organisationId?: string | null;

  /** Expiries up to this day count; three months ahead when left out. */
  @DateField('until', { nullable: true })
  until?: string | null;
}
