import type { GraphQLFormattedError } from 'graphql';
import { KindredError, NETWORK_ERROR } from '../errors';

export const GRAPHQL_URL = '/graphql';

/**
 * Minimal GraphQL POST for the auth mutations. They stay off the Apollo client so that a
 * token refresh never goes through (and waits on) the link that triggers refreshes.
 */
export async function graphqlRequest<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new KindredError(NETWORK_ERROR, 'Cannot reach the Kindred server. Check your connection and try again.');
  }
  let body: { data?: T | null; errors?: GraphQLFormattedError[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new KindredError(
      'INTERNAL_SERVER_ERROR',
      `The server replied with HTTP ${response.status}. Please try again.`,
    );
  }
  const [first] = body.errors ?? [];
  if (first) {
    throw new KindredError(String(first.extensions?.code ?? 'INTERNAL_SERVER_ERROR'), first.message);
  }
  if (!body.data) throw new KindredError('INTERNAL_SERVER_ERROR', 'The server sent an empty reply.');
  return body.data;
}
