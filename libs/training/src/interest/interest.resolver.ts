import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor } from '@kindred/auth';
import { OrganisationView, SiteView } from '@kindred/org';
import { CourseView } from '../course/course.types';
import type { ExpressionOfInterest } from './expression-of-interest.entity';
import { InterestService } from './interest.service';
import { CourseDemandView, ExpressionOfInterestView, RegisterInterestInput } from './interest.types';
import { IdArg } from '@kindred/common';

@Resolver(() => ExpressionOfInterestView)
export class InterestResolver {
  constructor(private readonly interests: InterestService) {}

  @Allow('booking.self')
  @Query(() => [ExpressionOfInterestView], { description: 'Your interests still waiting for a session.' })
  myInterests(@CurrentActor() actor: Actor) {
    return this.interests.mine(actor);
  }

  @Allow('training.write')
  @Query(() => CourseDemandView, { description: 'Who is waiting for a session of the course, per site and employer.' })
  courseDemand(@IdArg('courseId') courseId: string) {
    return this.interests.demand(courseId);
  }

  @ResolveField(() => CourseView)
  course(@Parent() interest: ExpressionOfInterest) {
    return interest.course.load();
  }

  @ResolveField(() => OrganisationView, { description: 'The employer the interest is counted for.' })
  organisation(@Parent() interest: ExpressionOfInterest) {
    return interest.organisation.load();
  }

  @ResolveField(() => SiteView, { nullable: true, description: 'Where the learner would like to attend.' })
  site(@Parent() interest: ExpressionOfInterest) {
    return interest.site?.load() ?? null;
  }

  @Allow('booking.self')
  @Mutation(() => ExpressionOfInterestView, {
    description: 'Tells the planners you would go to this course: counted for the employer of your first current job.',
  })
  registerInterest(@CurrentActor() actor: Actor, @Args('input') input: RegisterInterestInput) {
    return this.interests.register(actor, input);
  }

  @Allow('booking.self')
  @Mutation(() => Boolean, { description: 'Withdraws your open interest in the course.' })
  withdrawInterest(@CurrentActor() actor: Actor, @IdArg('courseId') courseId: string) {
    return this.interests.withdraw(actor, courseId);
  }
}
