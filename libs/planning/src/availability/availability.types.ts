import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class AddTrainerDayAwayInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'trainerId must be a uuid.' })
  trainerId!: string;

  @Field(() => String, { description: 'First day away (YYYY-MM-DD).' })
  @IsString()
  startsOn!: string;

  @Field(() => String, { description: 'Last day away (YYYY-MM-DD), the same as the first for one day.' })
  @IsString()
  endsOn!: string;

  @Field(() => String, { nullable: true, description: 'Why, if they wish to say (leave, a conference).' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'A reason is at most 200 characters.' })
  reason?: string | null;
}

@ObjectType('TrainerDayAway', {
  description: 'Days a trainer is away: the term scheduler plans none of their sessions on them.',
})
export class TrainerDayAwayView {
  @Field(() => ID) id!: string;
  @Field(() => ID) trainerId!: string;
  @Field() startsOn!: string;
  @Field() endsOn!: string;
  @Field(() => String, { nullable: true }) reason!: string | null;
}

@ObjectType('SchedulingTrainer')
export class SchedulingTrainerView {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}
