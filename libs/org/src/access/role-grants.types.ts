import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { Role } from '@kindred/auth';

@InputType()
export class RoleGrantInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'userId must be a uuid.' })
  userId!: string;

  @Field(() => Role)
  @IsEnum(Role)
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'Limits the role to this organisation; partner admins name theirs.' })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId must be a uuid.' })
  organisationId?: string | null;
}
