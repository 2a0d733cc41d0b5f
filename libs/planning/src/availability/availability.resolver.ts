import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor } from '@kindred/auth';
import { AvailabilityService, type SchedulingTrainer } from './availability.service';
import { AddTrainerDayAwayInput, SchedulingTrainerView, TrainerDayAwayView } from './availability.types';
import type { TrainerDayAway } from './trainer-day-away.entity';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 400 });
const today = () => new Date().toISOString().slice(0, 10);

/** Trainers' days away, kept by the trainers themselves and by workforce leads. */
@Resolver()
export class AvailabilityResolver {
  constructor(private readonly availability: AvailabilityService) {}

  @Allow('trainer.daysAway')
  @Query(() => [SchedulingTrainerView], { description: 'Every trainer for a lead; yourself for a trainer.' })
  schedulingTrainers(@CurrentActor() actor: Actor): Promise<SchedulingTrainer[]> {
    return this.availability.trainers(actor);
  }

  @Allow('trainer.daysAway')
  @Query(() => [TrainerDayAwayView], { description: 'Days away not yet over, soonest first.' })
  trainerDaysAway(@CurrentActor() actor: Actor): Promise<TrainerDayAway[]> {
    return this.availability.list(actor, today());
  }

  @Allow('trainer.daysAway')
  @Mutation(() => TrainerDayAwayView)
  addTrainerDayAway(
    @CurrentActor() actor: Actor,
    @Args('input') input: AddTrainerDayAwayInput,
  ): Promise<TrainerDayAway> {
    return this.availability.add(actor, input);
  }

  @Allow('trainer.daysAway')
  @Mutation(() => ID, { description: 'Removes a record of days away; returns its id.' })
  removeTrainerDayAway(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, uuid) id: string,
  ): Promise<string> {
    return this.availability.remove(actor, id);
  }
}
