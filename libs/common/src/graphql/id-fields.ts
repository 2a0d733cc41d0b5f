import { applyDecorators, ParseUUIDPipe } from '@nestjs/common';
import { Args, Field, ID } from '@nestjs/graphql';
import { IsISO8601, IsOptional, IsUUID } from 'class-validator';

/** A required id in an input, checked to be a uuid at the edge. */
export const IdField = (name: string) =>
  applyDecorators(
    Field(() => ID),
    IsUUID('all', { message: `${name} must be a uuid.` }),
  );

/** An optional id in an input. */
export const OptionalIdField = (name: string) =>
  applyDecorators(
    Field(() => ID, { nullable: true }),
    IsOptional(),
    IsUUID('all', { message: `${name} must be a uuid.` }),
  );

/** An `id: ID!` argument that must be a uuid. */
export const IdArg = (name = 'id') => Args(name, { type: () => ID }, new ParseUUIDPipe({ errorHttpStatusCode: 400 }));

/** A calendar date in an input, `YYYY-MM-DD`. */
export const DateField = (name: string, options: { nullable?: boolean } = {}) =>
  applyDecorators(
    Field(() => String, { nullable: options.nullable, description: 'YYYY-MM-DD' }),
    ...(options.nullable ? [IsOptional()] : []),
    IsISO8601({ strict: true, strictSeparator: true }, { message: `${name} must be a date like 2026-09-01.` }),
  );
