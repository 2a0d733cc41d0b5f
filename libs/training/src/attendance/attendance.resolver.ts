import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor } from '@kindred/auth';
import { BookingView } from '../booking/booking.types';
import { TrainingSessionView } from '../session/session.types';
import type { AttendanceMark } from './attendance-mark.entity';
import { AttendanceService } from './attendance.service';
import { AttendanceMarkView, CheckInInput, MarkAttendanceInput, RegisterView } from './attendance.types';
import { SessionSettlement } from './session-settlement';
import { IdArg } from '@kindred/common';

@Resolver(() => AttendanceMarkView)
export class AttendanceResolver {
  constructor(
    private readonly attendance: AttendanceService,
    private readonly settlement: SessionSettlement,
  ) {}

  @Allow('attendance.record')
  @Query(() => RegisterView, { description: "A session's register: for its trainers and workforce leads." })
  register(@CurrentActor() actor: Actor, @IdArg('sessionId') sessionId: string) {
    return this.attendance.register(actor, sessionId);
  }

  @ResolveField(() => ID)
  partId(@Parent() mark: AttendanceMark) {
    return mark.part.id;
  }

  @ResolveField(() => BookingView)
  booking(@Parent() mark: AttendanceMark) {
    return mark.booking.load();
  }

  @Allow('attendance.record')
  @Mutation(() => RegisterView, {
    description: "Marks people on one part's register once it has started; replaces their check-ins.",
  })
  markAttendance(@CurrentActor() actor: Actor, @Args('input') input: MarkAttendanceInput) {
    return this.attendance.mark(actor, input);
  }

  // Checking in is part of the learner's own booking.
  @Allow('booking.self')
  @Mutation(() => AttendanceMarkView, {
    description: 'Checks you in with the session code, from 15 minutes before a part starts until it ends.',
  })
  checkIn(@CurrentActor() actor: Actor, @Args('input') input: CheckInInput) {
    return this.attendance.checkIn(actor, input.code);
  }

  @Allow('attendance.record')
  @Mutation(() => TrainingSessionView, {
    description:
      'After the last part: sets each booking from the register, issues training records and levels, and completes the session. Safe to repeat.',
  })
  settleSession(@CurrentActor() actor: Actor, @IdArg() id: string) {
    return this.settlement.settle(actor, id);
  }
}
