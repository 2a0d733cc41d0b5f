import type { DocumentNode } from 'graphql';
import { apolloClient } from '../../data/dataProvider';

/**
 * Skills figures and histories are not react-admin resources; they go through the same Apollo
 * client (and so the same token refresh) as the data provider, read fresh every time.
 */
export const read = async <T>(query: DocumentNode, variables?: Record<string, unknown>): Promise<T> => {
  const { data } = await apolloClient.query<T>({ query, variables, fetchPolicy: 'no-cache' });
  return data;
};
