import { gql, type ApolloClient, type NormalizedCacheObject } from '@apollo/client';
import type { AuditEntry, DbsCheck, DbsLevel, JobAssignment, JobAssignmentInput, Room } from './types';
import { ROOM_FIELDS } from './fields';

const JOB = `{ id jobTitle employmentType hoursPerWeek startDate endDate active
  organisation { id name } team { id name } lineManager { id fullName } }`;
const DBS = `{ id level certificateNumber certificateDate updateService recheckDue createdAt }`;

const ADD_ROOM = gql`mutation AddRoom($input: AddRoomInput!) { addRoom(input: $input) ${ROOM_FIELDS} }`;
const UPDATE_ROOM = gql`mutation UpdateRoom($input: UpdateRoomInput!) { updateRoom(input: $input) ${ROOM_FIELDS} }`;
const REMOVE_ROOM = gql`
  mutation RemoveRoom($input: RemoveRoomInput!) {
    removeRoom(input: $input)
  }
`;
const ADD_JOB = gql`mutation AddJobAssignment($input: AddJobAssignmentInput!) { addJobAssignment(input: $input) ${JOB} }`;
const UPDATE_JOB = gql`mutation UpdateJobAssignment($input: UpdateJobAssignmentInput!) {
  updateJobAssignment(input: $input) ${JOB}
}`;
const END_JOB = gql`mutation EndJobAssignment($input: EndJobAssignmentInput!) { endJobAssignment(input: $input) ${JOB} }`;
const RECORD_DBS = gql`mutation RecordDbsCheck($input: RecordDbsCheckInput!) { recordDbsCheck(input: $input) ${DBS} }`;
const INVITE = gql`
  mutation InvitePerson($input: InvitePersonInput!) {
    invitePerson(input: $input) {
      expiresAt
    }
  }
`;
const GRANT_ROLE = gql`
  mutation GrantRole($input: RoleGrantInput!) {
    grantRole(input: $input) {
      id
    }
  }
`;
const REVOKE_ROLE = gql`
  mutation RevokeRole($input: RoleGrantInput!) {
    revokeRole(input: $input) {
      id
    }
  }
`;
const PERSON_AUDIT = gql`
  query PersonAudit($personId: ID!, $page: Int!, $perPage: Int!) {
    personAudit(personId: $personId, page: $page, perPage: $perPage) {
      nodes {
        id
        action
        actorUserId
        actorName
        changes
        createdAt
        entityId
        entityType
      }
      totalCount
    }
  }
`;

export interface RoomInput {
  name: string;
  capacity: number;
  accessibilityNotes?: string | null;
}

export interface DbsCheckInput {
  personId: string;
  level: DbsLevel;
  certificateNumber?: string | null;
  certificateDate: string;
  updateService: boolean;
}

/** The workforce operations that are not a resource's list/get/create/update. */
export interface WorkforceMethods {
  addRoom(params: { siteId: string; data: RoomInput }): Promise<{ data: Room }>;
  updateRoom(params: { id: string; data: RoomInput }): Promise<{ data: Room }>;
  removeRoom(params: { id: string }): Promise<{ data: { id: string } }>;
  addJobAssignment(params: { personId: string; data: JobAssignmentInput }): Promise<{ data: JobAssignment }>;
  updateJobAssignment(params: { id: string; data: JobAssignmentInput }): Promise<{ data: JobAssignment }>;
  endJobAssignment(params: { id: string; endDate: string }): Promise<{ data: JobAssignment }>;
  recordDbsCheck(params: { data: DbsCheckInput }): Promise<{ data: DbsCheck }>;
  invitePerson(params: {
    personId: string;
    roles: string[];
    organisationId: string | null;
  }): Promise<{ data: { expiresAt: string } }>;
  grantRole(params: RoleChange): Promise<{ data: { id: string } }>;
  revokeRole(params: RoleChange): Promise<{ data: { id: string } }>;
  getPersonAudit(params: {
    personId: string;
    page: number;
    perPage: number;
  }): Promise<{ data: AuditEntry[]; total: number }>;
}

/** A role given or taken away, limited to one organisation or not. */
export interface RoleChange {
  userId: string;
  role: string;
  organisationId: string | null;
}

const room = ({ name, capacity, accessibilityNotes }: RoomInput): RoomInput => ({
  name,
  capacity,
  accessibilityNotes: accessibilityNotes || null,
});

/** Only the fields JobAssignmentInput declares: the API refuses any other. */
const job = (data: JobAssignmentInput): JobAssignmentInput => ({
  organisationId: data.organisationId,
  teamId: data.teamId || null,
  jobTitle: data.jobTitle,
  employmentType: data.employmentType,
  hoursPerWeek: data.hoursPerWeek ?? null,
  startDate: data.startDate,
  endDate: data.endDate || null,
  lineManagerId: data.lineManagerId || null,
});

export const workforceMethods = (client: ApolloClient<NormalizedCacheObject>): WorkforceMethods => {
  const mutate = async <T>(mutation: ReturnType<typeof gql>, input: object, field: string): Promise<T> => {
    const { data } = await client.mutate<Record<string, T>>({ mutation, variables: { input } });
    if (!data) throw new Error('The server did not confirm the change. Please try again.');
    return data[field];
  };
  return {
    async addRoom({ siteId, data }) {
      return { data: await mutate<Room>(ADD_ROOM, { siteId, ...room(data) }, 'addRoom') };
    },
    async updateRoom({ id, data }) {
      return { data: await mutate<Room>(UPDATE_ROOM, { id, ...room(data) }, 'updateRoom') };
    },
    async removeRoom({ id }) {
      await mutate<boolean>(REMOVE_ROOM, { id }, 'removeRoom');
      return { data: { id } };
    },
    async addJobAssignment({ personId, data }) {
      return { data: await mutate<JobAssignment>(ADD_JOB, { personId, ...job(data) }, 'addJobAssignment') };
    },
    async updateJobAssignment({ id, data }) {
      return { data: await mutate<JobAssignment>(UPDATE_JOB, { id, ...job(data) }, 'updateJobAssignment') };
    },
    async endJobAssignment({ id, endDate }) {
      return { data: await mutate<JobAssignment>(END_JOB, { id, endDate }, 'endJobAssignment') };
    },
    async recordDbsCheck({ data }) {
      const input = { ...data, certificateNumber: data.certificateNumber?.replace(/\s/g, '') || null };
      return { data: await mutate<DbsCheck>(RECORD_DBS, input, 'recordDbsCheck') };
    },
    async invitePerson(input) {
      return { data: await mutate<{ expiresAt: string }>(INVITE, input, 'invitePerson') };
    },
    async grantRole(input) {
      return { data: await mutate<{ id: string }>(GRANT_ROLE, input, 'grantRole') };
    },
    async revokeRole(input) {
      return { data: await mutate<{ id: string }>(REVOKE_ROLE, input, 'revokeRole') };
    },
    async getPersonAudit({ personId, page, perPage }) {
      const { data } = await client.query<{ personAudit: { nodes: AuditEntry[]; totalCount: number } }>({
        query: PERSON_AUDIT,
        variables: { personId, page, perPage },
        fetchPolicy: 'no-cache',
      });
      return { data: data.personAudit.nodes, total: data.personAudit.totalCount };
    },
  };
};
