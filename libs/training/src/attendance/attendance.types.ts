import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsString, Length, ValidateNested } from 'class-validator';
import { BookingView } from '../booking/booking.types';
import { AttendanceSource, AttendanceStatus } from '../graphql/enums';
import { SessionPartView, TrainingSessionView } from '../session/session.types';
import { IdField } from '@kindred/common';

@ObjectType('AttendanceMark', { description: "One line of a part's register; the trainer's mark replaces a check-in." })
export class AttendanceMarkView {
  @Field(() => ID) id!: string;
  @Field(() => AttendanceStatus) status!: AttendanceStatus;
  @Field(() => AttendanceSource) source!: AttendanceSource;
  @Field(() => Date) updatedAt!: Date;
}

@ObjectType('RegisterEntry')
export class RegisterEntryView {
  @Field(() => BookingView) booking!: BookingView;
  @Field(() => [AttendanceMarkView], { description: 'At most one per part; a part with none is not yet marked.' })
  marks!: AttendanceMarkView[];
}

@ObjectType('Register', { description: 'The people with a confirmed place and their marks, part by part.' })
export class RegisterView {
  @Field(() => TrainingSessionView) session!: TrainingSessionView;
  @Field(() => [SessionPartView]) parts!: SessionPartView[];
  @Field(() => [RegisterEntryView]) entries!: RegisterEntryView[];
}

@InputType()
export class AttendanceEntryInput {
  @IdField('bookingId')
  bookingId!: string;

  @Field(() => AttendanceStatus)
  @IsEnum(AttendanceStatus, { message: 'status must be ATTENDED, PARTIAL or ABSENT.' })
  status!: AttendanceStatus;
}

@InputType()
export class MarkAttendanceInput {
  @IdField('sessionId')
  sessionId!: string;

  @IdField('partId')
  partId!: string;

  @Field(() => [AttendanceEntryInput])
  @ValidateNested({ each: true })
  @Type(() => AttendanceEntryInput)
  @ArrayMinSize(1, { message: 'Mark at least one person.' })
  @ArrayMaxSize(1000)
  marks!: AttendanceEntryInput[];
}

@InputType()
export class CheckInInput {
  @Field(() => String, { description: 'The code the trainer shows in the room or the online session.' })
  @IsString()
  @Length(1, 20, { message: 'Enter the check-in code your trainer gave you.' })
  code!: string;
}
