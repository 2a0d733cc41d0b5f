import { applyDecorators, type Type as ClassType } from '@nestjs/common';
import { Field, ID } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsUUID, ValidateNested } from 'class-validator';

/** An optional list of ids in a filter, each checked to be a uuid. */
export const IdList = (description?: string) =>
  applyDecorators(
    Field(() => [ID], { nullable: true, description }),
    IsOptional(),
    IsUUID('all', { each: true, message: 'Each id must be a uuid.' }),
  );

/** The optional `filter` argument of a list, validated field by field. */
export const FilterArg = (filter: ClassType) =>
  applyDecorators(
    Field(() => filter, { nullable: true }),
    IsOptional(),
    ValidateNested(),
    Type(() => filter),
  );
