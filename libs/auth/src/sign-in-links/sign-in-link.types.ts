import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

@InputType()
export class RequestSignInLinkInput {
  @Field(() => String)
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsEmail({}, { message: 'Enter an email address, like name@example.org.' })
  @MaxLength(320)
  email!: string;
}

@InputType()
export class SignInWithLinkInput {
  @Field(() => String, { description: 'The token from the link in the email.' })
  @IsString()
  @MinLength(1, { message: 'The sign-in link has no token. Open the link from the email again.' })
  @MaxLength(200)
  token!: string;
}
