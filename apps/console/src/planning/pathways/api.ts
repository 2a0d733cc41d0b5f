import { gql } from '@apollo/client';
import { useQuery } from '@tanstack/react-query';
import { mutate } from '../../skills/frameworks/api';
import { read } from '../../skills/gaps/client';
import type {
  Enrolment,
  EnrolmentStatus,
  Pathway,
  PathwayFields,
  PathwayStatus,
  PathwayUse,
  StepFields,
} from './types';

const STEP = `id position kind title qualification note`;
const PATHWAY = `id name description fromRoleProfileId fromRoleName toRoleProfileId toRoleName status steps { ${STEP} }`;
const ENROLMENT = `id personId personName startedOn targetOn status pathway { ${PATHWAY} }
  progress { done total percent complete nextStep { ${STEP} }
    steps { done evidenceOn levelHeld validUntil step { ${STEP} } } }`;

const PATHWAYS = gql`query DevelopmentPathways { developmentPathways(perPage: 100) { nodes { ${PATHWAY} } } }`;
const ENROLMENTS = gql`
  query PathwayEnrolments($filter: EnrolmentFilter, $page: Int, $perPage: Int) {
    pathwayEnrolments(filter: $filter, page: $page, perPage: $perPage, sort: { field: "startedOn", order: DESC }) {
      totalCount
      nodes { ${ENROLMENT} }
    }
  }
`;
const MINE = gql`query MyPathwayEnrolments { myPathwayEnrolments(filter: { statuses: [ACTIVE] }, perPage: 50) { nodes { ${ENROLMENT} } } }`;
const IN_USE = gql`
  query PathwaysInUse {
    pathwaysInUse {
      pathwayId
      name
      status
      enrolled
      completed
      averagePercent
    }
  }
`;

const CREATE = gql`
  mutation CreateDevelopmentPathway($input: DevelopmentPathwayInput!) {
    createDevelopmentPathway(input: $input) {
      id
    }
  }
`;
const UPDATE = gql`
  mutation UpdateDevelopmentPathway($input: UpdateDevelopmentPathwayInput!) {
    updateDevelopmentPathway(input: $input) {
      id
    }
  }
`;
const MOVE = gql`
  mutation MoveDevelopmentPathway($input: MoveDevelopmentPathwayInput!) {
    moveDevelopmentPathway(input: $input) {
      id
    }
  }
`;
const DELETE = gql`
  mutation DeleteDevelopmentPathway($id: ID!) {
    deleteDevelopmentPathway(id: $id)
  }
`;
const ADD_STEP = gql`
  mutation AddPathwayStep($input: AddPathwayStepInput!) {
    addPathwayStep(input: $input) {
      id
    }
  }
`;
const MOVE_STEP = gql`
  mutation MovePathwayStep($input: MovePathwayStepInput!) {
    movePathwayStep(input: $input) {
      id
    }
  }
`;
const REMOVE_STEP = gql`
  mutation RemovePathwayStep($id: ID!) {
    removePathwayStep(id: $id) {
      id
    }
  }
`;
const ENROL = gql`
  mutation EnrolOnPathway($input: EnrolOnPathwayInput!) {
    enrolOnPathway(input: $input) {
      id
    }
  }
`;
const UPDATE_ENROLMENT = gql`
  mutation UpdatePathwayEnrolment($input: UpdatePathwayEnrolmentInput!) {
    updatePathwayEnrolment(input: $input) {
      id
    }
  }
`;
const RECORD = gql`
  mutation RecordQualification($input: RecordQualificationInput!) {
    recordQualification(input: $input) {
      id
    }
  }
`;

export const usePathways = () =>
  useQuery({
    queryKey: ['pathways'],
    queryFn: async () =>
      (await read<{ developmentPathways: { nodes: Pathway[] } }>(PATHWAYS)).developmentPathways.nodes,
  });

export const useEnrolments = (pathwayId: string | null, page: number, perPage: number, enabled: boolean) =>
  useQuery({
    queryKey: ['pathwayEnrolments', pathwayId, page, perPage],
    enabled: enabled && pathwayId !== null,
    queryFn: async () =>
      (
        await read<{ pathwayEnrolments: { totalCount: number; nodes: Enrolment[] } }>(ENROLMENTS, {
          filter: { pathwayIds: [pathwayId] },
          page,
          perPage,
        })
      ).pathwayEnrolments,
  });

export const useMyEnrolments = () =>
  useQuery({
    queryKey: ['myPathwayEnrolments'],
    queryFn: async () => (await read<{ myPathwayEnrolments: { nodes: Enrolment[] } }>(MINE)).myPathwayEnrolments.nodes,
  });

export const usePathwaysInUse = (enabled: boolean) =>
  useQuery({
    queryKey: ['pathwaysInUse'],
    enabled,
    queryFn: async () => (await read<{ pathwaysInUse: PathwayUse[] }>(IN_USE)).pathwaysInUse,
  });

export const createPathway = (input: PathwayFields) => mutate<{ id: string }>(CREATE, { input });
export const updatePathway = (id: string, input: PathwayFields) => mutate(UPDATE, { input: { ...input, id } });
export const movePathway = (id: string, status: PathwayStatus) => mutate(MOVE, { input: { id, status } });
export const deletePathway = (id: string) => mutate(DELETE, { id });
export const addStep = (pathwayId: string, input: StepFields) => mutate(ADD_STEP, { input: { ...input, pathwayId } });
export const moveStep = (id: string, position: number) => mutate(MOVE_STEP, { input: { id, position } });
export const removeStep = (id: string) => mutate(REMOVE_STEP, { id });
export const enrol = (input: { pathwayId: string; personId: string; startedOn: string; targetOn: string | null }) =>
  mutate(ENROL, { input });
export const setEnrolmentStatus = (enrolment: Enrolment, status: EnrolmentStatus) =>
  mutate(UPDATE_ENROLMENT, {
    input: { id: enrolment.id, startedOn: enrolment.startedOn, targetOn: enrolment.targetOn, status },
  });
export const recordQualification = (input: { personId: string; qualification: string; attainedOn: string }) =>
  mutate(RECORD, { input });
