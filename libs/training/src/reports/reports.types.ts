import { ArgsType, Field, Float, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsISO8601, Max, Min, ValidateNested } from 'class-validator';
import { OptionalIdField, PageArgs } from '@kindred/common';
import { OrganisationView, PersonView } from '@kindred/org';
import { TrainingRecordView } from '../record/record.types';

export enum ExpiryBucket {
  EXPIRED = 'EXPIRED',
  /** 0 to 30 days left. */
  WITHIN_30_DAYS = 'WITHIN_30_DAYS',
  /** 31 to 60 days left. */
  WITHIN_60_DAYS = 'WITHIN_60_DAYS',
  /** 61 to 90 days left. */
  WITHIN_90_DAYS = 'WITHIN_90_DAYS',
}
registerEnumType(ExpiryBucket, { name: 'ExpiryBucket' });

@InputType({ description: 'Whose training: leave all out for everyone you reach.' })
export class ExpiryScopeInput {
  @OptionalIdField('organisationId')
  organisationId?: string | null;

  @OptionalIdField('teamId')
  teamId?: string | null;

  @OptionalIdField('personId')
  personId?: string | null;
}

@ArgsType()
export class TrainingExpiryArgs extends PageArgs {
  @Field(() => ExpiryScopeInput, { defaultValue: {} })
  @ValidateNested()
  @Type(() => ExpiryScopeInput)
  scope: ExpiryScopeInput = {};

  @Field(() => Int, { defaultValue: 90, description: 'How far ahead to look, up to 90 days.' })
  @IsInt()
  @Min(1)
  @Max(90, { message: 'The expiry report looks up to 90 days ahead.' })
  withinDays = 90;
}

@ObjectType('TrainingExpiryRow')
export class TrainingExpiryRowView {
  @Field(() => TrainingRecordView) record!: TrainingRecordView;
  @Field(() => ExpiryBucket) bucket!: ExpiryBucket;
  @Field(() => Int, { description: 'Days until the last valid day; negative once expired.' }) daysLeft!: number;
}

@ObjectType('TrainingExpiry', {
  description: "Each person's latest record of each course that has expired or expires soon, soonest first.",
})
export class TrainingExpiryView {
  @Field(() => String, { description: 'YYYY-MM-DD' }) asOf!: string;
  @Field(() => Int) expired!: number;
  @Field(() => Int) within30Days!: number;
  @Field(() => Int) within60Days!: number;
  @Field(() => Int) within90Days!: number;
  @Field(() => [TrainingExpiryRowView]) rows!: TrainingExpiryRowView[];
  @Field(() => Int, { description: 'Rows in all pages.' }) totalCount!: number;
}

const DATE = { strict: true, strictSeparator: true };

@ArgsType()
export class BookingChargesArgs {
  @Field(() => String, { description: 'YYYY-MM-DD: sessions starting on or after this day.' })
  @IsISO8601(DATE, { message: 'from must be a date like 2026-04-01.' })
  from!: string;

  @Field(() => String, { description: 'YYYY-MM-DD: sessions starting on or before this day.' })
  @IsISO8601(DATE, { message: 'to must be a date like 2027-03-31.' })
  to!: string;
}

@ObjectType('BookingChargeFigures')
export class BookingChargeFiguresView {
  @Field(() => Int) lateCancellations!: number;
  @Field(() => Int) noShows!: number;
  @Field(() => Int, { description: 'Of those, how many were let off the charge.' }) waived!: number;
  @Field(() => Int, { description: 'The cost per place of each one not waived.' }) chargePence!: number;
}

@ObjectType('OrganisationBookingCharges')
export class OrganisationChargesView extends BookingChargeFiguresView {
  @Field(() => OrganisationView) organisation!: OrganisationView;
}

@ObjectType('PersonBookingCharges')
export class PersonChargesView extends BookingChargeFiguresView {
  @Field(() => PersonView) person!: PersonView;
  @Field(() => OrganisationView, { description: 'Who the place was for, and who is charged.' })
  organisation!: OrganisationView;
}

@ObjectType('BookingChargesReport', {
  description: 'Late cancellations and no-shows of sessions starting in the period, for recharging.',
})
export class BookingChargesView {
  @Field(() => String) from!: string;
  @Field(() => String) to!: string;
  @Field(() => BookingChargeFiguresView) total!: BookingChargeFiguresView;
  @Field(() => [OrganisationChargesView], { description: 'Highest charge first.' })
  organisations!: OrganisationChargesView[];
  @Field(() => [PersonChargesView], { description: 'Highest charge first.' }) people!: PersonChargesView[];
}

@ArgsType()
export class TrainingPeriodArgs {
  @Field(() => String, { description: 'YYYY-MM-DD: sessions starting on or after this day.' })
  @IsISO8601(DATE, { message: 'from must be a date like 2026-11-01.' })
  from!: string;

  @Field(() => String, { description: 'YYYY-MM-DD: sessions starting on or before this day.' })
  @IsISO8601(DATE, { message: 'to must be a date like 2026-11-30.' })
  to!: string;
}

@ObjectType('TrainingPeriod', { description: 'How the sessions starting in a period did.' })
export class TrainingPeriodView {
  @Field(() => String, { description: 'YYYY-MM-DD' }) from!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) to!: string;
  @Field(() => Int, { description: 'Sessions published or completed; drafts and cancelled ones not.' })
  sessions!: number;
  @Field(() => Int, { description: 'Places on those sessions.' }) capacity!: number;
  @Field(() => Int, { description: 'Places confirmed, or attended or missed once the register is taken.' })
  filled!: number;
  @Field(() => Float, { description: 'filled / capacity, 0 to 1.' }) fillRate!: number;
  @Field(() => Int, { description: 'Places nobody holds or has been offered.' }) emptySeats!: number;
  @Field(() => Int, { description: 'Sessions cancelled.' }) cancellations!: number;
}
