import { gql } from '@apollo/client';
import { mutate } from '../frameworks/api';
import type { RequirementInput } from './types';

const SET_REQUIREMENT = gql`
  mutation SetRoleRequirement($input: RoleRequirementInput!) {
    setRoleRequirement(input: $input) {
      id
      name
    }
  }
`;
const REMOVE_REQUIREMENT = gql`
  mutation RemoveRoleRequirement($id: ID!) {
    removeRoleRequirement(id: $id) {
      id
      name
    }
  }
`;
// The data provider's delete sends `input: { id }`; this mutation takes the id itself.
const DELETE_PROFILE = gql`
  mutation DeleteRoleProfile($id: ID!) {
    deleteRoleProfile(id: $id)
  }
`;
const SET_JOB_PROFILE = gql`
  mutation SetJobRoleProfile($input: JobRoleProfileInput!) {
    setJobRoleProfile(input: $input) {
      id
      jobTitle
      roleProfile {
        id
        name
      }
    }
  }
`;

type Profile = { id: string; name: string };

export const setRoleRequirement = (input: RequirementInput) => mutate<Profile>(SET_REQUIREMENT, { input });

export const removeRoleRequirement = (id: string) => mutate<Profile>(REMOVE_REQUIREMENT, { id });

export const deleteRoleProfile = (id: string) => mutate<string>(DELETE_PROFILE, { id });

export const setJobRoleProfile = (jobAssignmentId: string, roleProfileId: string | null) =>
  mutate<{ id: string; jobTitle: string; roleProfile: Profile | null }>(SET_JOB_PROFILE, {
    input: { jobAssignmentId, roleProfileId },
  });
