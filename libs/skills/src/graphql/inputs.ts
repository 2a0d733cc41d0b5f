import { applyDecorators } from '@nestjs/common';
import { Field, ID } from '@nestjs/graphql';
import { IsISO8601, IsOptional, IsUUID } from 'class-validator';

/** A required id argument, checked to be a uuid at the edge. */
export const IdField = (name: string) =>
  applyDecorators(
    Field(() => ID),
    IsUUID('all', { message: `${name} must be a uuid.` }),
  );

/** An optional id argument. */
export const OptionalIdField = (name: string) =>
  applyDecorators(
    Field(() => ID, { nullable: true }),
    IsOptional(),
    IsUUID('all', { message: `${name} must be a uuid.` }),
  );

/** A calendar date argument, `YYYY-MM-DD`. */
export const DateField = (name: string, options: { nullable?: boolean } = {}) =>
  applyDecorators(
    Field(() => String, { nullable: options.nullable, description: 'YYYY-MM-DD' }),
    ...(options.nullable ? [IsOptional()] : []),
    IsISO8601({ strict: true, strictSeparator: true }, { message: `${name} must be a date like 2026-09-01.` }),
  );
