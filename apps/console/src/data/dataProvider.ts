import { ApolloClient, from, gql, HttpLink, InMemoryCache } from '@apollo/client';
import buildDataProvider from 'ra-data-graphql';
import {
  CREATE,
  DELETE,
  GET_LIST,
  GET_MANY,
  GET_MANY_REFERENCE,
  GET_ONE,
  UPDATE,
  type DataProvider,
  type Identifier,
} from 'react-admin';
import { GRAPHQL_URL } from '../auth/graphqlRequest';
import type { FailedJob } from '../types';
import { workforceMethods, type WorkforceMethods } from '../workforce/api';
import { WORKFORCE_SELECTIONS } from '../workforce/fields';
import { authLink } from './authLink';
import { makeBuildQuery } from './buildQuery';
import { introspectionSchema } from './schema';

/** The react-admin resources, named after their GraphQL types. */
export const RESOURCES = [
  'Partnership',
  'FailedJob',
  'Organisation',
  'Site',
  'Team',
  'Person',
  'ProficiencyScale',
  'CompetencyFramework',
  'RoleProfile',
  'Course',
  'TrainingProvider',
  'TrainingSession',
  // Read only, to name the competencies courses grant and expect.
  'Competency',
] as const;

const lowerFirst = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
const IRREGULAR_PLURALS: Record<string, string> = { person: 'people' };
const plural = (name: string) =>
  IRREGULAR_PLURALS[name] ??
  (/[^aeiou]y$/.test(name) ? `${name.slice(0, -1)}ies` : /(s|x|ch|sh)$/.test(name) ? `${name}es` : `${name}s`);

type Named = { name: string };
const listName = ({ name }: Named) => plural(lowerFirst(name));
/** Mutations not named after their type: a TrainingSession is made with `createSession`. */
const MUTATION_NOUNS: Record<string, string> = { TrainingSession: 'Session' };
const noun = ({ name }: Named) => MUTATION_NOUNS[name] ?? name;

export const apolloClient = new ApolloClient({
  link: from([authLink, new HttpLink({ uri: GRAPHQL_URL })]),
  // react-admin caches with react-query; a second (normalised) cache would only go stale.
  cache: new InMemoryCache(),
  defaultOptions: {
    query: { fetchPolicy: 'no-cache' },
    mutate: { fetchPolicy: 'no-cache' },
  },
});

const base = buildDataProvider({
  client: apolloClient,
  buildQuery: makeBuildQuery(WORKFORCE_SELECTIONS),
  introspection: {
    schema: introspectionSchema,
    include: [...RESOURCES],
    operationNames: {
      [GET_LIST]: listName,
      [GET_MANY]: listName,
      [GET_MANY_REFERENCE]: listName,
      [GET_ONE]: ({ name }: Named) => lowerFirst(name),
      [CREATE]: (type: Named) => `create${noun(type)}`,
      [UPDATE]: (type: Named) => `update${noun(type)}`,
      [DELETE]: (type: Named) => `delete${noun(type)}`,
    },
  },
  query: () => ({ fetchPolicy: 'no-cache' }),
});

const RETRY_FAILED_JOB = gql`
  mutation RetryFailedJob($input: RetryFailedJobInput!) {
    retryFailedJob(input: $input) {
      id
      queue
      name
    }
  }
`;

export type KindredDataProvider = DataProvider &
  WorkforceMethods & {
    retryFailedJob(params: { id: Identifier }): Promise<{ data: Pick<FailedJob, 'id' | 'queue' | 'name'> }>;
  };

export const dataProvider: KindredDataProvider = {
  ...base,
  ...workforceMethods(apolloClient),
  async retryFailedJob({ id }) {
    const { data } = await apolloClient.mutate<{ retryFailedJob: Pick<FailedJob, 'id' | 'queue' | 'name'> }>({
      mutation: RETRY_FAILED_JOB,
      variables: { input: { id } },
    });
    if (!data) throw new Error('The server did not confirm the retry.');
    return { data: data.retryFailedJob };
  },
};
