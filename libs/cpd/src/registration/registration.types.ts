import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { DateField } from '@kindred/common';
import { Regulator } from '../graphql/enums';

@ObjectType('ProfessionalRegistration', { description: 'A registration with a professional regulator.' })
export class RegistrationView {
  @Field(() => ID) id!: string;
  @Field(() => Regulator) regulator!: Regulator;
  @Field(() => String, { nullable: true, description: 'SWE number, NMC PIN or HCPC number.' }) number!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD: NMC revalidation date or end of the HCPC cycle; SWE years are fixed.',
  })
  renewalOn!: string | null;
  @Field(() => Date) updatedAt!: Date;
}

@InputType()
export class RegistrationInput {
  @Field(() => Regulator)
  @IsEnum(Regulator)
  regulator!: Regulator;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20, { message: 'A registration number has at most 20 characters.' })
  number?: string | null;

  @DateField('renewalOn', { nullable: true }) renewalOn?: string | null;
}
