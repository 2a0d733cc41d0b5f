import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor } from '@kindred/auth';
import { PersonView } from '@kindred/org';
import { CourseView } from '../course/course.types';
import { RecordService } from './record.service';
import type { TrainingRecord } from './training-record.entity';
import {
  ExternalTrainingInput,
  ReviewExternalTrainingInput,
  RevokeTrainingRecordInput,
  TrainingRecordList,
  TrainingRecordListArgs,
  TrainingRecordView,
} from './record.types';

@Resolver(() => TrainingRecordView)
export class RecordResolver {
  constructor(private readonly records: RecordService) {}

  @Allow('record.read')
  @Query(() => TrainingRecordList, { description: 'Training records of the people you reach, newest first.' })
  trainingRecords(@CurrentActor() actor: Actor, @Args() args: TrainingRecordListArgs) {
    return this.records.list(actor, args);
  }

  @Allow('record.read')
  @Query(() => [TrainingRecordView], {
    description: 'Your own records, pending and revoked included, newest first.',
  })
  myTrainingRecords(@CurrentActor() actor: Actor) {
    return this.records.mine(actor);
  }

  @ResolveField(() => PersonView)
  person(@Parent() record: TrainingRecord) {
    return record.person.load();
  }

  @ResolveField(() => CourseView, { nullable: true })
  course(@Parent() record: TrainingRecord) {
    return record.course?.load() ?? null;
  }

  // Adding your own evidence for your manager to validate, as with a self-assessment.
  @Allow('skills.selfAssess')
  @Mutation(() => TrainingRecordView, {
    description: 'Training you did elsewhere, with evidence; it counts once your manager validates it.',
  })
  recordExternalTraining(@CurrentActor() actor: Actor, @Args('input') input: ExternalTrainingInput) {
    return this.records.recordExternal(actor, input);
  }

  @Allow('record.validate')
  @Mutation(() => TrainingRecordView, {
    description: "Validates or rejects training done elsewhere; validated, it grants the course's levels.",
  })
  reviewExternalTraining(@CurrentActor() actor: Actor, @Args('input') input: ReviewExternalTrainingInput) {
    return this.records.review(actor, input);
  }

  @Allow('record.revoke')
  @Mutation(() => TrainingRecordView, { description: 'Withdraws a record; its certificate then reads as revoked.' })
  revokeTrainingRecord(@CurrentActor() actor: Actor, @Args('input') input: RevokeTrainingRecordInput) {
    return this.records.revoke(actor, input);
  }
}
