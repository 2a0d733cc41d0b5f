import type { Selections } from '../data/buildQuery';

/**
 * What each workforce page reads. Lists ask only for what their rows show: the API prices a list
 * at its children times `perPage`, and a person's jobs, line managers and their jobs add up.
 */
const ORGANISATION = `{ id name code kind statutory status contactName contactEmail contactPhone createdAt updatedAt }`;

const ROOM = `{ id name capacity accessibilityNotes }`;

const JOB_SUMMARY = `{ id jobTitle employmentType active startDate endDate organisation { id name } team { id name } }`;

export const WORKFORCE_SELECTIONS: Partial<Record<string, Selections>> = {
  Organisation: { list: ORGANISATION, one: ORGANISATION },
  Site: {
    list: `{ id name kind locality town postcode hub { id name } }`,
    one: `{ id name kind addressLine1 addressLine2 town postcode locality createdAt updatedAt
      hub { id name } rooms ${ROOM} }`,
  },
  Team: {
    list: `{ id name createdAt updatedAt organisation { id name code } site { id name kind } manager { id fullName email } }`,
    one: `{ id name createdAt updatedAt organisation { id name code } site { id name kind } manager { id fullName email } }`,
  },
  Person: {
    list: `{ id givenName familyName fullName email employeeNumber active assignments ${JOB_SUMMARY} }`,
    one: `{ id givenName familyName fullName email employeeNumber phone active hasAccount createdAt updatedAt
      assignments { id jobTitle employmentType hoursPerWeek startDate endDate active
        organisation { id name } team { id name } lineManager { id fullName } }
      dbsChecks { id level certificateNumber certificateDate updateService recheckDue createdAt }
      account { id email roles { role organisationId } } }`,
  },
};

export const ROOM_FIELDS = ROOM;
