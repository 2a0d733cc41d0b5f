import { ArgsType, Field, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, Min, ValidateNested } from 'class-validator';

export enum SortOrder {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortOrder, { name: 'SortOrder' });

@InputType()
export class SortInput {
  @Field(() => String)
  @IsString()
  field!: string;

  @Field(() => SortOrder, { defaultValue: SortOrder.ASC })
  @IsIn(Object.values(SortOrder))
  order: SortOrder = SortOrder.ASC;
}

/** The paging every list query takes. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 1 })
  @IsInt()
  @Min(1)
  page = 1;

  @Field(() => Int, { defaultValue: 25 })
  @IsInt()
  @Min(1)
  @Max(500)
  perPage = 25;
}

/** Paging and sorting; `filter` is added per list. */
@ArgsType()
export class ListArgs extends PageArgs {
  @Field(() => SortInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SortInput)
  sort?: SortInput;
}
