import type { GraphQLFormattedError } from 'graphql';

/** An error the API reported, keeping its `extensions.code`. */
export class KindredError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'KindredError';
  }
}

export const NETWORK_ERROR = 'NETWORK_ERROR';

type ErrorLike = {
  code?: unknown;
  status?: unknown;
  statusCode?: unknown;
  body?: unknown;
  graphQLErrors?: readonly GraphQLFormattedError[];
  networkError?: unknown;
  result?: { errors?: readonly GraphQLFormattedError[] };
};

export const codesOf = (errors: readonly GraphQLFormattedError[] | undefined): string[] =>
  (errors ?? []).map((e) => String(e.extensions?.code ?? ''));

/**
 * The error codes carried by anything the data or auth layer may throw: a KindredError, an
 * ApolloError (possibly wrapped in ra-core's HttpError body) or an HTTP-level failure.
 */
export const errorCodes = (error: unknown, depth = 0): string[] => {
  if (!error || typeof error !== 'object' || depth > 3) return [];
  const e = error as ErrorLike;
  const codes = [
    ...(error instanceof KindredError ? [error.code] : []),
    ...codesOf(e.graphQLErrors),
    ...codesOf(e.result?.errors),
    ...(e.status === 401 || e.statusCode === 401 ? ['UNAUTHENTICATED'] : []),
    ...errorCodes(e.networkError, depth + 1),
    ...errorCodes(e.body, depth + 1),
  ];
  return codes.filter(Boolean);
};

export const isUnauthenticated = (error: unknown): boolean => errorCodes(error).includes('UNAUTHENTICATED');
