import { Args, Query, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor } from '@kindred/auth';
import { ChargesReport } from './charges-report';
import { ExpiryReport } from './expiry-report';
import { PeriodReport } from './period-report';
import {
  BookingChargesArgs,
  BookingChargesView,
  TrainingExpiryArgs,
  TrainingExpiryView,
  TrainingPeriodArgs,
  TrainingPeriodView,
} from './reports.types';

@Resolver()
export class TrainingReportsResolver {
  constructor(
    private readonly expiry: ExpiryReport,
    private readonly charges: ChargesReport,
    private readonly period: PeriodReport,
  ) {}

  @Allow('record.read')
  @Query(() => TrainingExpiryView, {
    description: 'Training expired or expiring in the next 30, 60 and 90 days, for the people you reach.',
  })
  trainingExpiry(@CurrentActor() actor: Actor, @Args() args: TrainingExpiryArgs) {
    return this.expiry.run(actor, args.scope, args.withinDays, args);
  }

  // Whoever may waive a charge sees the charges.
  @Allow('booking.approve')
  @Query(() => BookingChargesView, {
    description: 'Late cancellations and no-shows per organisation and person, with the cost to recharge.',
  })
  bookingChargesReport(@CurrentActor() actor: Actor, @Args() args: BookingChargesArgs) {
    return this.charges.run(actor, args.from, args.to);
  }

  // The session calendar is the partnership's to see; so are its totals.
  @Allow('training.read')
  @Query(() => TrainingPeriodView, {
    description: 'Sessions starting in a period: how many, how full, empty seats and cancellations.',
  })
  trainingPeriod(@CurrentActor() actor: Actor, @Args() args: TrainingPeriodArgs) {
    return this.period.run(actor, args.from, args.to);
  }
}
