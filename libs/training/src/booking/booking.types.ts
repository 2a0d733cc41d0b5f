import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  ArrayMaxSize,
  ArrayMinSize,
  IsUUID,
} from 'class-validator';
import { FilterArg, IdField, IdList, ListArgs, ListPageType, OptionalIdField, PageArgs } from '@kindred/common';
import { BookingGuard, BookingStatus } from '../graphql/enums';

@ObjectType('Booking')
export class BookingView {
  @Field(() => ID) id!: string;
  @Field(() => BookingStatus) status!: BookingStatus;
  @Field(() => Int, { description: 'Order of arrival on the session; the waitlist is first come, first served.' })
  arrival!: number;
  @Field(() => [BookingGuard], { description: 'Limits the booking goes over; a manager overrides them.' })
  guards!: BookingGuard[];
  @Field(() => String, { nullable: true }) overrideReason!: string | null;
  @Field(() => String, { nullable: true }) declineReason!: string | null;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field(() => Date, { nullable: true }) offerExpiresAt!: Date | null;
  @Field(() => Date, { nullable: true }) cancelledAt!: Date | null;
  @Field(() => Boolean, { description: 'Cancelled after the cut-off.' }) late!: boolean;
  @Field(() => String, { nullable: true }) waiverReason!: string | null;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('BookingOutcome')
export class BookingOutcomeView {
  @Field(() => BookingView) booking!: BookingView;
  @Field(() => [String], {
    description: 'A clash, an unmet prerequisite, a course already completed: worth knowing, not stopping.',
  })
  warnings!: string[];
}

export const BookingList = ListPageType(BookingView, 'BookingList');

@InputType()
export class BookingFilter {
  @IdList() sessionIds?: string[];
  @IdList() personIds?: string[];

  @Field(() => [BookingStatus], { nullable: true })
  @IsOptional()
  @IsEnum(BookingStatus, { each: true })
  statuses?: BookingStatus[];
}

@ArgsType()
export class BookingListArgs extends ListArgs {
  @FilterArg(BookingFilter)
  filter?: BookingFilter;
}

@ArgsType()
export class ApprovalInboxArgs extends PageArgs {}

@InputType()
export class BookSessionInput {
  @IdField('sessionId')
  sessionId!: string;

  @OptionalIdField('personId')
  personId?: string | null;

  @OptionalIdField('organisationId')
  organisationId?: string | null;

  @Field(() => String, { nullable: true, description: 'Needed when booking someone else past a limit.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  overrideReason?: string | null;
}

@InputType()
export class BookPeopleInput {
  @IdField('sessionId')
  sessionId!: string;

  @Field(() => [ID])
  @IsUUID('all', { each: true, message: 'Each person id must be a uuid.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  personIds!: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  overrideReason?: string | null;
}

@InputType()
export class ApproveBookingInput {
  @IdField('bookingId')
  bookingId!: string;

  @Field(() => String, { nullable: true, description: 'Required when the booking goes over a limit.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  overrideReason?: string | null;
}

@InputType()
export class BookingReasonInput {
  @IdField('bookingId')
  bookingId!: string;

  @Field(() => String)
  @IsString()
  @Length(1, 2000, { message: 'Give a reason of up to 2000 characters.' })
  reason!: string;
}

@ObjectType('GroupBookingResult')
export class GroupBookingResultView {
  @Field(() => ID) personId!: string;
  @Field(() => BookingOutcomeView, { nullable: true }) outcome!: BookingOutcomeView | null;
  @Field(() => String, { nullable: true, description: 'Why this person was not booked.' }) error!: string | null;
}

@InputType()
export class DecideBookingByLinkInput {
  @Field(() => String, { description: "The token from the approver's emailed link." })
  @IsString()
  @Length(1, 200, { message: 'The link has no token.' })
  token!: string;

  @Field(() => Boolean)
  @IsBoolean()
  approve!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Why it is declined (the learner is told), or why a limit is overridden.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string | null;
}

/** What an approver without a session in Kindred sees after deciding: nothing beyond the request. */
@ObjectType('BookingDecision')
export class BookingDecisionView {
  @Field(() => BookingStatus) status!: BookingStatus;
  @Field(() => String) courseTitle!: string;
  @Field(() => String) learnerName!: string;
}
