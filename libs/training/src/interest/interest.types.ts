import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { OrganisationView, SiteView } from '@kindred/org';
import { IdField, OptionalIdField } from '@kindred/common';

@ObjectType('ExpressionOfInterest', {
  description: 'A learner would go to a session of the course, if there were one they could get to.',
})
export class ExpressionOfInterestView {
  @Field(() => ID) id!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When a booking on the course met it.' })
  fulfilledAt!: Date | null;
}

@ObjectType('SiteDemand')
export class SiteDemandView {
  @Field(() => SiteView, { nullable: true, description: 'Empty for people with no preferred site.' })
  site!: SiteView | null;
  @Field(() => Int) count!: number;
}

@ObjectType('OrganisationDemand')
export class OrganisationDemandView {
  @Field(() => OrganisationView) organisation!: OrganisationView;
  @Field(() => Int) count!: number;
}

@ObjectType('CourseDemand', { description: 'Open expressions of interest in a course, most wanted first.' })
export class CourseDemandView {
  @Field(() => ID) courseId!: string;
  @Field(() => Int) total!: number;
  @Field(() => [SiteDemandView]) bySite!: SiteDemandView[];
  @Field(() => [OrganisationDemandView]) byOrganisation!: OrganisationDemandView[];
}

@InputType()
export class RegisterInterestInput {
  @IdField('courseId')
  courseId!: string;

  @OptionalIdField('siteId')
  siteId?: string | null;
}
