import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor, Public } from '@kindred/auth';
import { OrganisationView, PersonView } from '@kindred/org';
import { TrainingSessionView } from '../session/session.types';
import type { Booking } from './booking.entity';
import { BookingService } from './booking.service';
import {
  ApprovalInboxArgs,
  ApproveBookingInput,
  BookingDecisionView,
  BookingList,
  BookingListArgs,
  BookingOutcomeView,
  BookingReasonInput,
  BookingView,
  BookPeopleInput,
  BookSessionInput,
  DecideBookingByLinkInput,
  GroupBookingResultView,
} from './booking.types';
import { IdArg } from '@kindred/common';

@Resolver(() => BookingView)
export class BookingResolver {
  constructor(private readonly booking: BookingService) {}

  @Allow('booking.read')
  @Query(() => BookingList, { description: "Your bookings, your reports', or all in your reach." })
  bookings(@CurrentActor() actor: Actor, @Args() args: BookingListArgs) {
    return this.booking.list(actor, args);
  }

  @Allow('booking.self')
  @Query(() => BookingList, { description: 'Your own bookings.' })
  myBookings(@CurrentActor() actor: Actor, @Args() args: BookingListArgs) {
    return this.booking.list(actor, args, 'booking.self');
  }

  @Allow('booking.approve')
  @Query(() => BookingList, { description: 'Booking requests waiting for your approval, oldest first.' })
  approvalInbox(@CurrentActor() actor: Actor, @Args() args: ApprovalInboxArgs) {
    return this.booking.inbox(actor, args);
  }

  @ResolveField(() => TrainingSessionView)
  session(@Parent() booking: Booking) {
    return booking.session.load();
  }

  @ResolveField(() => PersonView)
  person(@Parent() booking: Booking) {
    return booking.person.load();
  }

  @ResolveField(() => OrganisationView, {
    description: 'Who the place is for, and who is charged for a late cancellation.',
  })
  organisation(@Parent() booking: Booking) {
    return booking.organisation.load();
  }

  @ResolveField(() => PersonView, { nullable: true })
  approver(@Parent() booking: Booking) {
    return booking.approver?.load() ?? null;
  }

  @ResolveField(() => ID, {
    nullable: true,
    description: 'The reserved pool the place is from; empty for the open pool.',
  })
  quotaId(@Parent() booking: Booking) {
    return booking.quota?.id ?? null;
  }

  @Allow('booking.self')
  @Mutation(() => BookingOutcomeView, {
    description:
      'Books a place: for yourself, or (managers, leads) for someone else. Confirmed, waitlisted or sent for approval.',
  })
  bookSession(@CurrentActor() actor: Actor, @Args('input') input: BookSessionInput) {
    return this.booking.request(actor, input);
  }

  @Allow('booking.others')
  @Mutation(() => [GroupBookingResultView], {
    description: 'Books several people; each is booked or refused on their own.',
  })
  bookPeople(@CurrentActor() actor: Actor, @Args('input') input: BookPeopleInput) {
    return this.booking.requestMany(actor, input);
  }

  @Allow('booking.approve')
  @Mutation(() => BookingView)
  approveBooking(@CurrentActor() actor: Actor, @Args('input') input: ApproveBookingInput) {
    return this.booking.approve(actor, input.bookingId, input.overrideReason ?? null);
  }

  @Allow('booking.approve')
  @Mutation(() => BookingView)
  declineBooking(@CurrentActor() actor: Actor, @Args('input') input: BookingReasonInput) {
    return this.booking.decline(actor, input.bookingId, input.reason);
  }

  @Public()
  @Mutation(() => BookingDecisionView, {
    description: "Approves or declines a request from the approver's emailed link; each link decides once.",
  })
  async decideBookingByLink(@Args('input') input: DecideBookingByLinkInput): Promise<BookingDecisionView> {
    const booking = await this.booking.decideByLink(input.token, { approve: input.approve, reason: input.reason });
    const session = await booking.session.loadOrFail({ populate: ['course'] });
    return {
      status: booking.status,
      courseTitle: session.course.getEntity().title,
      learnerName: (await booking.person.loadOrFail()).fullName,
    };
  }

  @Allow('booking.self')
  @Mutation(() => BookingView, { description: 'Cancels a booking; after the cut-off it counts as late.' })
  cancelBooking(@CurrentActor() actor: Actor, @IdArg() id: string) {
    return this.booking.cancel(actor, id);
  }

  @Allow('booking.self')
  @Mutation(() => BookingView, { description: 'Takes up a place offered from the waitlist.' })
  acceptOffer(@CurrentActor() actor: Actor, @IdArg() id: string) {
    return this.booking.acceptOffer(actor, id);
  }

  @Allow('booking.approve')
  @Mutation(() => BookingView, { description: 'Lets a late cancellation or no-show off its charge.' })
  waiveBookingCharge(@CurrentActor() actor: Actor, @Args('input') input: BookingReasonInput) {
    return this.booking.waive(actor, input.bookingId, input.reason);
  }
}
