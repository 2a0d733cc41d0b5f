import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { Role } from '../policy/role';

@ObjectType('RoleGrant')
export class RoleGrantView {
  @Field(() => Role)
  role!: Role;

  @Field(() => ID, { nullable: true })
  organisationId!: string | null;
}

@ObjectType('User')
export class UserView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => [RoleGrantView])
  roles!: RoleGrantView[];

  @Field(() => [String], { description: 'Actions this user may perform, e.g. "partnership.read".' })
  permissions!: string[];

  /** Not exposed: lets field resolvers in other libs find the user's partnership. */
  partnershipId!: string;
}

@ObjectType()
export class AuthPayload {
  @Field(() => String)
  accessToken!: string;

  @Field(() => Date)
  accessTokenExpiresAt!: Date;

  @Field(() => String)
  refreshToken!: string;

  @Field(() => UserView)
  user!: UserView;
}

@InputType()
export class LoginInput {
  @Field(() => String)
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsEmail({}, { message: 'Enter an email address, like name@example.org.' })
  @MaxLength(320)
  email!: string;

  @Field(() => String)
  @IsString()
  @MinLength(1, { message: 'Enter your password.' })
  @MaxLength(256)
  password!: string;
}

@InputType()
export class RefreshTokenInput {
  @Field(() => String)
  @IsString()
  @MaxLength(200)
  refreshToken!: string;
}

@InputType()
export class LogoutInput extends RefreshTokenInput {}

@InputType()
export class ChangePasswordInput {
  @Field(() => String)
  @IsString()
  @MaxLength(256)
  currentPassword!: string;

  @Field(() => String)
  @IsString()
  @MaxLength(256)
  newPassword!: string;
}
