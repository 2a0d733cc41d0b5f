import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayNotEmpty, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { Role, UserView } from '@kindred/auth';

@InputType()
export class InvitePersonInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'personId must be a uuid.' })
  personId!: string;

  @Field(() => [Role])
  @ArrayNotEmpty({ message: 'Choose at least one role.' })
  @ArrayMaxSize(8)
  @IsEnum(Role, { each: true })
  roles!: Role[];

  @Field(() => ID, {
    nullable: true,
    description: 'Limits the roles to this organisation; partner admins name theirs.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId must be a uuid.' })
  organisationId?: string | null;
}

@ObjectType()
export class Invitation {
  @Field(() => UserView, { description: 'The account the person signs in with, with the roles they now hold.' })
  user!: UserView;

  @Field(() => Date, { description: 'When the emailed link stops working.' })
  expiresAt!: Date;
}
