import { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { BadInputError } from '../errors/domain-error';
import type { SortInput } from './list-args';

export interface ListPage<T> {
  nodes: T[];
  totalCount: number;
}

/** Declares the GraphQL `{ nodes, totalCount }` type for a list of `node`. */
export function ListPageType<T>(node: Type<T>, name = `${node.name}List`): Type<ListPage<T>> {
  @ObjectType(name)
  class Page implements ListPage<T> {
    @Field(() => [node])
    nodes!: T[];

    @Field(() => Int)
    totalCount!: number;
  }
  return Page;
}

/**
 * Turns list arguments into ORM options. Sorting only by the fields a list declares keeps clients
 * from ordering by columns that are not indexed or not theirs to see.
 */
export function pageOptions<F extends string>(
  args: { sort?: SortInput; page: number; perPage: number },
  sortable: readonly F[],
  defaultSort: F,
): { limit: number; offset: number; orderBy: Record<string, 'ASC' | 'DESC'> } {
  const field = args.sort?.field ?? defaultSort;
  if (!(sortable as readonly string[]).includes(field)) {
    throw new BadInputError(`Cannot sort by "${field}". Sort by one of: ${sortable.join(', ')}.`);
  }
  return {
    limit: args.perPage,
    offset: (args.page - 1) * args.perPage,
    orderBy: { [field]: args.sort?.order ?? 'ASC', ...(field === 'id' ? {} : { id: 'ASC' }) },
  };
}
