import { gql, type DocumentNode } from '@apollo/client';
import { apolloClient } from '../../data/dataProvider';
import type { CompetencyKind, FrameworkFile, Indicator } from './types';

/** The one field an operation asks for; an empty answer would otherwise pass for success. */
const onlyField = <T>(data: Record<string, T> | null | undefined): T => {
  const value = data ? Object.values(data)[0] : undefined;
  if (value === undefined || value === null)
    throw new Error('The server did not confirm the change. Please try again.');
  return value;
};

/** A skills operation that is not a resource's list/get/create/update; refusals throw the API's message. */
export const mutate = async <T>(mutation: DocumentNode, variables: Record<string, unknown>): Promise<T> =>
  onlyField((await apolloClient.mutate<Record<string, T>>({ mutation, variables })).data);

const query = async <T>(document: DocumentNode): Promise<T> =>
  onlyField((await apolloClient.query<Record<string, T>>({ query: document, fetchPolicy: 'no-cache' })).data);

const FRAMEWORK_FILES = gql`
  query FrameworkFiles {
    frameworkFiles {
      code
      name
      version
      competencyCount
      loadedFrameworkId
    }
  }
`;
const LOAD_FRAMEWORK_FILE = gql`
  mutation LoadFrameworkFile($input: LoadFrameworkInput!) {
    loadFrameworkFile(input: $input) {
      id
      name
      version
    }
  }
`;
const CREATE_COMPETENCY = gql`
  mutation CreateCompetency($input: CreateCompetencyInput!) {
    createCompetency(input: $input) {
      id
      code
      name
    }
  }
`;
const UPDATE_COMPETENCY = gql`
  mutation UpdateCompetency($input: UpdateCompetencyInput!) {
    updateCompetency(input: $input) {
      id
      code
      name
    }
  }
`;
const DELETE_COMPETENCY = gql`
  mutation DeleteCompetency($id: ID!) {
    deleteCompetency(id: $id)
  }
`;

/** The fields CompetencyInput takes: a domain has no indicators or expiry, and the API refuses them. */
export interface CompetencyInput {
  code: string;
  name: string;
  description: string;
  kind: CompetencyKind;
  parentId: string | null;
  validForMonths: number | null;
  indicators: Indicator[];
}

type Saved = { id: string; code: string; name: string };

export const frameworkFiles = () => query<FrameworkFile[]>(FRAMEWORK_FILES);

export const loadFrameworkFile = (code: string) =>
  mutate<{ id: string; name: string; version: string }>(LOAD_FRAMEWORK_FILE, { input: { code } });

export const saveCompetency = (frameworkId: string, id: string | null, input: CompetencyInput) =>
  id
    ? mutate<Saved>(UPDATE_COMPETENCY, { input: { ...input, id } })
    : mutate<Saved>(CREATE_COMPETENCY, { input: { ...input, frameworkId } });

export const deleteCompetency = (id: string) => mutate<string>(DELETE_COMPETENCY, { id });
