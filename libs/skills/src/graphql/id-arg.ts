import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID } from '@nestjs/graphql';

/** An `id: ID!` argument that must be a uuid. */
export const IdArg = (name = 'id') => Args(name, { type: () => ID }, new ParseUUIDPipe({ errorHttpStatusCode: 400 }));
