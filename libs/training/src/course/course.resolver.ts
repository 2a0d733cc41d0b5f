import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '@kindred/auth';
import { InterestService } from '../interest/interest.service';
import { TrainingProviderView } from '../provider/provider.types';
import { TrainingSessionView } from '../session/session.types';
import type { Course } from './course.entity';
import { CourseService } from './course.service';
import {
  CourseInput,
  CourseList,
  CourseListArgs,
  CoursePrerequisiteView,
  CourseView,
  UpdateCourseInput,
} from './course.types';
import { IdArg } from '@kindred/common';

@Resolver(() => CourseView)
export class CourseResolver {
  constructor(
    private readonly catalogue: CourseService,
    private readonly interests: InterestService,
  ) {}

  @Allow('training.read')
  @Query(() => CourseList, { description: 'The training catalogue.' })
  courses(@Args() args: CourseListArgs) {
    return this.catalogue.list(args);
  }

  @Allow('training.read')
  @Query(() => CourseView, { nullable: true })
  course(@IdArg() id: string) {
    return this.catalogue.get(id);
  }

  @ResolveField(() => TrainingProviderView)
  provider(@Parent() course: Course) {
    return course.provider.load();
  }

  @ResolveField(() => [CoursePrerequisiteView], { description: 'Courses, or competency levels, expected first.' })
  prerequisites(@Parent() course: Course): CoursePrerequisiteView[] {
    return course.prerequisites.map((p) =>
      'courseId' in p
        ? { courseId: p.courseId, competencyId: null, level: null }
        : { courseId: null, competencyId: p.competencyId, level: p.level },
    );
  }

  @ResolveField(() => [TrainingSessionView], { description: 'Published sessions still to start, soonest first.' })
  sessions(@Parent() course: Course) {
    return this.catalogue.upcomingSessions(course);
  }

  @ResolveField(() => Int, { description: 'Learners waiting for a session they can get to.' })
  demand(@Parent() course: Course) {
    return this.interests.openCount(course);
  }

  @Allow('training.write')
  @Mutation(() => CourseView)
  createCourse(@Args('input') input: CourseInput) {
    return this.catalogue.create(input);
  }

  @Allow('training.write')
  @Mutation(() => CourseView, { description: 'Replaces the course details, audience, prerequisites and grants.' })
  updateCourse(@Args('input') input: UpdateCourseInput) {
    return this.catalogue.update(input);
  }

  @Allow('training.write')
  @Mutation(() => CourseView, { description: 'Takes the course out of the catalogue; its records stay.' })
  archiveCourse(@IdArg() id: string) {
    return this.catalogue.archive(id);
  }
}
